import { Injectable } from '@nestjs/common';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@infrastructure/auth/roles';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { coversInstansi, describeGolongan, isGolongan } from '../../shared';
import { PERFORMANCE_EVALUATIONS, Evaluation } from '../read-models/evaluations/evaluation.schema';
import { PERFORMANCE_SKPS, Skp } from '../read-models/skps/skp.schema';
import { RecordViews } from '../record-views/record-views';
import { KinerjaPeriodikPayload, kinerjaPeriodikOf, SIASN_CODES, SiasnPenilai, Skp22Payload, skp22Of } from './siasn-payloads';

export enum SiasnKind {
  SKP22 = 'SKP22',
  KINERJA_PERIODIK = 'KINERJA_PERIODIK',
}
registerEnumType(SiasnKind, { name: 'SiasnKind', description: 'SKP22: `skp22/save` from closed annual evaluations; KINERJA_PERIODIK: `kinerjaperiodik/save` from closed periodic ones.' });

@ObjectType('SiasnDokumen', { description: 'A document reference of a SIASN payload (`path[]`); in the file export under SIASN\'s own names `dok_id`, `dok_nama`, `dok_uri`.' })
export class SiasnDokumen {
  @Field({ name: 'dokId' }) dok_id: string;
  @Field({ name: 'dokNama' }) dok_nama: string;
  @Field({ name: 'dokUri' }) dok_uri: string;
  @Field() object: string;
  @Field() slug: string;
}

@ObjectType('SiasnKinerjaPayload', { description: 'The `skp22/save` payload, and for KINERJA_PERIODIK the `kinerjaperiodik/save` additions (DOMAIN.md §1.1 field names; SIASN codes per `codesVersion`).' })
export class SiasnKinerjaPayload {
  @Field(() => Int) tahun: number;
  @Field(() => Int, { description: '1 DI_ATAS, 2 SESUAI, 3 DI_BAWAH.' }) hasilKinerjaNilai: number;
  @Field(() => Int, { description: '1 DI_ATAS, 2 SESUAI, 3 DI_BAWAH.' }) perilakuKerjaNilai: number;
  @Field(() => Int, { description: '1 SANGAT_BAIK … 5 SANGAT_KURANG.' }) kuadranKinerjaNilai: number;
  @Field() penilaiNama: string;
  @Field(() => String, { nullable: true }) penilaiNipNrp: string | null;
  @Field(() => String, { nullable: true }) penilaiGolongan: string | null;
  @Field() penilaiJabatan: string;
  @Field() penilaiUnorNama: string;
  @Field({ description: 'ASN or NON ASN (a kepala daerah).' }) statusPenilai: string;
  @Field(() => String, { nullable: true, description: "SIASN's id of the person: resolved by the integrator from `nipBaru`." }) pnsDinilaiOrang: string | null;
  @Field(() => [SiasnDokumen]) path: SiasnDokumen[];
  @Field(() => Int, { nullable: true }) bulanMulaiPenilaian?: number;
  @Field(() => Int, { nullable: true }) bulanSelesaiPenilaian?: number;
  @Field(() => Int, { nullable: true }) tahunMulaiPenilaian?: number;
  @Field(() => Int, { nullable: true }) tahunSelesaiPenilaian?: number;
  @Field(() => String, { nullable: true, description: 'SIASN reference id, kept as a reference (checklist 13).' }) periodikId?: string | null;
  @Field(() => String, { nullable: true, description: 'SIASN reference id, kept as a reference (checklist 13).' }) koefisienId?: string | null;
  @Field(() => String, { nullable: true }) pnsDinilaiId?: string | null;
}

@ObjectType('SiasnKinerjaRow', { description: 'One closed evaluation as a SIASN payload.' })
export class SiasnKinerjaRow {
  @Field(() => ID, { name: 'id', description: 'The evaluation id.' }) _id: string;
  @Field(() => ID) employeeId: string;
  @Field({ description: 'NIP (or NI PPPK) of the person appraised: the SIASN key.' }) nipBaru: string;
  @Field() period: string;
  @Field(() => SiasnKind) kind: SiasnKind;
  @Field() codesVersion: string;
  @Field(() => SiasnKinerjaPayload) payload: Skp22Payload | KinerjaPeriodikPayload;
}

type EvalDoc = Evaluation & { _id: string };

/**
 * The SIASN export of an instansi's closed evaluations of a year (checklist 13): ADMIN_BKD or AUDITOR
 * of the instansi; every row is an individual appraisal, so each answered page or file appends a
 * `RecordViewed`. The penilai is the pejabat penilai recorded on the evaluation, as on its date.
 */
@Injectable()
export class SiasnExport {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly employees: EmployeeDirectory,
    private readonly organisation: OrganisationDirectory,
    private readonly views: RecordViews,
  ) {}

  async page(actor: Actor, query: string, instansiId: string, year: number, kind: SiasnKind, page: { first: number; after?: string }): Promise<ConnectionShape<SiasnKinerjaRow>> {
    if (!coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], instansiId)) throw new ForbiddenError(`Ekspor SIASN ${instansiId}: hanya ADMIN_BKD atau AUDITOR instansi ini`);
    // skp22: one per employee and year, the year's predikat (a year split by a transfer: its year segment's) [M].
    const filter = kind === SiasnKind.SKP22 ? { instansiId, year, closed: true, period: String(year), yearPredikat: true } : { instansiId, year, closed: true, period: { $ne: String(year) } };
    const found = await this.pages.paginate(this.readModels.collection<EvalDoc>(PERFORMANCE_EVALUATIONS), filter, page);
    const rows = await this.rowsOf(found.edges.map((e) => e.node), kind);
    await this.views.viewed(actor, query, rows.map((r) => ({ kind: 'EVALUATION', id: r._id, employeeId: r.employeeId, instansiId })));
    return { ...found, edges: found.edges.map((edge, i) => ({ cursor: edge.cursor, node: rows[i] })) };
  }

  /** Every row, for the file: page by page, each page logged as it is read. */
  async all(actor: Actor, instansiId: string, year: number, kind: SiasnKind): Promise<SiasnKinerjaRow[]> {
    const rows: SiasnKinerjaRow[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.page(actor, 'siasnExportFile', instansiId, year, kind, { first: 100, after });
      rows.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return rows;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  private async rowsOf(evaluations: readonly EvalDoc[], kind: SiasnKind): Promise<SiasnKinerjaRow[]> {
    const skps = evaluations.length ? await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).find({ _id: { $in: [...new Set(evaluations.map((e) => e.skpId))] } }) : [];
    const skpById = new Map(skps.map((s) => [s._id, s]));
    const rows: SiasnKinerjaRow[] = [];
    for (const evaluation of evaluations) {
      const onDate = evaluation.evaluatedAt.slice(0, 10);
      const employee = await this.employees.onDate(evaluation.employeeId, onDate);
      const penilai = await this.penilaiOf(evaluation, skpById.get(evaluation.skpId) ?? null, onDate);
      rows.push({
        _id: evaluation._id,
        employeeId: evaluation.employeeId,
        nipBaru: employee?.identifier ?? '-',
        period: evaluation.period,
        kind,
        codesVersion: SIASN_CODES.version,
        payload: kind === SiasnKind.SKP22 ? skp22Of(evaluation, penilai) : kinerjaPeriodikOf(evaluation, penilai),
      });
    }
    return rows;
  }

  /** The pejabat penilai on the evaluation's date; the kepala daerah (no employee) by title, as NON ASN. */
  async penilaiOf(evaluation: EvalDoc, skp: Skp | null, onDate: string): Promise<SiasnPenilai> {
    const appraiser = skp?.pejabatPenilai ?? null;
    const employeeId = evaluation.pejabatPenilaiEmployeeId;
    if (!employeeId) {
      const instansi = await this.organisation.instansiOfUnit(evaluation.unitId);
      const title = appraiser?.title ?? instansi?.kepalaDaerahTitle ?? 'Kepala Daerah';
      return { nama: appraiser?.name ?? title, nipNrp: null, golongan: null, jabatan: title, unorNama: instansi?.name ?? evaluation.instansiId, asn: false };
    }
    const official = await this.employees.onDate(employeeId, onDate);
    const postId = appraiser?.employeeId === employeeId && appraiser.positionId ? appraiser.positionId : official?.positionId;
    const post = postId ? await this.organisation.position(postId) : null;
    const prefix = appraiser?.employeeId === employeeId && appraiser.acting ? `${appraiser.acting === 'PLH' ? 'Plh.' : 'Plt.'} ` : '';
    return {
      nama: official?.name ?? employeeId,
      nipNrp: official?.identifier ?? null,
      golongan: official && isGolongan(official.golongan) ? describeGolongan(official.golongan) : (official?.golongan ?? null),
      jabatan: `${prefix}${post?.position.name ?? '-'}`,
      unorNama: post?.unit.name ?? '-',
      asn: true,
    };
  }
}
