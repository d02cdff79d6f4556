/**
 * The public surface of Personnel › Employee for the rest of personnel and, through personnel's
 * index.ts, for other modules: the employee directory (where someone is, golongan, jabatan and status
 * on a date) and the registration command recruitment dispatches over the bus, with its plain fields.
 */
export { EmployeeModule } from './employee.module';
export { EmployeeDirectory } from './employee-directory/employee-directory';
export type { EmployeeOnDate } from './employee-directory/employee-on-date';
export type { EmployeeAppraisers, Appraiser as AppraiserView } from './read-models/position-holders/appraiser.types';
export { RegisterEmployeeCommand } from './register-employee/register-employee.command';
export { RegistrationCheck } from './register-employee/registration-check';
export type { RegisterEmployeeFields, RegisterEmployeeResult } from './register-employee/register-employee.command';
/** Pejabat penilai / atasan of an employee on a date (the organisation's rules with this module's position holders). */
export { AppraiserLookup } from './read-models/position-holders/appraiser-lookup';
export type { Appraisee } from './read-models/position-holders/appraiser-lookup';
export { EMPLOYEE_RECIPIENT, UNIT_HEAD_RECIPIENT } from './notifications/employee-recipients';
