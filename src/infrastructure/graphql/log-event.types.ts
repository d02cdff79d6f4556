import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Json, RecordedEvent } from '@kernel/events';
import { GraphQLJSON } from './json.scalar';

@ObjectType('EventRoleGrant')
export class EventRoleGrant {
  @Field() role: string;
  @Field(() => String, { nullable: true, description: 'What the grant is scoped to: "*" (every instansi), an instansi or unit kerja id, or for EMPLOYEE the employee id; null only in events recorded before grants were closed (such a grant covers nothing).' })
  unit: string | null;
}

@ObjectType('EventActor', { description: 'Who caused the event, as written into its metadata.' })
export class EventActor {
  @Field() id: string;
  @Field(() => [EventRoleGrant]) roles: EventRoleGrant[];
  @Field(() => String, { nullable: true, description: 'Set when acting for someone else (e.g. a process manager for the person who appointed).' })
  onBehalfOf: string | null;
}

/** One stored event with its full envelope, exactly as the log holds it: the auditor's and integrator's view. */
@ObjectType('LogEvent', { description: 'One stored event with its full envelope, as the log holds it.' })
export class LogEvent {
  @Field(() => ID) eventId: string;
  @Field({ description: 'Stable event name, e.g. personnel.EmployeeRegistered.' }) type: string;
  @Field(() => Int) schemaVersion: number;
  @Field({ description: 'The stream the event belongs to, `<module>-<aggregate>-<id>`.' }) streamId: string;
  @Field(() => Int, { description: '0-based index in its stream.' }) revision: number;
  @Field(() => Float, { description: 'Position in the global log; pass the last one seen as `after` to resume.' }) position: number;
  @Field({ description: 'When the command was accepted (ISO timestamp).' }) occurredAt: string;
  @Field({ description: 'When the store wrote it (ISO timestamp).' }) recordedAt: string;
  @Field(() => EventActor) actor: EventActor;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID) commandId: string;
  @Field(() => ID) correlationId: string;
  @Field(() => ID) causationId: string;
  @Field({ description: 'SHA-256 hash-chain link of this event.' }) hash: string;
  @Field() prevHash: string;
  @Field(() => GraphQLJSON, { description: 'The event data as stored (a JSON object).' }) data: Json;
}

/** The GraphQL view of a stored event: nothing added, nothing upcast. */
export function toLogEvent(event: RecordedEvent): LogEvent {
  const { eventId, type, schemaVersion, streamId, revision, position, occurredAt, recordedAt, actor, reason, commandId, correlationId, causationId, hash, prevHash } = event;
  return {
    eventId,
    type,
    schemaVersion,
    streamId,
    revision,
    position,
    occurredAt,
    recordedAt,
    actor: { id: actor.id, roles: actor.roles.map((g) => ({ role: g.role, unit: g.unit ?? null })), onBehalfOf: actor.onBehalfOf ?? null },
    reason: reason ?? null,
    commandId,
    correlationId,
    causationId,
    hash,
    prevHash,
    data: event.data as Json,
  };
}
