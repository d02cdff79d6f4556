import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { addMonths } from '@kernel/calendar-date';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { Employee } from '../read-models/employees/employee.schema';
import { BkdLists } from './bkd-lists.service';

@ArgsType()
export class ListArgs {
  @Field(() => ID) @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus slug instansi seperti kota-medan' }) instansiId: string;
  @Field(() => ID, { nullable: true, description: 'One unit kerja and the units below it; absent: the whole instansi.' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit seperti kota-medan.dinkes' })
  unitId?: string;
  @Field(() => Int, { defaultValue: 100, description: 'Rows to return, 1–500.' }) @IsInt() @Min(1) @Max(500) first: number = 100;
  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip (the rank of a row does not change with paging).' }) @IsInt() @Min(0) offset: number = 0;
}

@ArgsType()
class DukArgs extends ListArgs {
  @Field({ nullable: true, description: 'Masa kerja and age are counted on this day (YYYY-MM-DD); default today.' }) @IsOptional() @IsPlannedDate() asOf?: string;
}

@ArgsType()
class DueArgs extends ListArgs {
  @Field(() => Int, { defaultValue: 12, description: 'From today, this many months ahead (1–60).' }) @IsInt() @Min(1) @Max(60) withinMonths: number = 12;
}

@ObjectType({ description: 'Years and months.' })
export class Span {
  @Field(() => Int) years: number;
  @Field(() => Int) months: number;
}

@ObjectType('DukRow', { description: 'One PNS in the Daftar Urut Kepangkatan.' })
class DukRowView {
  @Field(() => Int, { description: 'Place in the DUK (1 = first).' }) rank: number;
  @Field(() => Employee) employee: Employee;
  @Field(() => Span, { description: 'Masa kerja from the TMT CPNS.' }) masaKerja: Span;
  @Field(() => Int) age: number;
}

@ObjectType('DukPage')
class DukPage {
  @Field() asOf: string;
  @Field(() => Int, { description: 'PNS in the list (all pages).' }) totalCount: number;
  @Field(() => [DukRowView]) rows: DukRowView[];
}

@ObjectType('RetirementDueRow')
class RetirementDueRow {
  @Field(() => Employee) employee: Employee;
  @Field(() => Int, { description: 'BUP of the post (BUP_POLICY).' }) bupAge: number;
  @Field({ description: 'TMT pensiun: the first of the month after the BUP birthday.' }) retirementDate: string;
}

@ObjectType('RetirementsDuePage')
class RetirementsDuePage {
  @Field() from: string;
  @Field() until: string;
  @Field(() => Int) totalCount: number;
  @Field(() => [RetirementDueRow]) rows: RetirementDueRow[];
}

@ObjectType('KgbDueRow')
class KgbDueRow {
  @Field(() => Employee) employee: Employee;
  @Field({ description: 'TMT of the increment.' }) kgbDate: string;
  @Field(() => Int, { description: 'Years of masa kerja golongan it is for (counted from the TMT CPNS).' }) masaKerjaGolonganYears: number;
}

@ObjectType('KgbDuePage')
class KgbDuePage {
  @Field() from: string;
  @Field() until: string;
  @Field(() => Int) totalCount: number;
  @Field(() => [KgbDueRow]) rows: KgbDueRow[];
}

/** The lists a BKD works from; CSV/XLSX downloads of the same lists: GET /exports/personnel/… */
@Resolver()
export class BkdListsResolver {
  constructor(private readonly lists: BkdLists) {}

  @Query(() => DukPage, { description: 'Daftar Urut Kepangkatan of the active PNS of an instansi or unit subtree. ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async duk(@Args() args: DukArgs, @CurrentActor() actor: Actor): Promise<DukPage> {
    const asOf = args.asOf ?? this.lists.today();
    const rows = await this.lists.duk(actor, args, asOf);
    const page = rows.slice(args.offset, args.offset + args.first);
    const employees = await this.lists.employees(actor, page.map((r) => r.pns.employeeId));
    return { asOf, totalCount: rows.length, rows: page.map((r, i) => ({ rank: r.rank, employee: employees[i], masaKerja: r.masaKerja, age: r.age })) };
  }

  @Query(() => RetirementsDuePage, { description: 'PNS reaching their BUP within the coming months, soonest first. ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async retirementsDue(@Args() args: DueArgs, @CurrentActor() actor: Actor): Promise<RetirementsDuePage> {
    const from = this.lists.today();
    const rows = await this.lists.retirementsDue(actor, args, args.withinMonths, from);
    const page = rows.slice(args.offset, args.offset + args.first);
    const employees = await this.lists.employees(actor, page.map((r) => r.pns.employeeId));
    return { from, until: addMonths(from, args.withinMonths), totalCount: rows.length, rows: page.map((r, i) => ({ employee: employees[i], bupAge: r.bupAge, retirementDate: r.retirementDate })) };
  }

  @Query(() => KgbDuePage, { description: 'Kenaikan gaji berkala falling due within the coming months, soonest first. ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async kgbDue(@Args() args: DueArgs, @CurrentActor() actor: Actor): Promise<KgbDuePage> {
    const from = this.lists.today();
    const rows = await this.lists.kgbDue(actor, args, args.withinMonths, from);
    const page = rows.slice(args.offset, args.offset + args.first);
    const employees = await this.lists.employees(actor, page.map((r) => r.pns.employeeId));
    return {
      from,
      until: addMonths(from, args.withinMonths),
      totalCount: rows.length,
      rows: page.map((r, i) => ({ employee: employees[i], kgbDate: r.kgbDate, masaKerjaGolonganYears: r.masaKerjaGolonganYears })),
    };
  }
}
