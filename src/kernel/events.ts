/**
 * Event shapes shared by every module. A domain event is typed data: a stable `type` string and a
 * plain-JSON `data` payload. Everything the store adds (revision, position, hash chain, actor…) lives
 * in the recorded envelope.
 */

/** A JSON value, as stored in an event's data. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A domain event as a decider emits it: `{ type: 'personnel.EmployeeRegistered', data: {...} }`. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * One role held by an actor, always with its scope (see grant-scope.ts): `"*"` (every instansi), an
 * instansi id, a unit kerja id, or for EMPLOYEE the employee id (the actor's own id). Tokens are parsed
 * into this closed shape at the edge (infrastructure/auth/grants.ts). Events recorded before grants were
 * closed may carry grants without `unit`; scope checks treat those as covering nothing.
 */
export interface RoleGrant {
  readonly role: string;
  readonly unit: string;
}

/** Who did it. Written into the metadata of every event. */
export interface Actor {
  readonly id: string;
  readonly roles: readonly RoleGrant[];
  /** Set when the actor acts for someone else (e.g. a Plt signing for the unit head). */
  readonly onBehalfOf?: string;
}

/** Metadata the command path supplies for each event. */
export interface EventMetadata {
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
}

/** An event ready to be appended: the store assigns revision, position, hashes and recordedAt. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: object;
  readonly metadata: EventMetadata;
}

/** Global position in the ordered log (`$all`). Larger is later. */
export type Position = number;

/** The envelope of a stored event, as every reader (projections, auditors, integrators) sees it. */
export interface RecordedEvent<Data extends object = Record<string, any>> extends EventMetadata {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  /** 0-based index of the event in its stream. */
  readonly revision: number;
  readonly position: Position;
  readonly data: Data;
  readonly recordedAt: string;
  /** Hash of the previous event in the same stream (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 over the canonical JSON of the hashed fields (see hash-chain.ts). */
  readonly hash: string;
  /** Which fields `hash` covers (hash-chain.ts): 2 for every new event; absent or 1 on the first scheme's events. */
  readonly hashScheme?: number;
}
