import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../../../infrastructure/graphql/json.scalar';
import { Json } from '../../../../kernel/events';

@ObjectType('EventRoleGrant')
export class EventRoleGrant {
  @Field() role: string;
  @Field(() => String, { nullable: true, description: 'What the grant is scoped to: "*" (every instansi), an instansi or unit kerja id, or for EMPLOYEE the employee id; null only in events recorded before grants were closed (such a grant covers nothing).' }) unit: string | null;
}

@ObjectType('EventActor', { description: 'Who caused the event, as written into its metadata.' })
export class EventActor {
  @Field() id: string;
  @Field(() => [EventRoleGrant]) roles: EventRoleGrant[];
  @Field(() => String, { nullable: true, description: 'Set when acting for someone else (e.g. a process manager for the person who appointed).' })
  onBehalfOf: string | null;
}

@ObjectType('EmployeeHistoryEntry', { description: 'One stored event of an employee’s stream, with its full envelope: the auditor’s view.' })
export class EmployeeHistoryEntry {
  @Field(() => ID) eventId: string;
  @Field({ description: 'Stable event name, e.g. personnel.EmployeeRegistered.' }) type: string;
  @Field(() => Int) schemaVersion: number;
  @Field(() => Int, { description: '0-based index in the employee’s stream.' }) revision: number;
  @Field(() => Float, { description: 'Position in the global log.' }) position: number;
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
