import { createHash } from 'node:crypto';
import { Args, ArgsType, Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { BadUserInputError, ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { canReadInstansi } from '../access/training-access';
import { TRAINING_PROGRAMS, TrainingProgram } from '../read-models/training.schema';
import { SiasnDiklat, SiasnKursus, SIASN_MAPPING_VERSION, toSiasn } from './siasn-mapping';
import { SiasnRecordDoc, TRAINING_SIASN_RECORDS } from './siasn-record.schema';

/** The personnel module's employee read model, by its logical name (NIP = `identifier`), as compliance reads it. */
const EMPLOYEES = 'employees';
/** At most this many records in one export file; narrow by unit beyond it. */
export const SIASN_EXPORT_MAX = 2000;

@ObjectType('SiasnDiklatPayload', { description: 'The body of SIASN `diklat/save` (field names as SIASN has them).' })
class SiasnDiklatPayload implements SiasnDiklat {
  @Field(() => String, { nullable: true, description: 'SIASN reference id; null: resolve from the referensi table [M].' }) latihanStrukturalId: string | null;
  @Field(() => String, { nullable: true }) jenisKompetensi: string | null;
  @Field() institusiPenyelenggara: string;
  @Field() nomor: string;
  @Field() tanggal: string;
  @Field() tanggalSelesai: string;
  @Field(() => Int) tahun: number;
  @Field(() => Float) jumlahJam: number;
  @Field(() => Int, { nullable: true }) bobot: number | null;
  @Field(() => String, { nullable: true, description: 'SIASN person id; null: resolve by nipBaru.' }) pnsOrangId: string | null;
  @Field(() => [String]) path: never[];
}

@ObjectType('SiasnKursusPayload', { description: 'The body of SIASN `kursus/save` (field names as SIASN has them).' })
class SiasnKursusPayload implements SiasnKursus {
  @Field(() => String, { nullable: true, description: 'SIASN jenis_diklat id; null: resolve from the referensi table [M].' }) jenisDiklatId: string | null;
  @Field() jenisKursus: string;
  @Field(() => String, { nullable: true }) jenisKursusSertipikat: string | null;
  @Field() namaKursus: string;
  @Field() institusiPenyelenggara: string;
  @Field() nomorSertipikat: string;
  @Field() tanggalKursus: string;
  @Field() tanggalSelesaiKursus: string;
  @Field(() => Int) tahunKursus: number;
  @Field(() => Float) jumlahJam: number;
  @Field() instansiId: string;
  @Field(() => String, { nullable: true }) lokasiId: string | null;
  @Field(() => String, { nullable: true, description: 'SIASN person id; null: resolve by nipBaru.' }) pnsOrangId: string | null;
  @Field(() => [String]) path: never[];
}

@ObjectType('SiasnTrainingRecord', { description: 'A verified completion as a SIASN riwayat diklat or kursus.' })
export class SiasnTrainingRecord {
  @Field(() => ID, { description: '`<activityId>:<employeeId>`.' }) id: string;
  @Field(() => String, { nullable: true, description: '/diklat/save or /kursus/save; null when SIASN keeps it elsewhere (tugas / izin belajar: riwayat pendidikan).' }) endpoint: string | null;
  @Field(() => ID) employeeId: string;
  @Field(() => String, { nullable: true, description: 'The key SIASN reads by (NIP / NI PPPK).' }) nipBaru: string | null;
  @Field(() => ID) activityId: string;
  @Field({ description: 'Content hash of the certificate, for the `upload-dok-rw` step.' }) certificateHash: string;
  @Field(() => SiasnDiklatPayload, { nullable: true }) diklat: SiasnDiklat | null;
  @Field(() => SiasnKursusPayload, { nullable: true }) kursus: SiasnKursus | null;
}

@ObjectType('SiasnTrainingExport', { description: 'A file for the SIASN integration: one JSON line per record `{endpoint, nipBaru, payload}`.' })
class SiasnTrainingExport {
  @Field() fileName: string;
  @Field() contentType: string;
  @Field() mappingVersion: string;
  @Field(() => Int) recordCount: number;
  @Field({ description: 'sha256 of `content`.' }) sha256: string;
  @Field() content: string;
}

const SiasnTrainingRecordConnection = Connection(SiasnTrainingRecord);

@ArgsType()
class SiasnScopeArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId: string;
  @Field(() => Int, { description: 'Calendar year of completion.' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ID, { nullable: true, description: 'Only the OPD paying for the activities.' }) @IsOptional() @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId?: string | null;
}
@ArgsType()
class SiasnRecordsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId?: string | null;
}

@Resolver()
export class SiasnResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  @Query(() => SiasnTrainingRecordConnection, { description: 'Verified completions of a year as SIASN diklat / kursus records, in id order. TRAINING_ADMIN, ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  async siasnTrainingRecords(@Args() args: SiasnRecordsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<SiasnTrainingRecord>> {
    this.authorise(actor, args.instansiId);
    const page = await this.pages.paginate(this.records(), this.filter(args), { first: args.first, after: args.after });
    const records = await this.toRecords(page.edges.map((e) => e.node as unknown as SiasnRecordDoc));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: records[i] })) };
  }

  @Query(() => SiasnTrainingExport, { description: `The year's records as an NDJSON file for the SIASN integration (at most ${SIASN_EXPORT_MAX}; narrow by unitId beyond). TRAINING_ADMIN, ADMIN_BKD or AUDITOR of the instansi.` })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  async siasnTrainingExport(@Args() args: SiasnScopeArgs, @CurrentActor() actor: Actor): Promise<SiasnTrainingExport> {
    this.authorise(actor, args.instansiId);
    const filter = this.filter(args);
    const count = await this.records().count(filter);
    if (count > SIASN_EXPORT_MAX) throw new BadUserInputError(`${count} catatan melebihi batas ${SIASN_EXPORT_MAX} per berkas; saring dengan unitId`, { field: 'unitId' });
    const records = (await this.toRecords(await this.records().find(filter, { sort: { _id: 1 } }))).filter((r) => r.endpoint !== null);
    const content = records.map((r) => JSON.stringify({ endpoint: r.endpoint, nipBaru: r.nipBaru, certificateHash: r.certificateHash, payload: r.diklat ?? r.kursus })).join('\n') + (records.length ? '\n' : '');
    return {
      fileName: `siasn-diklat-kursus-${args.unitId ?? args.instansiId}-${args.year}.ndjson`,
      contentType: 'application/x-ndjson',
      mappingVersion: SIASN_MAPPING_VERSION,
      recordCount: records.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    };
  }

  private authorise(actor: Actor, instansiId: string): void {
    if (!canReadInstansi(actor, instansiId)) throw new ForbiddenError(`Catatan SIASN ${instansiId} tidak dalam cakupan Anda`);
  }

  private filter(args: { instansiId: string; year: number; unitId?: string | null }) {
    return { instansiId: args.instansiId, year: args.year, ...(args.unitId ? { unitId: args.unitId } : {}) };
  }

  private records() {
    return this.readModels.collection<SiasnRecordDoc>(TRAINING_SIASN_RECORDS);
  }

  /** Joins each stored completion with its program (provider, structural kind) and the employee's NIP. */
  private async toRecords(docs: SiasnRecordDoc[]): Promise<SiasnTrainingRecord[]> {
    const programs = await this.readModels.collection<TrainingProgram & { _id: string }>(TRAINING_PROGRAMS).find({ _id: { $in: [...new Set(docs.map((d) => d.programId))] } });
    const employees = await this.readModels.collection<{ _id: string; identifier: string }>(EMPLOYEES).find({ _id: { $in: [...new Set(docs.map((d) => d.employeeId))] } });
    const program = new Map(programs.map((p) => [p._id, p]));
    const nip = new Map(employees.map((e) => [e._id, e.identifier]));
    return docs.map((d) => {
      const p = program.get(d.programId);
      const payload = toSiasn({
        nipBaru: nip.get(d.employeeId) ?? null,
        instansiId: d.instansiId,
        form: d.form as TrainingProgram['form'],
        latihanStruktural: p?.latihanStruktural ?? null,
        competencyGroup: p?.competencies[0]?.group ?? null,
        title: d.title,
        provider: p?.provider ?? '',
        certificateNumber: d.certificateNumber,
        startedOn: d.startedOn,
        completedOn: d.completedOn,
        year: d.year,
        jp: d.jp,
      });
      return {
        id: d._id,
        endpoint: payload.endpoint,
        employeeId: d.employeeId,
        nipBaru: nip.get(d.employeeId) ?? null,
        activityId: d.activityId,
        certificateHash: d.certificateHash,
        diklat: 'diklat' in payload ? payload.diklat : null,
        kursus: 'kursus' in payload ? payload.kursus : null,
      };
    });
  }
}
