/**
 * The public surface of Personnel for other modules: the Nest module (exports the employee
 * directory and the pejabat-penilai lookup with personnel's position holders) and their types. Import from here, not from the folders inside.
 */
export { PersonnelModule } from './personnel.module';
export { AppraiserLookup, EmployeeDirectory } from './employee';
export type { Appraisee, EmployeeOnDate } from './employee';
