import { QueryBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Actor } from '@kernel/events';
import { IsEntityId } from '@modules/shared/input-rules';
import { SelectionApplicant } from './selection-applicant.schema';
import { SelectionApplicantsQuery } from './selection-applicant.query';

const SelectionApplicantConnection = Connection(SelectionApplicant);

@ArgsType()
class SelectionApplicantsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsEntityId()
  roundId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  formasiId?: string;
}

@Resolver(() => SelectionApplicant)
export class SelectionApplicantResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => SelectionApplicantConnection, { description: 'Applicants of a round in registration order (personal data: ADMIN_BKD or AUDITOR of its instansi).' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  selectionApplicants(@Args() args: SelectionApplicantsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<SelectionApplicant>> {
    return this.queries.execute(new SelectionApplicantsQuery(actor, args.roundId, { first: args.first, after: args.after }, args.formasiId));
  }
}
