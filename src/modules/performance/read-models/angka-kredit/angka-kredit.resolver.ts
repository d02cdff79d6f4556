import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { IsString, Length } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { ConnectionArgs } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { Actor } from '@kernel/events';
import { RecordViews } from '../../record-views/record-views';
import { AngkaKreditLedger } from './angka-kredit.schema';
import { AngkaKreditLedgerQuery } from './angka-kredit.query';

@ArgsType()
class LedgerArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 100) employeeId: string;
}

@Resolver()
export class AngkaKreditResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly views: RecordViews,
  ) {}

  @Query(() => AngkaKreditLedger, {
    description:
      "A JF employee's angka kredit ledger from closed annual evaluations (AK = pct[predikat] × koefisien × months/12; corrections add adjusting lines), with the balance, in evaluation order. The EMPLOYEE, ADMIN_BKD and AUDITOR of the instansi; others get an empty ledger. Audited (RecordViewed).",
  })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD, Role.AUDITOR)
  async angkaKreditLedger(@Args() args: LedgerArgs, @CurrentActor() actor: Actor): Promise<AngkaKreditLedger> {
    const ledger: AngkaKreditLedger = await this.queries.execute(new AngkaKreditLedgerQuery(args.employeeId, actor, { first: args.first, after: args.after }));
    await this.views.viewed(actor, 'angkaKreditLedger', ledger.entries.edges.map(({ node }) => ({ kind: 'ANGKA_KREDIT', id: node._id, employeeId: node.employeeId, instansiId: node.instansiId })));
    return ledger;
  }
}
