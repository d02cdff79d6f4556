import { Injectable } from '@nestjs/common';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Role } from '@infrastructure/auth/roles';
import { defineReaction, Reaction } from '@infrastructure/projections/reaction';
import { ProjectionWriter } from '@infrastructure/projections/projection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContext, CommandExecutor } from '@kernel/command-handling';
import { DomainRuleViolation } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { CareerActionAnnulledPublished, EmployeeTransferred } from '../../shared';
import { instansiIdOf, OrganisationDirectory } from '../../organisation';
import { evaluationDecider } from '../evaluation/evaluation.decider';
import { evaluationIdOf, evaluationStream } from '../evaluation/evaluation.events';
import { SkpCommands } from '../skp-commands/skp-commands';
import { isSkp, skpDecider } from '../skp/skp.decider';
import { SegmentTransfer, skpStream } from '../skp/skp.events';
import { SegmentRule } from '../skp/segment.rules';
import { monthsOf, segmentIdOf, yearEnd } from '../skp/segments';
import { SkpStatus } from '../skp/skp.vocabulary';

/** What the reaction did with each transfer (by the transfer's event id): what an annulment undoes. */
export const SKP_SEGMENT_TRANSFERS = 'performance_skp_segment_transfers';

/** SPLIT, or why the transfer left the SKP as it was; after an annulment, what became of the split. */
export type SegmentOutcome = 'SPLIT' | 'NO_SKP' | 'SAME_POST' | 'TMT_ON_FIRST_DAY' | 'ANNUAL_CLOSED';
export type AnnulmentOutcome = 'WITHDRAWN' | 'KEPT_PLANNED';

@Schema({ versionKey: false })
export class SegmentTransferRecord {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: Number, required: true }) year: number;
  /** The transfer: the post moved to (its instansi's BKD is the acting system role), its TMT and SK. */
  @Prop({ type: String, required: true }) unitId: string;
  @Prop({ type: String, required: true }) positionId: string;
  @Prop({ type: String, required: true }) effectiveDate: string;
  @Prop({ type: String, required: true }) skNumber: string;
  @Prop({ type: String, required: true }) skDate: string;
  @Prop({ type: String, required: true }) outcome: SegmentOutcome;
  @Prop({ type: String, default: null }) closedSkpId: string | null;
  @Prop({ type: String, default: null }) openedSkpId: string | null;
  @Prop({ type: String, default: null }) annulment: AnnulmentOutcome | null;
}
export const SegmentTransferRecordSchema = SchemaFactory.createForClass(SegmentTransferRecord);

/**
 * A mid-year transfer (mutasi) splits the SKP (issue 9 item 2): when the TMT falls inside a segment
 * of the employee's year (after its first day), the post changes and no annual evaluation of the
 * employee's year is closed yet, the segment closes the day before the TMT and a DRAFT segment for the new post
 * opens from the TMT, its appraisers derived from the organisation tree on the TMT (Plt/Plh aware).
 * The commands carry ids derived from the transfer event, so a replay opens nothing twice; a replay
 * after a crash between the two finds the segment this transfer closed and opens its successor.
 */
@Injectable()
export class SkpSegments {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly skps: SkpCommands,
    private readonly organisation: OrganisationDirectory,
    private readonly readModels: ReadModels,
  ) {}

  async split(event: { eventId: string } & Pick<EmployeeTransferred, 'data'>, contextFor: (key: string) => CommandContext, retried = false): Promise<Omit<SegmentTransferRecord, '_id' | 'annulment'> & { position: number }> {
    const { employeeId, to, effectiveDate: tmt, legalBasis } = event.data;
    const year = Number(tmt.slice(0, 4));
    const transfer: SegmentTransfer = { eventId: event.eventId, effectiveDate: tmt, legalBasis };
    const segments = await this.skps.segmentsOf(employeeId, year);
    const record = (outcome: SegmentOutcome, closedSkpId: string | null = null, openedSkpId: string | null = null, position = 0) => ({
      position,
      employeeId,
      year,
      unitId: to.unitId,
      positionId: to.positionId,
      effectiveDate: tmt,
      skNumber: legalBasis.skNumber,
      skDate: legalBasis.skDate,
      outcome,
      closedSkpId,
      openedSkpId,
    });
    let old = segments.find((s) => s.closedByTransferId === event.eventId);
    if (!old) {
      const covering = segments.find((s) => s.periodStart <= tmt && tmt <= s.periodEnd);
      if (!covering) return record('NO_SKP');
      if (covering.unitId === to.unitId && covering.positionId === to.positionId) return record('SAME_POST');
      // A TMT on the segment's first day leaves nothing to the post left [M]: the SKP stays one segment.
      if (covering.periodStart === tmt) return record('TMT_ON_FIRST_DAY');
      // Once the year's annual close has begun for the employee (the annual evaluation of any of its
      // segments closed, which only happens after 31 December), the SKP is no longer re-segmented: a
      // split then could make a segment that closed without publishing the year's predikat the one
      // that carries it, and nobody would publish it. The transfer stands in personnel; the closed
      // year is corrected through correctEvaluation.
      for (const s of segments) {
        const annual = await this.executor.load(evaluationDecider, evaluationStream(evaluationIdOf(s.skpId, String(year))));
        if (annual.state.exists && annual.state.closed) return record('ANNUAL_CLOSED');
      }
      const nextSkpId = await this.freeSegmentId(employeeId, year, covering.segment + 1);
      try {
        await this.executor.execute(skpDecider, skpStream(covering.skpId), { type: 'CloseSkpSegment', nextSkpId, transfer, at: contextFor('close').occurredAt }, contextFor('close'));
      } catch (error) {
        // The reaction and a first draft catching up raced (their command ids differ): look again, once.
        if (!retried && error instanceof DomainRuleViolation && error.rule === SegmentRule.SKP_SEGMENT_CLOSED) return this.split(event, contextFor, true);
        throw error;
      }
      old = { ...covering, nextSkpId };
    }
    const nextSkpId = old.nextSkpId!;
    const derived = await this.skps.derive({ employeeId, positionId: to.positionId }, tmt);
    const jenisJabatan = (await this.organisation.position(to.positionId))?.position.jenisJabatan ?? 'PELAKSANA';
    const segment = Number(nextSkpId.slice(nextSkpId.lastIndexOf('.') + 1));
    const context = contextFor('open');
    const command = {
      type: 'OpenSkpSegment' as const,
      skpId: nextSkpId,
      employeeId,
      instansiId: instansiIdOf(to.unitId),
      unitId: to.unitId,
      positionId: to.positionId,
      jenisJabatan,
      year,
      period: { periodStart: tmt, periodEnd: yearEnd(year), months: monthsOf(tmt, yearEnd(year)) },
      segment,
      previousSkpId: old.skpId,
      transfer,
      derived,
      at: context.occurredAt,
    };
    const previousSkpId = old.skpId;
    const opened = await this.executor.execute(skpDecider, skpStream(nextSkpId), command, context).catch(async (error: unknown) => {
      // Opened meanwhile under the other party's command id: the same segment, nothing to add.
      const existing = (await this.executor.load(skpDecider, skpStream(nextSkpId))).state;
      if (error instanceof DomainRuleViolation && error.rule === SegmentRule.SKP_SEGMENT_EXISTS && isSkp(existing) && existing.previousSkpId === previousSkpId) return { position: 0 };
      throw error;
    });
    return record('SPLIT', old.skpId, nextSkpId, opened.position);
  }

  /**
   * An annulled transfer [M]: the segment it opened is withdrawn while still an empty DRAFT, and the
   * segment it closed runs to that segment's end again; a segment already planned (RHK drafted,
   * submitted, approved) stays — ADMIN_BKD settles it — and the record says so.
   */
  async annul(event: { eventId: string } & Pick<CareerActionAnnulledPublished, 'data'>, transfer: SegmentTransferRecord, contextFor: (key: string) => CommandContext): Promise<AnnulmentOutcome | null> {
    // The segment this transfer closed (by the reaction, or by a later first draft catching up).
    const closed = (await this.skps.segmentsOf(transfer.employeeId, transfer.year)).find((s) => s.closedByTransferId === transfer._id);
    if (!closed?.nextSkpId) return null;
    const opened = (await this.executor.load(skpDecider, skpStream(closed.nextSkpId))).state;
    if (!isSkp(opened)) return 'KEPT_PLANNED';
    if (!opened.withdrawn) {
      if (opened.status !== SkpStatus.DRAFT || opened.content.rhk.length > 0 || opened.nextSkpId !== null) return 'KEPT_PLANNED';
      const context = contextFor('withdraw');
      await this.executor.execute(skpDecider, skpStream(opened.skpId), { type: 'WithdrawSkpSegment', annulmentEventId: event.eventId, reason: event.data.reason, at: context.occurredAt }, context);
    }
    const context = contextFor('reopen');
    await this.executor.execute(
      skpDecider,
      skpStream(closed.skpId),
      { type: 'ReopenSkpSegment', withdrawnSkpId: opened.skpId, periodEnd: opened.periodEnd, annulmentEventId: event.eventId, at: context.occurredAt },
      context,
    );
    return 'WITHDRAWN';
  }

  /**
   * A first SKP drafted after a transfer was recorded but before its TMT (an SK issued in advance):
   * the reaction found no SKP then (NO_SKP), so the draft splits it now, for each such transfer of the
   * year with a TMT after the SKP date, in TMT order. Command ids derive from the draft's and the
   * transfer's; a split the reaction made meanwhile is found by its transfer id and not repeated.
   */
  async catchUp(employeeId: string, year: number, after: string, contextFor: (transferEventId: string, key: string) => CommandContext): Promise<number> {
    const pending = await this.readModels.collection<SegmentTransferRecord>(SKP_SEGMENT_TRANSFERS).find({ employeeId, year, outcome: 'NO_SKP', effectiveDate: { $gt: after } }, { sort: { effectiveDate: 1 } });
    let position = 0;
    for (const t of pending) {
      const transfer = { eventId: t._id, data: { employeeId, from: { unitId: '', positionId: '' }, to: { unitId: t.unitId, positionId: t.positionId }, effectiveDate: t.effectiveDate, legalBasis: { skNumber: t.skNumber, skDate: t.skDate } } };
      const outcome = await this.split(transfer, (key) => contextFor(t._id, key));
      position = Math.max(position, outcome.position);
    }
    return position;
  }

  /** The first segment number from `n` whose stream is still unused (a withdrawn segment keeps its id). */
  private async freeSegmentId(employeeId: string, year: number, n: number): Promise<string> {
    for (let i = n; ; i++) {
      const id = segmentIdOf(employeeId, year, i);
      if (!isSkp((await this.executor.load(skpDecider, skpStream(id))).state)) return id;
    }
  }
}

/** The system acts as BKD of the employee's instansi, on behalf of whoever recorded the transfer. */
export function segmentActor(unitId: string, cause: Actor): Actor {
  return { id: 'system:performance-segments', roles: [{ role: Role.ADMIN_BKD, unit: instansiIdOf(unitId) }], onBehalfOf: cause.id };
}

/** The reaction on the published transfer and annulment contracts. The name is permanent. */
export function skpSegmentReaction(segments: SkpSegments): Reaction {
  return defineReaction<EmployeeTransferred | CareerActionAnnulledPublished>({
    name: 'performance-skp-segments',
    canHandle: ['personnel.EmployeeTransferred', 'personnel.CareerActionAnnulled'],
    collections: [{ name: SKP_SEGMENT_TRANSFERS, schema: SegmentTransferRecordSchema }],
    async react(event, { writer, commandContext }) {
      if (event.type === 'personnel.EmployeeTransferred') {
        const actor = segmentActor(event.data.to.unitId, event.actor);
        const { position: _p, ...outcome } = await segments.split(event, (key) => commandContext(actor, key));
        await writer.upsert(SKP_SEGMENT_TRANSFERS, event.eventId, { $set: { ...outcome, annulment: null } });
        return;
      }
      if (event.data.annulled.type !== 'personnel.EmployeeTransferred') return;
      await annulled(segments, event, writer, commandContext);
    },
  });
}

async function annulled(
  segments: SkpSegments,
  event: { eventId: string; actor: Actor } & Pick<CareerActionAnnulledPublished, 'data'>,
  writer: ProjectionWriter,
  commandContext: (actor: Actor, key?: string) => CommandContext,
): Promise<void> {
  const transfer = await writer.findById<SegmentTransferRecord>(SKP_SEGMENT_TRANSFERS, event.data.annulled.eventId);
  if (!transfer) return;
  const actor = segmentActor(transfer.unitId, event.actor);
  const annulment = await segments.annul(event, transfer, (key) => commandContext(actor, key));
  if (annulment) await writer.upsert(SKP_SEGMENT_TRANSFERS, event.data.annulled.eventId, { $set: { annulment } });
}
