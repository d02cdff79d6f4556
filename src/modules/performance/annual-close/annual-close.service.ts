import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { deadlineIdFor, Deadlines, jakartaDate, startOfJakartaDay } from '@infrastructure/scheduling';
import { Clock } from '@kernel/clock';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { CommandContextFactory } from '@kernel/command-context';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { coversInstansi } from '../../shared';
import { forbid, isInstansiAdmin } from '../access/performance-access';
import { Evaluation, PERFORMANCE_EVALUATIONS } from '../read-models/evaluations/evaluation.schema';
import { PERFORMANCE_SKPS, Skp } from '../read-models/skps/skp.schema';
import { annualCloseDecider } from './annual-close.decider';
import { annualCloseStream, OpenAppraisal } from './annual-close.events';

export const CLOSE_REMINDER_TARGET = 'performance.IssueCloseReminder';
export const CLOSE_OVERDUE_TARGET = 'performance.RecordCloseOverdue';
const DAY_MS = 24 * 3600_000;

/** A civil date moved by whole days (YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The annual close (checklist 10): ADMIN_BKD sets the date (BKN used 10 January for SKP 2024); the
 * platform deadlines remind the appraisers with open annual evaluations and record the overdue list
 * when the date passes. "Open" is an approved SKP of the year whose annual evaluation is not closed.
 */
@Injectable()
export class AnnualCloseService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly deadlines: Deadlines,
    private readonly readModels: ReadModels,
  ) {}

  async schedule(fields: { instansiId: string; year: number; closeBy: string; remindDaysBefore: number }, context: CommandContext): Promise<CommandResult & { remindOn: string }> {
    const may = (actor: Actor) => isInstansiAdmin(actor, fields.instansiId);
    if (!may(context.actor)) forbid('Menetapkan batas penutupan penilaian tahunan');
    const stream = annualCloseStream(fields.instansiId, fields.year);
    const before = (await this.executor.load(annualCloseDecider, stream)).state;
    const remindOn = addDays(fields.closeBy, -fields.remindDaysBefore);
    const result = await this.executor.execute(annualCloseDecider, stream, { type: 'ScheduleAnnualClose', ...fields, remindOn, by: context.actor.id, at: context.occurredAt }, context, {
      authorize: (_s, actor) => void (may(actor) || forbid('Menetapkan batas penutupan')),
    });
    const cause = (closeBy: string) => `${fields.instansiId}.${fields.year}:${closeBy}`;
    if (before.closeBy && before.closeBy !== fields.closeBy) {
      await this.deadlines.cancel(deadlineIdFor(cause(before.closeBy), 'performance.close-reminder'), 'Batas penutupan diubah', context);
      await this.deadlines.cancel(deadlineIdFor(cause(before.closeBy), 'performance.close-overdue'), 'Batas penutupan diubah', context);
    }
    const payload = { instansiId: fields.instansiId, year: fields.year };
    // 08:00 WIB on the reminder day; the overdue list at the end (24:00 WIB) of the close day.
    await this.deadlines.schedule({ deadlineId: deadlineIdFor(cause(fields.closeBy), 'performance.close-reminder'), due: { at: new Date(startOfJakartaDay(remindOn).getTime() + 8 * 3600_000).toISOString() }, target: { type: CLOSE_REMINDER_TARGET, payload } }, context);
    await this.deadlines.schedule({ deadlineId: deadlineIdFor(cause(fields.closeBy), 'performance.close-overdue'), due: { at: startOfJakartaDay(addDays(fields.closeBy, 1)).toISOString() }, target: { type: CLOSE_OVERDUE_TARGET, payload } }, context);
    return { ...result, remindOn };
  }

  async remind(instansiId: string, year: number, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(annualCloseDecider, annualCloseStream(instansiId, year), { type: 'IssueCloseReminder', instansiId, year, open: await this.open(instansiId, year), at: context.occurredAt }, context);
  }

  async recordOverdue(instansiId: string, year: number, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(annualCloseDecider, annualCloseStream(instansiId, year), { type: 'RecordCloseOverdue', instansiId, year, open: await this.open(instansiId, year), at: context.occurredAt }, context);
  }

  /** Approved SKPs of the year without a closed annual evaluation, by pejabat penilai. */
  async open(instansiId: string, year: number): Promise<OpenAppraisal[]> {
    const skps = await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).find({ instansiId, year, status: 'APPROVED' }, { sort: { _id: 1 } });
    const closed = await this.readModels.collection<Evaluation & { _id: string }>(PERFORMANCE_EVALUATIONS).find({ instansiId, period: String(year), closed: true });
    const done = new Set(closed.map((e) => e.skpId));
    const byAppraiser = new Map<string | null, string[]>();
    for (const skp of skps.filter((s) => !done.has(s._id))) byAppraiser.set(skp.pejabatPenilaiEmployeeId, [...(byAppraiser.get(skp.pejabatPenilaiEmployeeId) ?? []), skp._id]);
    return [...byAppraiser.entries()].map(([appraiserEmployeeId, skpIds]) => ({ appraiserEmployeeId, skpIds })).sort((a, b) => String(a.appraiserEmployeeId).localeCompare(String(b.appraiserEmployeeId)));
  }

  state(instansiId: string, year: number) {
    return this.executor.load(annualCloseDecider, annualCloseStream(instansiId, year)).then((l) => l.state);
  }
}

@InputType()
export class ScheduleAnnualCloseInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: '$property must be an instansi slug' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field({ description: 'Last day to close the annual evaluations (YYYY-MM-DD, after the SKP year; BKN used 10 January).' }) @IsLegalDate() closeBy: string;
  @Field(() => Int, { nullable: true, description: 'Days before `closeBy` the reminder goes out (default 5).' }) @IsOptional() @IsInt() @Min(1) @Max(60) remindDaysBefore?: number | null;
}

@ObjectType('OpenAppraisal', { description: 'An appraiser with annual evaluations still open.' })
export class OpenAppraisalView {
  @Field(() => ID, { nullable: true, description: 'The pejabat penilai (null: the kepala daerah or a vacant post).' }) appraiserEmployeeId: string | null;
  @Field(() => [ID]) skpIds: string[];
}

@ObjectType('AnnualCloseStatus', { description: "The year's annual close: the deadline, and who still has evaluations open." })
export class AnnualCloseStatus {
  @Field(() => ID) instansiId: string;
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true }) closeBy: string | null;
  @Field(() => String, { nullable: true }) remindOn: string | null;
  @Field({ description: 'True when the close date has passed with evaluations open.' }) overdue: boolean;
  @Field(() => Int) openCount: number;
  @Field(() => [OpenAppraisalView], { description: 'Appraisers with open annual evaluations (at most 100).' }) open: OpenAppraisalView[];
}

@ObjectType('ScheduleAnnualClosePayload')
class ScheduleAnnualClosePayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => AnnualCloseStatus) status: AnnualCloseStatus;
}

@ArgsType()
class CloseArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

@Resolver()
export class AnnualCloseResolver {
  constructor(
    private readonly close: AnnualCloseService,
    private readonly contexts: CommandContextFactory,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => ScheduleAnnualClosePayload, { description: "Sets the date by which the year's annual evaluations must be closed (BKN used 10 January), with a reminder to appraisers with open evaluations and the overdue list when it passes — through the platform deadlines. ADMIN_BKD of the instansi." })
  @Roles(Role.ADMIN_BKD)
  async scheduleAnnualClose(@Args('input') input: ScheduleAnnualCloseInput, @CurrentActor() actor: Actor) {
    const result = await this.close.schedule({ instansiId: input.instansiId, year: input.year, closeBy: input.closeBy, remindDaysBefore: input.remindDaysBefore ?? 5 }, this.contexts.forActor(actor, input));
    return { position: result.position, duplicate: result.duplicate, status: await this.status(input.instansiId, input.year) };
  }

  @Query(() => AnnualCloseStatus, { description: "The year's annual close and its overdue list. ADMIN_BKD or AUDITOR of the instansi." })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR)
  annualCloseStatus(@Args() args: CloseArgs, @CurrentActor() actor: Actor): Promise<AnnualCloseStatus> {
    if (!coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], args.instansiId)) forbid('Status penutupan');
    return this.status(args.instansiId, args.year);
  }

  private async status(instansiId: string, year: number): Promise<AnnualCloseStatus> {
    const state = await this.close.state(instansiId, year);
    const open = await this.close.open(instansiId, year);
    const openCount = open.reduce((n, o) => n + o.skpIds.length, 0);
    const today = jakartaDate(this.clock.now());
    return { instansiId, year, closeBy: state.closeBy, remindOn: state.remindOn, overdue: state.closeBy !== null && today > state.closeBy && openCount > 0, openCount, open: open.slice(0, 100) };
  }
}
