/**
 * The public surface of Leave for other modules: the Nest module, the rule codes, and the published
 * fact personnel and performance may consume — `leave.ExtendedAbsenceRecorded` (CLTN or long sick
 * leave granted, shortened or cancelled: masa kerja, KP, Satyalancana, SKP pro-rating). Consumers
 * react to it by type with `defineReaction`; they import only its type from here.
 */
export { LeaveModule } from './leave.module';
export { LeaveRule } from './leave.rules';
export type { ExtendedAbsenceRecorded, ExtendedAbsenceChange } from './record/extended-absence';
