import { QueryBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, ID, InputType, Int, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, JenisJabatan, POSITION_ID_PATTERN, UNIT_ID_PATTERN } from '@modules/organisation';
import { IsEntityId } from '@modules/shared/input-rules';
import { EmployeeStatus, EmploymentType, GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER } from '../../domain';
import { missingRecord } from '../../access/employee-access';
import { EmployeeByNipQuery, EmployeeQuery } from './employee.query';
import { Employee } from './employee.schema';
import { EmployeesQuery } from './employees.query';
import { EmployeeOrder } from './employee-sort-keys';
import { NipLookupLimiter } from './nip-lookup-limiter';

const EmployeeConnection = Connection(Employee);

registerEnumType(EmployeeOrder, {
  name: 'EmployeeOrder',
  description: 'Order of `employees`: NAME as people are filed (titles ignored); NIP; GOLONGAN highest first, then the earlier TMT golongan, then name; TMT earliest first (longest service), then name.',
});
const READERS = [Role.AUDITOR, Role.ADMIN_BKD, Role.PEJABAT_PENILAI, Role.EMPLOYEE];

@ArgsType()
class EmployeeArgs {
  @Field(() => ID) @IsEntityId() id: string;
}

@ArgsType()
class EmployeeByNipArgs {
  @Field({ description: 'NIP or NI PPPK: 18 digits, no spaces.' })
  @Matches(/^\d{18}$/, { message: 'nip harus tepat 18 angka, tanpa spasi' })
  nip: string;
}

@InputType({ description: 'Every field is optional; the fields given combine with AND, within what you may see.' })
class EmployeeFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus slug instansi seperti kota-medan' }) instansiId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit seperti kota-medan.dinkes' }) unitId?: string;
  @Field({ nullable: true, description: 'With unitId: also the units below it (default false).' }) @IsOptional() @IsBoolean() includeSubUnits?: boolean;
  @Field({ nullable: true, description: 'I_A … IV_E or I … XVII.' }) @IsOptional() @IsIn([...GOLONGAN_ORDER, ...GOLONGAN_PPPK_ORDER]) golongan?: string;
  @Field(() => EmploymentType, { nullable: true }) @IsOptional() @IsEnum(EmploymentType) employmentType?: EmploymentType;
  @Field(() => EmployeeStatus, { nullable: true }) @IsOptional() @IsEnum(EmployeeStatus) status?: EmployeeStatus;
  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' }) @IsOptional() @IsString() @Length(1, 100) name?: string;
  @Field({ nullable: true, description: 'Part of the NIP / NI PPPK: 4–18 digits found anywhere in it (e.g. the birth date 19860926).' })
  @IsOptional()
  @Matches(/^\d{4,18}$/, { message: 'nip harus 4–18 angka (bagian dari NIP), tanpa spasi' })
  nip?: string;
  @Field({ nullable: true, description: 'true: records whose NIP / NI PPPK disagrees with the record (an unresolved NipInconsistencyDetected); false: the others.' })
  @IsOptional()
  @IsBoolean()
  hasNipWarnings?: boolean;
  @Field(() => ID, { nullable: true, description: 'The (definitive) jabatan held.' })
  @IsOptional()
  @Matches(POSITION_ID_PATTERN, { message: 'positionId harus id jabatan seperti kota-medan.dinkes.kadis' })
  positionId?: string;
  @Field(() => JenisJabatan, { nullable: true, description: 'Jenis jabatan of the position held, as the tree has it now.' }) @IsOptional() @IsEnum(JenisJabatan) jenisJabatan?: JenisJabatan;
  @Field(() => Int, { nullable: true, description: 'At least this age (completed years today). Personal data: only over the records whose birth date you see (AUDITOR, ADMIN_BKD of the instansi, yourself); FORBIDDEN to others.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  ageFrom?: number;
  @Field(() => Int, { nullable: true, description: 'At most this age (completed years today); as ageFrom.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  ageTo?: number;
}

@ArgsType()
class EmployeesArgs extends ConnectionArgs {
  @Field(() => EmployeeOrder, { defaultValue: EmployeeOrder.NAME, description: 'A cursor belongs to its order: send `after` with the same orderBy.' })
  @IsEnum(EmployeeOrder)
  orderBy: EmployeeOrder = EmployeeOrder.NAME;

  @Field(() => EmployeeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmployeeFilter)
  filter?: EmployeeFilter;
}

/** Employee records are never public: every read needs a token and is limited to the caller's scope. */
@Resolver(() => Employee)
export class EmployeeResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly nipLookups: NipLookupLimiter,
  ) {}

  @Query(() => Employee, { description: 'One record. AUDITOR; ADMIN_BKD of its instansi; PEJABAT_PENILAI of its unit (no personal data); the employee.' })
  @Roles(...READERS)
  async employee(@Args() { id }: EmployeeArgs, @CurrentActor() actor: Actor): Promise<Employee> {
    return found(await this.queries.execute(new EmployeeQuery(id, actor)), actor, id);
  }

  @Query(() => Employee, { description: `One record by NIP / NI PPPK, also by an NI PPPK it held before a reassignment; same access as employee(id), limited per caller per minute.` })
  @Roles(...READERS)
  async employeeByNip(@Args() { nip }: EmployeeByNipArgs, @CurrentActor() actor: Actor): Promise<Employee> {
    await this.nipLookups.assertAllowed(actor);
    return found(await this.queries.execute(new EmployeeByNipQuery(nip, actor)), actor, 'with this NIP');
  }

  @Query(() => EmployeeConnection, { description: 'Records you may see, in name order or another orderBy.' })
  @Roles(...READERS)
  employees(@Args() { first, after, filter, orderBy }: EmployeesArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<Employee>> {
    return this.queries.execute(new EmployeesQuery(actor, { ...filter }, { first, after }, orderBy));
  }
}

function found(employee: Employee | null, actor: Actor, what: string): Employee {
  if (!employee) throw missingRecord(actor, what);
  return employee;
}
