import { Inject, Injectable } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@config/config';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { isAnonymous, Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { handlesUnit } from '../access/feedback-access';
import { FeedbackRule, PERIOD_PATTERN } from '../feedback.rules';
import { ProofOfWork } from '../abuse/proof-of-work';
import { SubmissionLimit } from '../abuse/submission-limit';
import { SKM_SURVEYS, SkmSurveyDoc, skmSurveysProjection } from '../read-models/skm-surveys';
import { computeIkm, computeIkmOfTotals, IKM_ROUNDING_POLICY } from './ikm';
import { sampleAdequacy } from './sample-size';
import { skmDecider } from './skm.decider';
import { skmStream, skmSurveyId } from './skm.events';

@ObjectType('SkmUnsurResult', { description: 'One unsur: its label and NRR (Σ nilai / respondents, 4 decimals for display).' })
export class SkmUnsurResult {
  @Field() unsur: string;
  @Field() label: string;
  @Field() nrr: string;
}

@ObjectType('SkmPublication', { description: 'The published result, checked against a recomputation from the raw response events.' })
export class SkmPublication {
  @Field() ikm: string;
  @Field() grade: string;
  @Field(() => Int) respondents: number;
  @Field({ description: 'Rencana tindak lanjut.' }) followUpPlan: string;
  @Field() publishedAt: string;
  @Field({ description: 'IKM recomputed now from the SkmResponseRecorded events before the publication.' }) recomputedIkm: string;
  @Field({ description: 'True when the recomputation equals the published IKM.' }) verified: boolean;
}

@ObjectType('SkmResult', { description: "A unit's SKM result for a period (PermenPANRB 14/2017), recomputed exactly from the recorded responses." })
export class SkmResult {
  @Field(() => ID) surveyId: string;
  @Field(() => ID) unitId: string;
  @Field() period: string;
  @Field({ description: 'OPEN or CLOSED.' }) status: string;
  @Field(() => Int) respondents: number;
  @Field({ description: 'True when respondents are fewer than the minimum cell size: ikm, grade and nrr are withheld.' }) suppressed: boolean;
  @Field(() => String, { nullable: true, description: 'IKM = 25 × mean NRR, exact, rounded half up to 2 dp at the end.' }) ikm: string | null;
  @Field(() => String, { nullable: true, description: 'Mutu pelayanan A/B/C/D.' }) grade: string | null;
  @Field(() => [SkmUnsurResult]) nrr: SkmUnsurResult[];
  @Field(() => Int) population: number;
  @Field(() => Int, { description: 'Krejcie–Morgan minimum sample for the population.' }) minimumSample: number;
  @Field() sampleAdequate: boolean;
  @Field() roundingPolicy: string;
  @Field(() => SkmPublication, { nullable: true }) published: SkmPublication | null;
}

@ArgsType()
class SkmResultArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field() @IdentifierText() @Matches(PERIOD_PATTERN, { message: 'period harus 2026, 2026-S1, 2026-Q3 atau 2026-07' }) period: string;
}

@InputType()
export class OpenSkmSurveyInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field() @IdentifierText() @IsString() @Length(4, 7) period: string;
  @Field(() => Int, { description: 'Service users in the period (the Krejcie–Morgan population).' }) @IsInt() @Min(1) @Max(100_000_000) population: number;
}

@InputType()
export class AnswerSkmSurveyInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field() @IdentifierText() @Matches(PERIOD_PATTERN, { message: 'period harus 2026, 2026-S1, 2026-Q3 atau 2026-07' }) period: string;
  @Field(() => [Int], { description: 'Nine answers U1..U9, each 1 (tidak baik) to 4 (sangat baik).' })
  @IsArray() @ArrayMinSize(9) @ArrayMaxSize(9) @IsInt({ each: true }) @Min(1, { each: true }) @Max(4, { each: true })
  answers: number[];
  @Field(() => String, { nullable: true, description: 'The service receipt code (nomor bukti layanan): one response per receipt.' })
  @IsOptional() @IdentifierText() @IsString() @Length(4, 64)
  receiptCode?: string;
  @Field(() => String, { nullable: true, description: 'An ALTCHA solution (base64) of a challenge from `feedbackChallenge`: required from anonymous callers.' })
  @IsOptional() @IsString() @Length(10, 4000)
  proofOfWork?: string;
}

@InputType()
export class PublishSkmResultInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field() @IdentifierText() @Matches(PERIOD_PATTERN, { message: 'period harus 2026, 2026-S1, 2026-Q3 atau 2026-07' }) period: string;
  @Field({ description: 'Rencana tindak lanjut: what the unit will improve.' }) @MultilineText() @IsString() @Length(10, 4000) followUpPlan: string;
}

@ObjectType('OpenSkmSurveyPayload')
class OpenSkmSurveyPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => SkmResult, { nullable: true }) survey: SkmResult | null;
}

@ObjectType('AnswerSkmSurveyPayload')
class AnswerSkmSurveyPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ID, { description: 'The recorded response.' }) responseId: string;
}

@Injectable()
export class SkmService {
  constructor(
    private readonly readModels: ReadModels,
    private readonly executor: CommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async result(unitId: string, period: string): Promise<SkmResult | null> {
    const survey = await this.readModels.collection<SkmSurveyDoc>(SKM_SURVEYS).findById(skmSurveyId(unitId, period));
    if (!survey) return null;
    return { ...this.view(survey), published: survey.published ? { ...survey.published, ...(await this.recompute(survey._id, survey.published.ikm)) } : null };
  }

  /** Every published IKM is recomputable: fold the raw answers recorded before the last publication. */
  async recompute(surveyId: string, publishedIkm: string): Promise<{ recomputedIkm: string; verified: boolean }> {
    const { events } = await this.executor.load(skmDecider, skmStream(surveyId));
    const last = events.map((e) => e.type).lastIndexOf('public-feedback.SkmResultPublished');
    const answers = events.slice(0, last).filter((e) => e.type === 'public-feedback.SkmResponseRecorded').map((e) => (e.data as { answers: number[] }).answers);
    const recomputedIkm = computeIkm(answers).ikm ?? '';
    return { recomputedIkm, verified: recomputedIkm === publishedIkm };
  }

  view(survey: Pick<SkmSurveyDoc, '_id' | 'unitId' | 'period' | 'status' | 'population' | 'respondents' | 'totals'>): Omit<SkmResult, 'published'> {
    const computed = computeIkmOfTotals(survey.totals, survey.respondents);
    // Small-cell suppression: a figure from fewer than k respondents could reveal one person's answers.
    const suppressed = survey.respondents < this.config.publicFeedback.minCellSize;
    const adequacy = sampleAdequacy(survey.population, survey.respondents);
    return {
      surveyId: survey._id,
      unitId: survey.unitId,
      period: survey.period,
      status: survey.status,
      respondents: survey.respondents,
      suppressed,
      ikm: suppressed ? null : computed.ikm,
      grade: suppressed ? null : computed.grade,
      nrr: suppressed ? [] : computed.nrr.map(({ unsur, label, nrr }) => ({ unsur, label, nrr })),
      population: survey.population,
      minimumSample: adequacy.minimumSample,
      sampleAdequate: adequacy.adequate,
      roundingPolicy: IKM_ROUNDING_POLICY,
    };
  }
}

@Resolver()
export class SkmResolver {
  constructor(
    private readonly skm: SkmService,
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly organisation: OrganisationDirectory,
    private readonly readModels: ReadModels,
    private readonly pow: ProofOfWork,
    private readonly limit: SubmissionLimit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => OpenSkmSurveyPayload, { description: 'Opens the SKM survey of a service unit for a period (9 unsur, 1–4). COMPLAINT_OFFICER: coordinator of the instansi, or penghubung of an OPD the unit is in.' })
  @Roles(Role.COMPLAINT_OFFICER)
  async openSkmSurvey(@Args('input') input: OpenSkmSurveyInput, @CurrentActor() actor: Actor) {
    const unit = await this.organisation.unit(input.unitId);
    if (!unit) refuse(FeedbackRule.UNIT_UNKNOWN, `Unit ${input.unitId} tidak dikenal`);
    if (!handlesUnit(actor, unit)) throw new ForbiddenError(`Membuka survei ${input.unitId}: memerlukan COMPLAINT_OFFICER instansi ${unit.instansiId} atau OPD unit ini`);
    const surveyId = skmSurveyId(input.unitId, input.period);
    const context = this.contexts.forActor(actor, input);
    const command = { type: 'OpenSkmSurvey' as const, surveyId, unitId: unit._id, instansiId: unit.instansiId, period: input.period, population: input.population, at: context.occurredAt };
    const result = await this.executor.execute(skmDecider, skmStream(surveyId), command, context);
    await this.readModels.waitFor(result.position, skmSurveysProjection.name);
    return { position: result.position, duplicate: result.duplicate, survey: await this.skm.result(input.unitId, input.period) };
  }

  @Mutation(() => AnswerSkmSurveyPayload, { description: 'Answers an open SKM survey (nine values 1–4). Public: anonymous callers send a proof of work; a COMPLAINT_OFFICER of the unit may enter a paper form (channel LOKET).' })
  @Public()
  async answerSkmSurvey(@Args('input') input: AnswerSkmSurveyInput, @CurrentActor() actor: Actor, @Context('req') req: { ip?: string }) {
    await this.limit.check(actor, req?.ip);
    const anonymous = isAnonymous(actor);
    let context = this.contexts.forActor(actor, input);
    if (anonymous) context = await this.pow.spend(input.proofOfWork, actor, input);
    else {
      const unit = await this.organisation.unit(input.unitId);
      if (!unit || !handlesUnit(actor, unit)) throw new ForbiddenError('Mengisi survei dari loket: memerlukan COMPLAINT_OFFICER unit ini');
    }
    const surveyId = skmSurveyId(input.unitId, input.period);
    const responseId = deriveId('skm-response', context.commandId);
    const receiptDigest = input.receiptCode ? createHash('sha256').update(`${surveyId}:${input.receiptCode}`).digest('hex') : undefined;
    const result = await this.executor.execute(
      skmDecider,
      skmStream(surveyId),
      { type: 'AnswerSkmSurvey', responseId, answers: input.answers, receiptDigest, channel: anonymous ? 'PORTAL' : 'LOKET', at: context.occurredAt },
      context,
    );
    return { position: result.position, duplicate: result.duplicate, responseId };
  }

  @Mutation(() => OpenSkmSurveyPayload, { description: "Publishes a unit's SKM result for the period with its follow-up plan (rencana tindak lanjut), and the IKM as shared.UnitMetricPublished; refused below the minimum cell size. COMPLAINT_OFFICER: coordinator of the instansi, or penghubung of an OPD the unit is in." })
  @Roles(Role.COMPLAINT_OFFICER)
  async publishSkmResult(@Args('input') input: PublishSkmResultInput, @CurrentActor() actor: Actor) {
    const unit = await this.organisation.unit(input.unitId);
    if (!unit) refuse(FeedbackRule.UNIT_UNKNOWN, `Unit ${input.unitId} tidak dikenal`);
    if (!handlesUnit(actor, unit)) throw new ForbiddenError(`Menerbitkan hasil survei ${input.unitId}: memerlukan COMPLAINT_OFFICER instansi ${unit.instansiId} atau OPD unit ini`);
    const context = this.contexts.forActor(actor, input);
    const command = { type: 'PublishSkmResult' as const, followUpPlan: input.followUpPlan, minCellSize: this.config.publicFeedback.minCellSize, at: context.occurredAt };
    const result = await this.executor.execute(skmDecider, skmStream(skmSurveyId(input.unitId, input.period)), command, context);
    await this.readModels.waitFor(result.position, skmSurveysProjection.name);
    return { position: result.position, duplicate: result.duplicate, survey: await this.skm.result(input.unitId, input.period) };
  }

  @Query(() => SkmResult, { description: "A unit's SKM result for a period: IKM, grade, respondents, NRR per unsur and the sample adequacy; values suppressed below the minimum cell size. Public." })
  @Public()
  async skmResult(@Args() args: SkmResultArgs): Promise<SkmResult> {
    const result = await this.skm.result(args.unitId, args.period);
    if (!result) throw new NotFoundError(`Belum ada survei kepuasan untuk ${args.unitId} periode ${args.period}`);
    return result;
  }
}
