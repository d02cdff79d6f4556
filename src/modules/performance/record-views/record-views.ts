import { Injectable } from '@nestjs/common';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { Actor, DomainEvent } from '@kernel/events';

export const recordViewsStreamPrefix = 'performance-views-';

/** One individual appraisal record that was read. */
export interface ViewedRecord {
  /** SKP, EVALUATION or ACTIVITY_LOG. */
  readonly kind: string;
  readonly id: string;
  readonly employeeId: string;
  readonly instansiId: string;
}

/**
 * Who read whose individual appraisal, what and when (UU KIP ps. 17 h: exempt information, so every
 * read is accounted for; checklist 23). One event per answered query, naming every record it returned.
 */
export type RecordViewed = DomainEvent<
  'performance.RecordViewed',
  {
    viewerId: string;
    viewerRoles: string[];
    /** The GraphQL field that answered, e.g. `skp`, `appraisalHistory`. */
    query: string;
    records: ViewedRecord[];
    /** True when every record is the viewer's own. */
    self: boolean;
    viewedAt: string;
  }
>;

eventRegistry.register([{ type: 'performance.RecordViewed', version: 1, description: 'Someone read individual appraisal records (SKP, evaluations, journal): who, whose, what, when' }]);

interface RecordView {
  readonly type: 'RecordView';
  readonly data: RecordViewed['data'];
}

/** Each read is its own one-event stream: readers never contend, and the store's group commit batches them. */
const recordViewDecider: Decider<RecordView, RecordViewed, null> = {
  initialState: () => null,
  evolve: (state, event) => (event.type === 'performance.RecordViewed' ? state : assertNever(event.type)),
  decide: (command) => [{ type: 'performance.RecordViewed', data: command.data }],
};

@Injectable()
export class RecordViews {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
  ) {}

  /** Appends the view before the answer leaves (awaited: an unlogged disclosure is not acceptable). Nothing for an empty answer. */
  async viewed(actor: Actor, query: string, records: readonly ViewedRecord[]): Promise<void> {
    if (records.length === 0) return;
    const context = this.contexts.forActor(actor);
    const data: RecordViewed['data'] = {
      viewerId: actor.id,
      viewerRoles: [...new Set(actor.roles.map((g) => `${g.role}:${g.unit}`))],
      query,
      records: records.map(({ kind, id, employeeId, instansiId }) => ({ kind, id, employeeId, instansiId })),
      self: records.every((r) => r.employeeId === actor.id),
      viewedAt: context.occurredAt,
    };
    await this.executor.execute(recordViewDecider, `${recordViewsStreamPrefix}${context.commandId}`, { type: 'RecordView', data }, context);
  }
}
