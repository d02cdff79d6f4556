import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LogEvent } from '@infrastructure/graphql/log-event.types';

@ObjectType('EmployeeHistoryEntry', { description: 'One stored event of an employee’s stream, with its full envelope: the auditor’s view.' })
export class EmployeeHistoryEntry extends LogEvent {
  @Field(() => ID, { nullable: true, description: 'Set on a career action that was annulled (pembatalan): the eventId of the personnel.CareerActionAnnulled that voids it. The event itself stays as stored.' })
  annulledBy: string | null;
}
