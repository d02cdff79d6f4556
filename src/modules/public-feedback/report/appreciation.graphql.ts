import { ownEmployeeIds } from '../access/feedback-access';
import { Args, ArgsType, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { EmployeeDirectory } from '../../personnel';
import { FeedbackReportDoc, reportsProjection } from '../read-models/reports';
import { reportDecider } from './report.decider';
import { reportStream } from './report.events';
import { ReportIdInput } from './report.inputs';
import { ReportService } from './report.service';
import { ReportKind, ReportPrivacy, ReportStatus } from './report.vocabulary';

@ObjectType('PublicAppreciation', { description: 'A verified (moderated) appreciation of a unit; the ASN it names is shown only with their consent.' })
class PublicAppreciation {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field() title: string;
  @Field() body: string;
  @Field() submittedAt: string;
  @Field(() => String, { nullable: true, description: "The ASN's name, only when they consented." }) asnName: string | null;
}

@ObjectType('MyAppreciation', { description: 'An appreciation naming me (EMPLOYEE), with my consent to be named publicly.' })
class MyAppreciation {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field() title: string;
  @Field() body: string;
  @Field() submittedAt: string;
  @Field() consent: boolean;
}

const PublicAppreciationConnection = Connection(PublicAppreciation);
const MyAppreciationConnection = Connection(MyAppreciation);

@ArgsType()
class AppreciationsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId?: string;
}

@InputType()
export class AppreciationConsentInput extends ReportIdInput {
  @Field({ description: 'True: name me publicly with this appreciation; false: withdraw (at any time).' }) @IsBoolean() consent: boolean;
}

@Resolver()
export class AppreciationResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly employees: EmployeeDirectory,
    private readonly reports: ReportService,
  ) {}

  @Query(() => PublicAppreciationConnection, { description: "Moderated appreciations of an instansi's units (verified A1, not RAHASIA), oldest first; an ASN is named only with consent. Public." })
  @Public()
  async appreciations(@Args() args: AppreciationsArgs): Promise<ConnectionShape<PublicAppreciation>> {
    const filter: Record<string, unknown> = { instansiId: args.instansiId, kind: ReportKind.APRESIASI, status: ReportStatus.VERIFIED, privacy: { $ne: ReportPrivacy.RAHASIA } };
    if (args.unitId) filter.unitId = args.unitId;
    const page = await this.pages.paginate(this.reports.reports(), filter, { first: args.first, after: args.after }, 'submittedAt');
    const edges = await Promise.all(
      page.edges.map(async (e) => {
        const r = e.node as unknown as FeedbackReportDoc;
        const asn = r.asnId && r.asnConsent ? await this.employees.onDate(r.asnId, r.submittedAt.slice(0, 10)) : null;
        return { ...e, node: { id: r._id, unitId: r.unitId, title: r.title, body: r.body, submittedAt: r.submittedAt, asnName: asn?.name ?? null } };
      }),
    );
    return { ...page, edges };
  }

  @Query(() => MyAppreciationConnection, { description: 'Appreciations that name me, to give or withdraw consent. EMPLOYEE (own record).' })
  @Roles(Role.EMPLOYEE)
  async myAppreciations(@Args() page: ConnectionArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<MyAppreciation>> {
    const result = await this.pages.paginate(this.reports.reports(), { asnId: { $in: ownEmployeeIds(actor) }, kind: ReportKind.APRESIASI }, { first: page.first, after: page.after }, 'submittedAt');
    return { ...result, edges: result.edges.map((e) => { const r = e.node as unknown as FeedbackReportDoc; return { ...e, node: { id: r._id, unitId: r.unitId, title: r.title, body: r.body, submittedAt: r.submittedAt, consent: r.asnConsent } }; }) };
  }

  @Mutation(() => MyAppreciation, { nullable: true, description: 'The ASN named in an appreciation consents to be named publicly with it, or withdraws consent. EMPLOYEE named in it.' })
  @Roles(Role.EMPLOYEE)
  async setAppreciationConsent(@Args('input') input: AppreciationConsentInput, @CurrentActor() actor: Actor): Promise<MyAppreciation | null> {
    return (await this.recordConsent(input, actor)).appreciation;
  }

  /** The mutation's work, with the command's result (the bus command answers whether it was a duplicate). */
  async recordConsent(input: AppreciationConsentInput, actor: Actor): Promise<{ position: number; duplicate: boolean; appreciation: MyAppreciation | null }> {
    const context = this.contexts.forActor(actor, input);
    const result = await this.executor.execute(reportDecider, reportStream(input.reportId), () => ({ type: 'SetAppreciationConsent' as const, consent: input.consent, at: context.occurredAt }), context, {
      authorize: (state, a) => {
        if (!state.asnId || !ownEmployeeIds(a).includes(state.asnId)) throw new ForbiddenError('Hanya ASN yang disebut dalam apresiasi ini yang dapat memberi persetujuan');
      },
    });
    await this.readModels.waitFor(result.position, reportsProjection.name);
    const r = await this.reports.reports().findById(input.reportId);
    return { position: result.position, duplicate: result.duplicate, appreciation: r ? { id: r._id, unitId: r.unitId, title: r.title, body: r.body, submittedAt: r.submittedAt, consent: r.asnConsent } : null };
  }
}
