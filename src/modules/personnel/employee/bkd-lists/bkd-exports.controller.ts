import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { DownloadErrorFilter } from '@infrastructure/http/download-errors';
import type { Response } from 'express';
import { CurrentActor } from '@infrastructure/auth/decorators';
import { Actor } from '@kernel/events';
import { BkdExports, exportRequest } from './bkd-list-tables';

/**
 * `GET /exports/personnel/<list>.<csv|xlsx>?instansiId=…[&unitId=…][&withinMonths=12][&period=YYYY-MM-01][&employmentType=PNS]`
 * (lists: duk, retirements-due, kgb-due, nominatif, kp-due, satyalancana-due, totals): the BKD lists as
 * files, with a bearer token (the global AuthGuard) and the same access rules as the GraphQL queries
 * (ADMIN_BKD or AUDITOR of the instansi). `npm run export` writes the same files (BkdExports).
 * Errors answer JSON `{ code, message }` (DownloadErrorFilter).
 */
@Controller('exports/personnel')
@UseFilters(DownloadErrorFilter)
export class BkdExportsController {
  constructor(private readonly exports: BkdExports) {}

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const [, list = file, format = ''] = /^([a-z-]+)\.([a-z]+)$/.exec(file) ?? [];
    const single = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
    const params = Object.fromEntries(['instansiId', 'unitId', 'withinMonths', 'period', 'employmentType'].map((name) => [name, single(name)]));
    const rendered = await this.exports.render(actor, exportRequest(list, format, params));
    response.setHeader('Content-Type', rendered.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${rendered.fileName}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.status(200).send(rendered.body);
  }
}
