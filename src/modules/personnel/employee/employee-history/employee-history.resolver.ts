import { QueryBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Actor } from '@kernel/events';
import { IsEntityId } from '@modules/shared/input-rules';
import { missingRecord } from '../access/employee-access';
import { EmployeeHistoryQuery } from './employee-history.query';
import { EmployeeHistoryEntry } from './employee-history.types';

@ArgsType()
class EmployeeHistoryArgs {
  @Field(() => ID) @IsEntityId() id: string;
}

@Resolver()
export class EmployeeHistoryResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [EmployeeHistoryEntry], { description: 'Every event of the employee’s record with actor, reason, ids and hashes. AUDITOR; ADMIN_BKD of its instansi; the employee.' })
  @Roles(Role.AUDITOR, Role.ADMIN_BKD, Role.EMPLOYEE)
  async employeeHistory(@Args() { id }: EmployeeHistoryArgs, @CurrentActor() actor: Actor): Promise<EmployeeHistoryEntry[]> {
    const history = await this.queries.execute(new EmployeeHistoryQuery(id, actor));
    if (!history) throw missingRecord(actor, id);
    return history;
  }
}
