import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { EmploymentType, Golongan, SatyalancanaClass } from '../domain';
import { Employee } from '../read-models/employees/employee.schema';
import { ListArgs, Span } from './bkd-lists.resolver';
import { BkdLists } from './bkd-lists.service';
import { BkdTotals } from './bkd-totals';

@ArgsType()
class AsOfListArgs extends ListArgs {
  @Field({ nullable: true, description: 'Counted on this day (YYYY-MM-DD); default today.' }) @IsOptional() @IsPlannedDate() asOf?: string;
}

@ArgsType()
class KpDueArgs extends ListArgs {
  @Field({ nullable: true, description: 'The KP period: the 1st of a period month (April/October until 2024, every month from 2025); default the next one after today.' })
  @IsOptional()
  @IsPlannedDate()
  period?: string;
}

@ArgsType()
class TotalsArgs {
  @Field(() => ID) @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus slug instansi seperti kota-medan' }) instansiId: string;
  @Field(() => ID, { nullable: true, description: 'One unit kerja and the units below it; absent: the whole instansi.' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit seperti kota-medan.dinkes' })
  unitId?: string;
  @Field(() => EmploymentType, { nullable: true, description: 'PNS or PPPK only; absent: both.' }) @IsOptional() @IsEnum(EmploymentType) employmentType?: EmploymentType;
}

@ObjectType('NominatifRow', { description: 'One active ASN in the daftar nominatif of a unit.' })
class NominatifRowView {
  @Field(() => Int, { description: 'Number in the list (1 = first).' }) number: number;
  @Field(() => Employee) employee: Employee;
  @Field(() => String, { nullable: true, description: 'The OPD (top-level unit) the employee serves in.' }) opdName: string | null;
  @Field(() => Span, { description: 'Masa kerja from the TMT (CPNS or first PPPK appointment).' }) masaKerja: Span;
  @Field(() => Int) age: number;
}

@ObjectType('NominatifPage')
class NominatifPage {
  @Field() asOf: string;
  @Field(() => Int) totalCount: number;
  @Field(() => [NominatifRowView]) rows: NominatifRowView[];
}

@ObjectType('KpDueRow')
class KpDueRow {
  @Field(() => Employee) employee: Employee;
  @Field(() => Golongan, { description: 'The golongan of a KP Reguler at the period.' }) toGolongan: Golongan;
  @Field(() => Int, { description: 'Completed years in the current pangkat at the period.' }) yearsInPangkat: number;
  @Field({ description: 'A jabatan fungsional holder: 2 years in the pangkat and the angka kredit instead of 4 years.' }) jf: boolean;
}

@ObjectType('KpDuePage', { description: 'KP Reguler falling due by what the record holds; predikat SKP, the atasan’s pangkat and angka kredit are checked by promoteEmployee.' })
class KpDuePage {
  @Field({ description: 'The KP period (TMT of the promotions).' }) period: string;
  @Field(() => Int) totalCount: number;
  @Field(() => [KpDueRow]) rows: KpDueRow[];
}

@ObjectType('SatyalancanaDueRow')
class SatyalancanaDueRow {
  @Field(() => Employee) employee: Employee;
  @Field(() => SatyalancanaClass, { description: 'The highest class earned above those conferred.' }) awardClass: SatyalancanaClass;
  @Field(() => Int, { description: 'Completed years from the TMT CPNS.' }) serviceYears: number;
  @Field({ description: 'A nomination for this class already waits for the decision (proposeAward was done).' }) nominationPending: boolean;
}

@ObjectType('SatyalancanaDuePage')
class SatyalancanaDuePage {
  @Field() asOf: string;
  @Field(() => Int) totalCount: number;
  @Field(() => [SatyalancanaDueRow]) rows: SatyalancanaDueRow[];
}

@ObjectType('TotalCount', { description: 'One group of a rekapitulasi.' })
class TotalCountView {
  @Field({ description: 'The value grouped by (III_A, kota-medan.dinkes, JF_AHLI_MUDA, FEMALE, S1…); UNKNOWN when the tree no longer places it.' }) key: string;
  @Field({ description: 'For people: "III/a Penata Muda", the OPD’s name…' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType('EmployeeTotals', { description: 'Rekapitulasi of the active ASN of an instansi or unit subtree, counted by the read store.' })
class EmployeeTotalsView {
  @Field(() => Int) total: number;
  @Field(() => [TotalCountView]) byEmploymentType: TotalCountView[];
  @Field(() => [TotalCountView], { description: 'Highest golongan first (PNS ruang, then PPPK I–XVII).' }) byGolongan: TotalCountView[];
  @Field(() => [TotalCountView], { description: 'Per OPD (top-level unit), by name.' }) byOpd: TotalCountView[];
  @Field(() => [TotalCountView], { description: 'In DUK order of the jenis jabatan.' }) byJenisJabatan: TotalCountView[];
  @Field(() => [TotalCountView]) bySex: TotalCountView[];
  @Field(() => [TotalCountView], { description: 'Highest education first.' }) byEducation: TotalCountView[];
}

/** Nominatif, KP and Satyalancana due, and totals: ADMIN_BKD or AUDITOR of the instansi, as the other BKD lists. */
@Resolver()
export class StaffListsResolver {
  constructor(
    private readonly lists: BkdLists,
    private readonly totals: BkdTotals,
  ) {}

  @Query(() => NominatifPage, { description: 'Daftar nominatif: every active ASN (PNS and PPPK) of an instansi or unit subtree, by OPD, unit and jabatan. ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async nominatif(@Args() args: AsOfListArgs, @CurrentActor() actor: Actor): Promise<NominatifPage> {
    const asOf = args.asOf ?? this.lists.today();
    const rows = await this.lists.nominatif(actor, args, asOf);
    const page = rows.slice(args.offset, args.offset + args.first);
    const employees = await this.lists.employees(actor, page.map((r) => r.entry.employeeId));
    return {
      asOf,
      totalCount: rows.length,
      rows: page.map((r, i) => ({ number: r.number, employee: employees[i], opdName: r.entry.unitPath[0] ?? null, masaKerja: r.masaKerja, age: r.age })),
    };
  }

  @Query(() => KpDuePage, { description: 'PNS whose KP Reguler falls due at a KP period (default the next), in DUK order. ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async kpDue(@Args() args: KpDueArgs, @CurrentActor() actor: Actor): Promise<KpDuePage> {
    const period = this.lists.kpPeriod(args.period);
    const rows = await this.lists.kpDue(actor, args, period);
    const page = rows.slice(args.offset, args.offset + args.first);
    const employees = await this.lists.employees(actor, page.map((r) => r.pns.employeeId));
    return { period, totalCount: rows.length, rows: page.map((r, i) => ({ employee: employees[i], toGolongan: r.toGolongan, yearsInPangkat: r.yearsInPangkat, jf: r.jf })) };
  }

  @Query(() => SatyalancanaDuePage, { description: 'PNS who qualify for a Satyalancana Karya Satya class on a day (the rule of proposeAward). ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async satyalancanaDue(@Args() args: AsOfListArgs, @CurrentActor() actor: Actor): Promise<SatyalancanaDuePage> {
    const asOf = args.asOf ?? this.lists.today();
    const rows = await this.lists.satyalancanaDue(actor, args, asOf);
    const page = rows.slice(args.offset, args.offset + args.first);
    const employees = await this.lists.employees(actor, page.map((r) => r.pns.employeeId));
    return {
      asOf,
      totalCount: rows.length,
      rows: page.map((r, i) => ({ employee: employees[i], awardClass: r.awardClass, serviceYears: r.serviceYears, nominationPending: r.nominationPending })),
    };
  }

  @Query(() => EmployeeTotalsView, { description: 'Totals of the active ASN per golongan, OPD, jenis jabatan, sex and education. ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  employeeTotals(@Args() args: TotalsArgs, @CurrentActor() actor: Actor): Promise<EmployeeTotalsView> {
    return this.totals.totals(actor, args, args.employmentType);
  }
}
