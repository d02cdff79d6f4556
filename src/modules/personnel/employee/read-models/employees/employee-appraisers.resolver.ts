import { Args, ArgsType, Field, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Clock } from '@kernel/clock';
import { IsCivilDate } from '@infrastructure/graphql/date-rules';
import { AppraiserLookup } from '../position-holders/appraiser-lookup';
import { EmployeeAppraisers } from '../position-holders/appraiser.types';
import { Employee } from './employee.schema';

@ArgsType()
class AppraisersArgs {
  @Field({ nullable: true, description: 'The day to resolve (YYYY-MM-DD); default today.' })
  @IsOptional()
  @IsCivilDate()
  onDate?: string;
}

/** `employee.appraisers`: resolved on demand, since it depends on the tree and on Plt/Plh terms that day. */
@Resolver(() => Employee)
export class EmployeeAppraisersResolver {
  constructor(
    private readonly lookup: AppraiserLookup,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => EmployeeAppraisers, { description: 'Pejabat penilai and atasan pejabat penilai of the employee’s position (DOMAIN §1.2).' })
  appraisers(@Parent() employee: Employee, @Args() { onDate }: AppraisersArgs): Promise<EmployeeAppraisers> {
    const day = onDate ?? this.clock.now().toISOString().slice(0, 10);
    return this.lookup.view({ employeeId: employee._id, positionId: employee.positionId }, day);
  }
}
