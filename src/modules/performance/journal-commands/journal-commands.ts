import { Injectable } from '@nestjs/common';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { jakartaDate } from '@infrastructure/scheduling';
import { forbid, isInstansiAdmin, isSelf, mayAppraise } from '../access/performance-access';
import { journalDecider } from '../journal/journal.decider';
import { journalStream } from '../journal/journal.events';
import { PerformanceRule as R } from '../performance.rules';
import { SkpCommands } from '../skp-commands/skp-commands';
import { isSkp, skpDecider, SkpState } from '../skp/skp.decider';
import { skpStream } from '../skp/skp.events';
import { BerAkhlak } from '../skp/skp.vocabulary';

type Existing = Extract<SkpState, { exists: true }>;

/** Activity ids start with the day (`2026-03-16:<uuid>`), which names the journal stream they live in. */
export const activityIdOf = (date: string, commandId: string): string => `${date}:${deriveId(commandId, 'performance.activity')}`;
/** The day (or, for an entry logged when journals were monthly, `2026-03:<uuid>`, the month) naming an activity's journal stream. */
export const journalKeyOfActivity = (activityId: string): string | null => /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}):/.exec(activityId)?.[1] ?? null;

/** The employee (or ADMIN_BKD of the instansi, for migrated records) writes evidence of their own SKP. */
function mayWriteEvidence(actor: Actor, skp: Existing): boolean {
  return isSelf(actor, skp.employeeId) || isInstansiAdmin(actor, skp.instansiId);
}

/** The pejabat penilai on the SKP gives feedback (for the kepala daerah: ADMIN_BKD). */
function mayGiveFeedback(actor: Actor, skp: Existing): boolean {
  return mayAppraise(actor, skp.pejabatPenilai, skp.instansiId);
}

/** Daily evidence: journal entries (one stream per SKP and day), feedback and realisasi (on the SKP). */
@Injectable()
export class JournalCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly skps: SkpCommands,
  ) {}

  async logActivity(
    fields: { skpId: string; date: string; durationMinutes: number; rhkId: string; description: string; evidence: readonly string[] },
    context: CommandContext,
  ): Promise<CommandResult & { activityId: string }> {
    const skp = await this.skps.existing(fields.skpId, context.actor);
    if (!mayWriteEvidence(context.actor, skp)) forbid('Mencatat kegiatan harian');
    const activityId = activityIdOf(fields.date, context.commandId);
    const result = await this.executor.execute(
      journalDecider,
      journalStream(fields.skpId, fields.date),
      {
        type: 'LogActivity',
        activityId,
        skpId: fields.skpId,
        employeeId: skp.employeeId,
        instansiId: skp.instansiId,
        unitId: skp.unitId,
        pejabatPenilaiEmployeeId: skp.pejabatPenilai.employeeId,
        atasanEmployeeId: skp.atasanPejabatPenilai.employeeId,
        date: fields.date,
        durationMinutes: fields.durationMinutes,
        rhkId: fields.rhkId,
        description: fields.description,
        evidence: [...fields.evidence],
        skp: { year: skp.year, periodStart: skp.periodStart, periodEnd: skp.periodEnd, approved: skp.status === 'APPROVED', rhkIds: skp.content.rhk.map((r) => r.rhkId) },
        today: jakartaDate(new Date(context.occurredAt)),
        at: context.occurredAt,
      },
      context,
      { authorize: () => void (mayWriteEvidence(context.actor, skp) || forbid('Mencatat kegiatan harian')) },
    );
    return { ...result, activityId };
  }

  async giveFeedback(
    fields: { skpId: string; rhkId: string | null; activityId: string | null; perilaku: BerAkhlak | null; text: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    const skp = await this.skps.existing(fields.skpId, context.actor);
    if (!mayGiveFeedback(context.actor, skp)) forbid('Memberi umpan balik');
    const activityKnown = fields.activityId === null ? false : await this.activityExists(fields.skpId, fields.activityId);
    return this.executor.execute(
      skpDecider,
      skpStream(fields.skpId),
      { type: 'GiveFeedback', feedbackId: deriveId(context.commandId, 'performance.feedback'), ...fields, activityKnown, by: context.actor.id, at: context.occurredAt },
      context,
      { authorize: (state, actor) => void (isSkp(state) && mayGiveFeedback(actor, state) ? true : forbid('Memberi umpan balik')) },
    );
  }

  async recordRealisasi(fields: { skpId: string; rhkId: string; period: string; realisasi: string; evidence: readonly string[] }, context: CommandContext): Promise<CommandResult> {
    const skp = await this.skps.existing(fields.skpId, context.actor);
    if (!mayWriteEvidence(context.actor, skp)) forbid('Mencatat realisasi');
    return this.executor.execute(skpDecider, skpStream(fields.skpId), { type: 'RecordRealisasi', ...fields, by: context.actor.id, at: context.occurredAt }, context, {
      authorize: (state, actor) => void (isSkp(state) && mayWriteEvidence(actor, state) ? true : forbid('Mencatat realisasi')),
    });
  }

  private async activityExists(skpId: string, activityId: string): Promise<boolean> {
    const key = journalKeyOfActivity(activityId);
    if (!key) refuse(R.ACTIVITY_UNKNOWN, `Kegiatan ${activityId} tidak dikenal`);
    const { state } = await this.executor.load(journalDecider, journalStream(skpId, key));
    return state.activityIds.has(activityId);
  }
}
