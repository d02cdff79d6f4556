import { Args, ArgsType, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query as CqrsQuery, QueryHandler } from '@nestjs/cqrs';
import { Injectable } from '@nestjs/common';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IsLegalDate, IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Clock } from '@kernel/clock';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { assertTrainingAdmin, canReadInstansi, readerScope } from '../access/training-access';
import { PartnerRule } from '../training.rules';
import { agreementStatus, AgreementTerms, partnerDecider } from './partner.decider';
import { AgreementKind, partnerStream, PartnerKind } from './partner.events';
import { TRAINING_PARTNERS, TrainingPartner, trainingPartnersProjection } from './partner.read-model';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,47}$/;
export const partnerIdOf = (instansiId: string, code: string) => `${instansiId}.${code.toLowerCase()}`;
export const agreementIdOf = (partnerId: string, code: string) => `${partnerId}.${code.toLowerCase()}`;
/** Partner codes hold no dot, so the partner is the first two segments of an agreement id. */
export const partnerOfAgreement = (agreementId: string) => agreementId.split('.').slice(0, 2).join('.');

@InputType()
export class RegisterTrainingPartnerInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: '$property must be an instansi slug like kota-medan' }) instansiId: string;
  @Field({ description: 'Partner code; the id is `<instansiId>.<code lower-case>`.' }) @IdentifierText() @Matches(CODE, { message: '$property must be 2–48 characters of A–Z, 0–9, _ or -' }) code: string;
  @Field() @NameText() @IsString() @Length(2, 200) name: string;
  @Field(() => PartnerKind) @IsEnum(PartnerKind) kind: PartnerKind;
  @Field(() => String, { nullable: true }) @IsOptional() @NameText() @IsString() @Length(2, 100) city?: string | null;
}

@InputType()
export class SignCooperationAgreementInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @IsString() @Length(3, 120) partnerId: string;
  @Field({ description: 'Agreement code; the id is `<partnerId>.<code lower-case>`.' }) @IdentifierText() @Matches(CODE, { message: '$property must be 2–48 characters of A–Z, 0–9, _ or -' }) code: string;
  @Field(() => AgreementKind) @IsEnum(AgreementKind) kind: AgreementKind;
  @Field({ description: 'Nomor MoU / PKS.' }) @IdentifierText() @IsString() @Length(1, 100) number: string;
  @Field() @IsLegalDate() signedOn: string;
  @Field() @IsLegalDate() validFrom: string;
  @Field({ description: 'Last day in force.' }) @IsPlannedDate() validUntil: string;
  @Field() @MultilineText() @IsString() @Length(1, 2000) scope: string;
  @Field(() => ID, { nullable: true, description: 'For a PKS: the MoU it implements.' }) @IsOptional() @IdentifierText() @IsString() underAgreementId?: string | null;
}

export class RegisterTrainingPartnerCommand extends Command<CommandResult> {
  constructor(readonly input: RegisterTrainingPartnerInput, readonly context: CommandContext) {
    super();
  }
}
export class SignCooperationAgreementCommand extends Command<CommandResult> {
  constructor(readonly input: SignCooperationAgreementInput, readonly context: CommandContext) {
    super();
  }
}

/** Agreement terms as other training commands check them (activities, internships). */
@Injectable()
export class PartnerAgreements {
  constructor(private readonly executor: CommandExecutor) {}

  /** The terms of an agreement of the instansi, or TRAINING.AGREEMENT_UNKNOWN. */
  async terms(agreementId: string, instansiId: string): Promise<AgreementTerms> {
    const { state } = await this.executor.load(partnerDecider, partnerStream(partnerOfAgreement(agreementId)));
    const terms = state.agreements[agreementId];
    if (!terms || state.partner?.instansiId !== instansiId) refuse(PartnerRule.AGREEMENT_UNKNOWN, `Perjanjian kerja sama ${agreementId} tidak tercatat pada instansi ini`);
    return terms;
  }
}

@CommandHandler(RegisterTrainingPartnerCommand)
export class RegisterTrainingPartnerHandler implements ICommandHandler<RegisterTrainingPartnerCommand> {
  constructor(private readonly executor: CommandExecutor) {}
  execute({ input, context }: RegisterTrainingPartnerCommand) {
    const partnerId = partnerIdOf(input.instansiId, input.code);
    const command = { type: 'RegisterPartner' as const, partnerId, instansiId: input.instansiId, name: input.name, kind: input.kind, city: input.city ?? null, at: context.occurredAt };
    return this.executor.execute(partnerDecider, partnerStream(partnerId), command, context, { authorize: (_s, actor) => assertTrainingAdmin(actor, input.instansiId, 'Mendaftarkan mitra') });
  }
}

@CommandHandler(SignCooperationAgreementCommand)
export class SignCooperationAgreementHandler implements ICommandHandler<SignCooperationAgreementCommand> {
  constructor(private readonly executor: CommandExecutor) {}
  execute({ input, context }: SignCooperationAgreementCommand) {
    const { partnerId } = input;
    const command = {
      type: 'SignAgreement' as const,
      agreementId: agreementIdOf(partnerId, input.code),
      kind: input.kind,
      number: input.number,
      signedOn: input.signedOn,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      scope: input.scope,
      underAgreementId: input.underAgreementId ?? null,
      at: context.occurredAt,
    };
    return this.executor.execute(partnerDecider, partnerStream(partnerId), command, context, {
      authorize: (state, actor) => {
        if (!state.partner) {
          if (!actor.roles.some((g) => g.role === Role.TRAINING_ADMIN)) throw new ForbiddenError('Mencatat perjanjian: memerlukan TRAINING_ADMIN');
          return; // the decider refuses an unknown partner
        }
        assertTrainingAdmin(actor, state.partner.instansiId, 'Mencatat perjanjian');
      },
    });
  }
}

export class TrainingPartnerQuery extends CqrsQuery<TrainingPartner | null> {
  constructor(readonly partnerId: string, readonly actor: Actor) {
    super();
  }
}
const withStatus = (doc: TrainingPartner, today: string): TrainingPartner => ({ ...doc, agreements: doc.agreements.map((a) => ({ ...a, status: agreementStatus(a, today) })) });

@QueryHandler(TrainingPartnerQuery)
export class TrainingPartnerQueryHandler implements IQueryHandler<TrainingPartnerQuery> {
  constructor(private readonly readModels: ReadModels, private readonly clock: Clock) {}
  async execute(q: TrainingPartnerQuery): Promise<TrainingPartner | null> {
    const doc = await this.readModels.collection<TrainingPartner>(TRAINING_PARTNERS).findById(q.partnerId);
    if (!doc) return null;
    if (!canReadInstansi(q.actor, doc.instansiId)) throw new ForbiddenError('Mitra ini tidak dalam cakupan Anda');
    return withStatus(doc, this.clock.now().toISOString().slice(0, 10));
  }
}

const PARTNER_NODE = nodeView<TrainingPartner>('partner', [trainingPartnersProjection.name], (id, actor) => new TrainingPartnerQuery(id, actor));
const RegisterTrainingPartnerPayload = MutationPayload('RegisterTrainingPartnerPayload', 'partner', TrainingPartner);
const SignCooperationAgreementPayload = MutationPayload('SignCooperationAgreementPayload', 'partner', TrainingPartner);
const TrainingPartnerConnection = Connection(TrainingPartner);

@ArgsType()
class TrainingPartnersArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId?: string;
  @Field(() => PartnerKind, { nullable: true }) @IsOptional() @IsEnum(PartnerKind) kind?: PartnerKind;
}

@Resolver()
export class PartnerResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => RegisterTrainingPartnerPayload, { description: 'Registers a competency-development partner (university, LAN/BPSDM, professional body, private, NGO). TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  registerTrainingPartner(@Args('input') input: RegisterTrainingPartnerInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RegisterTrainingPartnerCommand(input, c), PARTNER_NODE, partnerIdOf(input.instansiId, input.code));
  }

  @Mutation(() => SignCooperationAgreementPayload, { description: 'Records a cooperation agreement (MoU, or PKS under an MoU and within its period) with a partner: number, dates, scope. TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  signCooperationAgreement(@Args('input') input: SignCooperationAgreementInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SignCooperationAgreementCommand(input, c), PARTNER_NODE, input.partnerId);
  }

  @Query(() => TrainingPartnerConnection, { description: 'Partners with their agreements (status as of today), in id order. TRAINING_ADMIN, ADMIN_BKD or AUDITOR, within their instansi.' })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  async trainingPartners(@Args() args: TrainingPartnersArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<TrainingPartner>> {
    const scope = readerScope(actor);
    if (args.instansiId && !canReadInstansi(actor, args.instansiId)) throw new ForbiddenError(`Mitra ${args.instansiId} tidak dalam cakupan Anda`);
    const filter: Record<string, unknown> = {};
    if (args.instansiId) filter.instansiId = args.instansiId;
    else if (scope !== 'all') filter.instansiId = { $in: [...scope] };
    if (args.kind) filter.kind = args.kind;
    const today = this.clock.now().toISOString().slice(0, 10);
    const found = await this.pages.paginate(this.readModels.collection<TrainingPartner>(TRAINING_PARTNERS), filter, { first: args.first, after: args.after });
    return { ...found, edges: found.edges.map((e) => ({ ...e, node: withStatus(e.node, today) })) };
  }
}

export const partnerProviders = [PartnerAgreements, RegisterTrainingPartnerHandler, SignCooperationAgreementHandler, TrainingPartnerQueryHandler, PartnerResolver];
