import { Schema } from 'mongoose';

/** Logical collection of the deadlines read model (what the scheduler polls and systemStatus counts). */
export const DEADLINES = 'deadlines';
/** Logical collection where the dispatch reaction records what became of each fired deadline. */
export const DEADLINE_DISPATCHES = 'deadline_dispatches';

export type DeadlineStatus = 'PENDING' | 'FIRED' | 'CANCELLED';

export interface DeadlineView {
  readonly _id: string;
  readonly status: DeadlineStatus;
  readonly dueAt: string;
  readonly targetType: string;
  readonly scheduledAt: string;
  readonly firedAt: string | null;
  readonly cancelledAt: string | null;
}

export const DeadlineSchema = new Schema(
  {
    _id: String,
    status: String,
    dueAt: String,
    targetType: String,
    scheduledAt: String,
    firedAt: { type: String, default: null },
    cancelledAt: { type: String, default: null },
  },
  { versionKey: false },
);
// The scheduler asks for PENDING deadlines due by now, earliest first.
DeadlineSchema.index({ status: 1, dueAt: 1 });

export interface DeadlineDispatchRecord {
  readonly _id: string;
  readonly targetType: string;
  readonly status: 'DISPATCHED' | 'FAILED';
  readonly error: string | null;
}

export const DeadlineDispatchSchema = new Schema(
  { _id: String, targetType: String, status: { type: String, index: true }, error: { type: String, default: null } },
  { versionKey: false },
);
