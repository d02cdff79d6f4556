import { assertNever } from '@kernel/decider';
import { IsoDate } from '@kernel/calendar-date';
import { Education } from './education';
import { ActingKind, Contacts, EmployeeStatus, EmploymentType, RetirementKind, statusAfter } from './employment';
import { CorrectableFields, EmployeeEvent, FieldChange } from './employee.events';
import { Golongan, GolonganPppk } from '@modules/shared/golongan';
import { HukdisRecord } from './hukdis';
import { IdentifierType, NipMismatch } from '@modules/shared/nip';
import { SatyalancanaClass } from './satyalancana';
import { Sex } from '@modules/shared/sex';
import { CareerActionEntry, evolveCorrection, isCorrectionEvent, trackCareer } from './employee.career-log';
import { CorrectionEvent } from './employee.correction-events';

export interface ActingAssignment {
  readonly assignmentId: string;
  readonly kind: ActingKind;
  readonly positionId: string;
  readonly unitId: string;
  readonly from: IsoDate;
  readonly until: IsoDate;
  /** Set when ended early or on time; the assignment then covers from … endedOn. */
  readonly endedOn: IsoDate | null;
}

export interface PendingNomination {
  readonly nominationId: string;
  readonly awardClass: SatyalancanaClass;
}

/** What the decisions need to know about a registered employee. */
export interface EmployeeRecord {
  readonly status: EmployeeStatus;
  readonly employeeId: string;
  readonly employmentType: EmploymentType;
  readonly identifierType: IdentifierType;
  readonly identifier: string;
  /** Identifiers held before a reassignment (oldest first); still claimed by this employee, never reused. */
  readonly previousIdentifiers: readonly string[];
  readonly maxAgeAtAppointment: number;
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  readonly tmt: IsoDate;
  readonly education: Education;
  readonly contacts: Contacts;
  readonly golongan: Golongan | GolonganPppk;
  readonly golonganTmt: IsoDate;
  readonly unitId: string;
  readonly positionId: string;
  readonly hukdis: readonly (HukdisRecord & { readonly hukdisId: string })[];
  readonly awarded: readonly SatyalancanaClass[];
  readonly pendingNomination: PendingNomination | null;
  readonly acting: readonly ActingAssignment[];
  readonly nipMismatches: readonly NipMismatch[];
  readonly retirement: { readonly kind: RetirementKind; readonly effectiveDate: IsoDate } | null;
  /** Identifiers replaced by an SK ralat (NIP correction, employment type correction): tombstones, claimed for good, never reused. */
  readonly correctedIdentifiers: readonly string[];
  /** Since when the employee holds the current position (registration day or transfer date). */
  readonly placedSince: IsoDate;
  /** Transfers, promotions, hukdis and retirements in order, annulled ones marked (employee.career-log.ts). */
  readonly careerActions: readonly CareerActionEntry[];
}

export type EmployeeState = { readonly status: 'UNREGISTERED' } | EmployeeRecord;

export const initialEmployeeState = (): EmployeeState => ({ status: 'UNREGISTERED' });

export function isRegistered(state: EmployeeState): state is EmployeeRecord {
  return state.status !== 'UNREGISTERED';
}

export function evolveEmployee(state: EmployeeState, event: EmployeeEvent): EmployeeState {
  if (event.type === 'personnel.EmployeeRegistered') {
    const { registeredAt, positionTmt, ...data } = event.data;
    return {
      ...data,
      status: 'AKTIF',
      previousIdentifiers: [],
      hukdis: [],
      awarded: [],
      pendingNomination: null,
      acting: [],
      nipMismatches: [],
      retirement: null,
      correctedIdentifiers: [],
      placedSince: positionTmt ?? registeredAt.slice(0, 10),
      careerActions: [],
    };
  }
  // Events only ever follow a registration; anything else leaves an empty stream untouched.
  if (!isRegistered(state)) return state;
  return isCorrectionEvent(event) ? evolveCorrection(state, event) : trackCareer(state, evolveRecord(state, event), event);
}

function evolveRecord(state: EmployeeRecord, event: Exclude<EmployeeEvent, { type: 'personnel.EmployeeRegistered' } | CorrectionEvent>): EmployeeRecord {
  switch (event.type) {
    case 'personnel.NipInconsistencyDetected':
      return { ...state, nipMismatches: event.data.mismatches };
    case 'personnel.NipInconsistencyResolved':
      return { ...state, nipMismatches: [] };
    case 'personnel.EmployeeDataCorrected':
      return { ...state, ...correctedFields(event.data.changes) };
    case 'personnel.IdentifierReassigned':
      return { ...state, identifier: event.data.to, previousIdentifiers: [...state.previousIdentifiers, event.data.from] };
    case 'personnel.EmployeeTransferred':
      return { ...state, unitId: event.data.to.unitId, positionId: event.data.to.positionId };
    case 'personnel.ActingAssignmentStarted': {
      const { employeeId: _employeeId, legalBasis: _legalBasis, ...assignment } = event.data;
      return { ...state, acting: [...state.acting, { ...assignment, endedOn: null }] };
    }
    case 'personnel.ActingAssignmentEnded':
      return {
        ...state,
        acting: state.acting.map((a) => (a.assignmentId === event.data.assignmentId ? { ...a, endedOn: event.data.endedOn } : a)),
      };
    case 'personnel.EmployeePromoted':
      return { ...state, golongan: event.data.to, golonganTmt: event.data.tmt };
    case 'personnel.DisciplinaryActionRecorded': {
      const { hukdisId, hukdisType, level, effectiveFrom, activeUntil } = event.data;
      return { ...state, hukdis: [...state.hukdis, { hukdisId, hukdisType, level, effectiveFrom, activeUntil }] };
    }
    case 'personnel.AwardNominationProposed':
      return { ...state, pendingNomination: { nominationId: event.data.nominationId, awardClass: event.data.awardClass } };
    case 'personnel.AwardNominationConfirmed':
      return { ...state, awarded: [...state.awarded, event.data.awardClass], pendingNomination: null };
    case 'personnel.AwardNominationRejected':
      return { ...state, pendingNomination: null };
    case 'personnel.EmployeeRetired':
      return { ...state, status: statusAfter(event.data.kind), retirement: { kind: event.data.kind, effectiveDate: event.data.effectiveDate } };
    // Riwayat describes the time before the current values; the decisions read the current ones.
    case 'personnel.PastGolonganRecorded':
    case 'personnel.PastPositionRecorded':
    case 'personnel.PastEducationRecorded':
      return state;
    default:
      return assertNever(event);
  }
}

/** The new values a list of field changes sets. */
export function correctedFields(changes: readonly FieldChange[]): Partial<CorrectableFields> {
  return Object.fromEntries(changes.map((change) => [change.field, change.to])) as Partial<CorrectableFields>;
}
