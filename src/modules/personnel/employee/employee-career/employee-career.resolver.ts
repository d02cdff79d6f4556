import { QueryBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { IsCivilDate } from '@infrastructure/graphql/date-rules';
import { Actor } from '@kernel/events';
import { IsEntityId } from '@modules/shared/input-rules';
import { missingRecord } from '../access/employee-access';
import { EmployeeCareerQuery } from './employee-career.query';
import { EmployeeCareer } from './employee-career.types';

@ArgsType()
class EmployeeCareerArgs {
  @Field(() => ID) @IsEntityId() id: string;

  @Field(() => String, { nullable: true, description: 'A day (YYYY-MM-DD): also answer golongan, unit, post and education on it.' })
  @IsOptional()
  @IsCivilDate()
  asOf?: string;
}

@Resolver()
export class EmployeeCareerResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => EmployeeCareer, { description: 'Riwayat golongan, jabatan and pendidikan by TMT (valid time), and the record "as of" a date. AUDITOR; ADMIN_BKD of its instansi; the employee.' })
  @Roles(Role.AUDITOR, Role.ADMIN_BKD, Role.EMPLOYEE)
  async employeeCareer(@Args() { id, asOf }: EmployeeCareerArgs, @CurrentActor() actor: Actor): Promise<EmployeeCareer> {
    const career = await this.queries.execute(new EmployeeCareerQuery(id, actor, asOf));
    if (!career) throw missingRecord(actor, id);
    return career;
  }
}
