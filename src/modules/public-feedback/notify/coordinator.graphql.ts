import { Args, Field, Float, ID, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { jakartaDate } from '@infrastructure/scheduling';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { EMPLOYEE_ID_PATTERN, INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { EmployeeDirectory } from '../../personnel';
import { coversInstansi } from '../../shared';
import { deskDecider, deskStream } from './coordinator-desk';

@InputType()
export class SetFeedbackCoordinatorInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => ID, { description: 'The employee (ASN of the instansi) who is the Admin Koordinator.' }) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId harus id pegawai' }) employeeId: string;
}

@ObjectType('SetFeedbackCoordinatorPayload')
class SetFeedbackCoordinatorPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ID) instansiId: string;
  @Field(() => ID) employeeId: string;
}

@Resolver()
export class CoordinatorResolver {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly employees: EmployeeDirectory,
  ) {}

  @Mutation(() => SetFeedbackCoordinatorPayload, {
    description: "Names the ASN who is the instansi's Admin Koordinator: SLA escalations are e-mailed to them (at the address in their personnel record, read when sending) besides the OPD head. ADMIN_BKD or COMPLAINT_OFFICER coordinator of the instansi.",
  })
  @Roles(Role.ADMIN_BKD, Role.COMPLAINT_OFFICER)
  async setFeedbackCoordinator(@Args('input') input: SetFeedbackCoordinatorInput, @CurrentActor() actor: Actor): Promise<SetFeedbackCoordinatorPayload> {
    if (!coversInstansi(actor, [Role.ADMIN_BKD, Role.COMPLAINT_OFFICER], input.instansiId)) {
      throw new ForbiddenError(`Admin Koordinator ${input.instansiId}: memerlukan ADMIN_BKD atau COMPLAINT_OFFICER koordinator instansi ini`);
    }
    const context = this.contexts.forActor(actor, input);
    const employee = await this.employees.onDate(input.employeeId, jakartaDate(new Date(context.occurredAt)));
    const employeeInstansiId = employee && employee.status === 'AKTIF' ? employee.instansiId : null;
    const result = await this.executor.execute(
      deskDecider,
      deskStream(input.instansiId),
      { type: 'SetFeedbackCoordinator', instansiId: input.instansiId, employeeId: input.employeeId, employeeInstansiId, at: context.occurredAt },
      context,
    );
    return { position: result.position, duplicate: result.duplicate, instansiId: input.instansiId, employeeId: result.state.coordinatorId ?? input.employeeId };
  }
}
