import { ObjectType } from '@nestjs/graphql';
import { LogEvent } from '@infrastructure/graphql/log-event.types';

@ObjectType('EmployeeHistoryEntry', { description: 'One stored event of an employee’s stream, with its full envelope: the auditor’s view.' })
export class EmployeeHistoryEntry extends LogEvent {}
