/** Operational collections of the runner, in the document store beside the read models. */
export const CHECKPOINTS = '_projection_checkpoints';
export const DEAD_LETTERS = '_projection_dead_letters';

export type ProjectionState = 'CATCHING_UP' | 'LIVE' | 'STOPPED' | 'REBUILDING';

/** Where a projection is; written in the same transaction as the documents it covers. */
export interface Checkpoint {
  readonly _id: string;
  readonly version: number;
  /** Which physical collections (`<logical>__g<generation>`) hold this projection's documents. */
  readonly generation: number;
  /** Every event at or below this position has been applied (or skipped as not handled). */
  readonly position: number;
  readonly updatedAt: string;
}

export interface FailedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly position: number;
  readonly error: string;
}

export interface ProjectionStatus {
  readonly name: string;
  /** REACTION: a process manager on the runner (own checkpoint, never rebuilt). */
  readonly kind: 'PROJECTION' | 'REACTION';
  readonly version: number;
  readonly generation: number;
  readonly state: ProjectionState;
  readonly position: number;
  readonly headPosition: number;
  /** headPosition − position (events, on the embedded store; log bytes on KurrentDB). */
  readonly lag: number;
  readonly failedEvent?: FailedEvent;
  readonly rebuild?: { readonly generation: number; readonly position: number };
  readonly deadLetters: number;
}
