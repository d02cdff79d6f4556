import { Controller, Get, Param, Query as HttpQuery, Res, UseFilters } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsInt, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { DownloadErrorFilter, DownloadInputError } from '@infrastructure/http/download-errors';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { SkpPrint, SkpPrints } from '../skp-print/skp-print';
import { SiasnExport, SiasnKind, SiasnKinerjaRow } from './siasn-export';

const SiasnKinerjaConnection = Connection(SiasnKinerjaRow);

@ArgsType()
class SiasnExportArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug such as kota-medan' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field(() => SiasnKind) @IsEnum(SiasnKind) kind: SiasnKind;
}

@Resolver()
export class SiasnResolver {
  constructor(private readonly siasn: SiasnExport, private readonly prints: SkpPrints) {}

  @Query(() => SiasnKinerjaConnection, {
    description:
      "An instansi's closed evaluations of a year as SIASN payloads, in evaluation id order: SKP22 (`skp22/save`, annual) or KINERJA_PERIODIK (`kinerjaperiodik/save`). ADMIN_BKD or AUDITOR of the instansi; each page is audited (RecordViewed). The same as a file: GET /exports/performance/siasn-<skp22|kinerjaperiodik>.json?instansiId=…&year=….",
  })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  siasnKinerjaExport(@Args() args: SiasnExportArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<SiasnKinerjaRow>> {
    return this.siasn.page(actor, 'siasnKinerjaExport', args.instansiId, args.year, args.kind, { first: args.first, after: args.after });
  }

  @Query(() => SkpPrint, { description: 'The printable SKP of a closed evaluation (plan, evaluation, predikat) as PDF (base64), stamped with the log position and hash of the evaluation event and a verification code. The employee, the appraiser chain, ADMIN_BKD of the instansi and AUDITOR; audited (RecordViewed).' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  skpPrint(@Args('evaluationId', { type: () => ID }) evaluationId: string, @CurrentActor() actor: Actor): Promise<SkpPrint> {
    return this.prints.print(actor, evaluationId);
  }
}

const FILES: Record<string, SiasnKind> = { skp22: SiasnKind.SKP22, kinerjaperiodik: SiasnKind.KINERJA_PERIODIK };

/**
 * `GET /exports/performance/siasn-<skp22|kinerjaperiodik>.json?instansiId=…&year=…`: the SIASN
 * payloads of an instansi's closed evaluations of a year as one JSON file (`{ kind, instansiId, year,
 * codesVersion, rows: [{ evaluationId, nipBaru, period, payload }] }`), with a bearer token and the
 * rules of `siasnKinerjaExport`. Errors answer JSON `{ code, message }`.
 */
@Controller('exports/performance')
@UseFilters(DownloadErrorFilter)
export class SiasnExportController {
  constructor(private readonly siasn: SiasnExport) {}

  @Get(':file')
  async download(@Param('file') file: string, @HttpQuery() query: Record<string, unknown>, @CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const kind = FILES[/^siasn-([a-z0-9]+)\.json$/.exec(file)?.[1] ?? ''];
    if (!kind) throw new DownloadInputError(`Berkas tidak dikenal: ${file}. Pilih siasn-skp22.json atau siasn-kinerjaperiodik.json`);
    const instansiId = typeof query.instansiId === 'string' ? query.instansiId : '';
    if (!INSTANSI_ID_PATTERN.test(instansiId)) throw new DownloadInputError('instansiId harus slug instansi seperti kota-medan');
    const year = typeof query.year === 'string' && /^\d{4}$/.test(query.year) ? Number(query.year) : NaN;
    if (!(year >= 2022 && year <= 2100)) throw new DownloadInputError('year harus tahun 2022–2100');
    const rows = await this.siasn.all(actor, instansiId, year, kind);
    const body = {
      kind,
      instansiId,
      year,
      codesVersion: rows[0]?.codesVersion ?? null,
      rows: rows.map(({ _id, employeeId, nipBaru, period, payload }) => ({ evaluationId: _id, employeeId, nipBaru, period, payload })),
    };
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="siasn-${file.slice(6, -5)}-${instansiId}-${year}.json"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.status(200).send(JSON.stringify(body));
  }
}
