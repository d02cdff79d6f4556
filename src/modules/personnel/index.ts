/**
 * The public surface of Personnel for other modules: the Nest module (exports the employee
 * directory and the pejabat-penilai lookup with personnel's position holders) and their types. Import from here, not from the folders inside.
 */
export { PersonnelModule } from './personnel.module';
export { EmployeeDirectory } from './employee';
export type { EmployeeOnDate, EmployeeAppraisers, AppraiserView, Appraisee } from './employee';
// Pejabat penilai resolution on a date with the position holders (training's atasan, performance's SKP appraiser).
export { AppraiserLookup } from './employee';
// Recipient kinds for the notification outbox: an employee, and the head of a unit kerja on the day of sending.
export { EMPLOYEE_RECIPIENT, UNIT_HEAD_RECIPIENT } from './employee';
