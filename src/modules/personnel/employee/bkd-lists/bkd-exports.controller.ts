import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { DownloadErrorFilter, DownloadInputError } from '@infrastructure/http/download-errors';
import type { Response } from 'express';
import { CurrentActor } from '@infrastructure/auth/decorators';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { BkdLists } from './bkd-lists.service';
import { BKD_LISTS, BkdListName, tableOf, toCsv, toXlsx } from './bkd-list-tables';

/**
 * `GET /exports/personnel/<duk|retirements-due|kgb-due>.<csv|xlsx>?instansiId=…[&unitId=…][&withinMonths=12]`:
 * the BKD lists as files, with a bearer token (the global AuthGuard) and the same access rules as the
 * GraphQL queries (ADMIN_BKD or AUDITOR of the instansi). Errors answer JSON `{ code, message }` (DownloadErrorFilter).
 */
@Controller('exports/personnel')
@UseFilters(DownloadErrorFilter)
export class BkdExportsController {
  constructor(private readonly lists: BkdLists) {}

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const request = parse(file, query);
    const table = await tableOf(this.lists, actor, request);
    const body = request.format === 'csv' ? toCsv(table) : await toXlsx(table);
    response.setHeader('Content-Type', request.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', `attachment; filename="${request.list}-${request.unitId ?? request.instansiId}-${this.lists.today()}.${request.format}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.status(200).send(body);
  }
}

function parse(file: string, query: Record<string, unknown>) {
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
  const list = match?.[1] as BkdListName | undefined;
  if (!match || !list || !BKD_LISTS.includes(list)) throw new DownloadInputError(`Daftar tidak dikenal: ${file}. Pilih ${BKD_LISTS.map((l) => `${l}.csv atau ${l}.xlsx`).join(', ')}`);
  const single = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const instansiId = single('instansiId');
  if (!instansiId || !INSTANSI_ID_PATTERN.test(instansiId)) throw new DownloadInputError('instansiId harus slug instansi seperti kota-medan');
  const unitId = single('unitId');
  if (unitId !== undefined && !UNIT_ID_PATTERN.test(unitId)) throw new DownloadInputError('unitId harus id unit seperti kota-medan.dinkes');
  const months = single('withinMonths') ?? '12';
  if (!/^\d{1,2}$/.test(months) || Number(months) < 1 || Number(months) > 60) throw new DownloadInputError('withinMonths harus bilangan bulat 1–60');
  return { list, format: match[2] as 'csv' | 'xlsx', instansiId, unitId, withinMonths: Number(months) };
}
