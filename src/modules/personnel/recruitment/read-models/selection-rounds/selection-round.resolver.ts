import { QueryBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { IsEntityId } from '@modules/shared/input-rules';
import { SelectionRound } from './selection-round.schema';
import { SelectionRoundQuery, SelectionRoundsQuery } from './selection-round.query';

const SelectionRoundConnection = Connection(SelectionRound);

@ArgsType()
class SelectionRoundsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only rounds of this instansi (default: every instansi you may see).' })
  @IsOptional()
  @IsEntityId()
  instansiId?: string;
}

@Resolver(() => SelectionRound)
export class SelectionRoundResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => SelectionRound, { description: 'A selection round (admin view). ADMIN_BKD or AUDITOR of its instansi.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  async selectionRound(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<SelectionRound> {
    const round = await this.queries.execute<SelectionRoundQuery, SelectionRound | null>(new SelectionRoundQuery(id, actor));
    if (!round) throw new NotFoundError(`Seleksi ${id} tidak ditemukan`, { roundId: id });
    return round;
  }

  @Query(() => SelectionRoundConnection, { description: 'Selection rounds, oldest first.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  selectionRounds(@Args() args: SelectionRoundsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<SelectionRound>> {
    return this.queries.execute(new SelectionRoundsQuery(actor, { first: args.first, after: args.after }, args.instansiId));
  }
}
