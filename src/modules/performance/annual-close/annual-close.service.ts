import { Injectable } from '@nestjs/common';
import { ReadModels } from '@infrastructure/projections/read-models';
import { deadlineIdFor, Deadlines, startOfJakartaDay } from '@infrastructure/scheduling';
import { childContext, CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
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
      await this.deadlines.cancel(deadlineIdFor(cause(before.closeBy), 'performance.close-reminder'), 'Batas penutupan diubah', childContext(context, 'performance.close-reminder.cancel'));
      await this.deadlines.cancel(deadlineIdFor(cause(before.closeBy), 'performance.close-overdue'), 'Batas penutupan diubah', childContext(context, 'performance.close-overdue.cancel'));
    }
    const payload = { instansiId: fields.instansiId, year: fields.year };
    // Each deadline write is its own command, derived from this one: a repeated request (its idempotency key) repeats none.
    // 08:00 WIB on the reminder day; the overdue list at the end (24:00 WIB) of the close day.
    await this.deadlines.schedule({ deadlineId: deadlineIdFor(cause(fields.closeBy), 'performance.close-reminder'), due: { at: new Date(startOfJakartaDay(remindOn).getTime() + 8 * 3600_000).toISOString() }, target: { type: CLOSE_REMINDER_TARGET, payload } }, childContext(context, 'performance.close-reminder'));
    await this.deadlines.schedule({ deadlineId: deadlineIdFor(cause(fields.closeBy), 'performance.close-overdue'), due: { at: startOfJakartaDay(addDays(fields.closeBy, 1)).toISOString() }, target: { type: CLOSE_OVERDUE_TARGET, payload } }, childContext(context, 'performance.close-overdue'));
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
