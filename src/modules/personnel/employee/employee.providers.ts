import { BkdLists } from './bkd-lists/bkd-lists.service';
import { AnnulCareerActionHandler } from './annul-career-action/annul-career-action.handler';
import { AnnulCareerActionResolver } from './annul-career-action/annul-career-action.resolver';
import { CorrectEmploymentTypeHandler } from './correct-employment-type/correct-employment-type.handler';
import { CorrectEmploymentTypeResolver } from './correct-employment-type/correct-employment-type.resolver';
import { CorrectGolonganHandler } from './correct-golongan/correct-golongan.handler';
import { CorrectGolonganResolver } from './correct-golongan/correct-golongan.resolver';
import { CorrectNipHandler } from './correct-nip/correct-nip.handler';
import { CorrectNipResolver } from './correct-nip/correct-nip.resolver';
import { CorrectTmtHandler } from './correct-tmt/correct-tmt.handler';
import { CorrectTmtResolver } from './correct-tmt/correct-tmt.resolver';

import { ImportEmployeesResolver } from './bulk-import/import-employees.graphql';
import { EmployeeCareerQueryHandler } from './employee-career/employee-career.query';
import { EmployeeCareerResolver } from './employee-career/employee-career.resolver';
import { BkdListsResolver } from './bkd-lists/bkd-lists.resolver';
import { BkdExports } from './bkd-lists/bkd-list-tables';
import { BkdTotals } from './bkd-lists/bkd-totals';
import { StaffListsResolver } from './bkd-lists/staff-lists.resolver';
import { EmployeeReadScopes } from './access/employee-read-scopes';
import { ConfirmAwardHandler } from './confirm-award/confirm-award.handler';
import { ConfirmAwardResolver } from './confirm-award/confirm-award.resolver';
import { CorrectEmployeeDataHandler } from './correct-employee-data/correct-employee-data.handler';
import { CorrectEmployeeDataResolver } from './correct-employee-data/correct-employee-data.resolver';
import { EmployeeHistoryQueryHandler } from './employee-history/employee-history.query';
import { EmployeeHistoryResolver } from './employee-history/employee-history.resolver';
import { EndActingAssignmentHandler } from './end-acting-assignment/end-acting-assignment.handler';
import { EndActingAssignmentResolver } from './end-acting-assignment/end-acting-assignment.resolver';
import { PromoteEmployeeHandler } from './promote-employee/promote-employee.handler';
import { PromoteEmployeeResolver } from './promote-employee/promote-employee.resolver';
import { ProposeAwardHandler } from './propose-award/propose-award.handler';
import { ProposeAwardResolver } from './propose-award/propose-award.resolver';
import { EmployeeAppraisersResolver } from './read-models/employees/employee-appraisers.resolver';
import { EmployeeViews } from './read-models/employees/employee-views';
import { EmployeeByNipQueryHandler, EmployeeQueryHandler } from './read-models/employees/employee.query';
import { EmployeeResolver } from './read-models/employees/employee.resolver';
import { EmployeesQueryHandler } from './read-models/employees/employees.query';
import { NipLookupLimiter } from './read-models/employees/nip-lookup-limiter';
import { AppraiserLookup } from './read-models/position-holders/appraiser-lookup';
import { ReassignIdentifierHandler } from './reassign-identifier/reassign-identifier.handler';
import { ReassignIdentifierResolver } from './reassign-identifier/reassign-identifier.resolver';
import { RecordDisciplinaryActionHandler } from './record-disciplinary-action/record-disciplinary-action.handler';
import { RecordDisciplinaryActionResolver } from './record-disciplinary-action/record-disciplinary-action.resolver';
import { RegisterEmployeeHandler } from './register-employee/register-employee.handler';
import { RegisterEmployeeResolver } from './register-employee/register-employee.resolver';
import { RejectAwardHandler } from './reject-award/reject-award.handler';
import { RejectAwardResolver } from './reject-award/reject-award.resolver';
import { RetireEmployeeHandler } from './retire-employee/retire-employee.handler';
import { RetireEmployeeResolver } from './retire-employee/retire-employee.resolver';
import { EmployeeCommands } from './shared/employee-commands';
import { Mutations } from '@infrastructure/graphql/mutations';
import { PlacementCheck } from './shared/placement-check';
import { StartActingAssignmentHandler } from './start-acting-assignment/start-acting-assignment.handler';
import { StartActingAssignmentResolver } from './start-acting-assignment/start-acting-assignment.resolver';
import { TransferEmployeeHandler } from './transfer-employee/transfer-employee.handler';
import { TransferEmployeeResolver } from './transfer-employee/transfer-employee.resolver';

/** One handler and one resolver per use case (folder per use case, file per role). */
export const USE_CASE_PROVIDERS = [
  [RegisterEmployeeHandler, RegisterEmployeeResolver],
  [CorrectEmployeeDataHandler, CorrectEmployeeDataResolver],
  [ReassignIdentifierHandler, ReassignIdentifierResolver],
  [TransferEmployeeHandler, TransferEmployeeResolver],
  [StartActingAssignmentHandler, StartActingAssignmentResolver],
  [EndActingAssignmentHandler, EndActingAssignmentResolver],
  [PromoteEmployeeHandler, PromoteEmployeeResolver],
  [RecordDisciplinaryActionHandler, RecordDisciplinaryActionResolver],
  [ProposeAwardHandler, ProposeAwardResolver],
  [ConfirmAwardHandler, ConfirmAwardResolver],
  [RejectAwardHandler, RejectAwardResolver],
  [RetireEmployeeHandler, RetireEmployeeResolver],
  [CorrectGolonganHandler, CorrectGolonganResolver],
  [CorrectTmtHandler, CorrectTmtResolver],
  [CorrectEmploymentTypeHandler, CorrectEmploymentTypeResolver],
  [CorrectNipHandler, CorrectNipResolver],
  [AnnulCareerActionHandler, AnnulCareerActionResolver],
].flat();

export const READ_SIDE_PROVIDERS = [
  EmployeeQueryHandler,
  EmployeeByNipQueryHandler,
  EmployeesQueryHandler,
  EmployeeResolver,
  EmployeeAppraisersResolver,
  EmployeeHistoryQueryHandler,
  EmployeeHistoryResolver,
  ImportEmployeesResolver,
  EmployeeCareerQueryHandler,
  EmployeeCareerResolver,
];

/** Services the slices share: access scopes, placement checks, the command wrapper, payloads, lookups. */
export const SHARED_PROVIDERS = [BkdLists, BkdListsResolver, BkdTotals, BkdExports, StaffListsResolver, EmployeeReadScopes, EmployeeViews, PlacementCheck, EmployeeCommands, Mutations, AppraiserLookup, NipLookupLimiter];
