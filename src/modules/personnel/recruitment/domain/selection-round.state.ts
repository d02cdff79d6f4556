import { assertNever } from '@kernel/decider';
import { ApplicantAgeLimit, ConflictRelation, EducationLevel, PanelRole, RankingStatus, RoundStatus } from '../recruitment.vocabulary';
import { SkdReference, SkdScores } from '../skd-reference';
import { ApplicantAppointed, SelectionRoundEvent } from './selection-round.events';

export interface FormasiState {
  readonly formasiId: string;
  readonly unitId: string;
  readonly positionId: string;
  readonly jabatanName: string;
  readonly quota: number;
  readonly educationLevel: EducationLevel;
  readonly educationMajors: readonly string[];
  readonly ageLimit?: ApplicantAgeLimit;
}

export interface ApplicantState {
  readonly applicantId: string;
  readonly formasiId: string;
  readonly registrationNumber: string;
  readonly registrationOrder: number;
  readonly name: string;
  readonly birthDate: string;
  readonly educationLevel: EducationLevel;
  readonly result?: { readonly scores: SkdScores; readonly recordedByMemberId: string };
  /** Set by RankingPublished. */
  readonly ranking?: { readonly status: RankingStatus; readonly rank: number | null };
  readonly appointedNip?: string;
  /** The appointment as recorded: what a retried employee registration sends again. */
  readonly appointment?: ApplicantAppointed['data'];
}

export interface PanelMemberState {
  readonly memberId: string;
  readonly name: string;
  readonly role: PanelRole;
  /** Relations the member declared, per applicant. */
  readonly declared: Readonly<Record<string, readonly ConflictRelation[]>>;
  /** Applicants the member may not act on (declared or found). */
  readonly recusedFrom: Readonly<Record<string, true>>;
}

export interface SelectionRoundState {
  /** NONE: the stream does not exist yet. */
  readonly status: RoundStatus | 'NONE';
  readonly roundId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly name: string;
  /** The reference recorded at opening; every later decision uses this copy. */
  readonly skd?: SkdReference;
  readonly formasi: Readonly<Record<string, FormasiState>>;
  readonly formasiOrder: readonly string[];
  readonly applicants: Readonly<Record<string, ApplicantState>>;
  readonly applicantCount: number;
  /** nikDigest → applicantId: one registration per person per round. */
  readonly applicantByNik: Readonly<Record<string, string>>;
  readonly panel: Readonly<Record<string, PanelMemberState>>;
  /** NIP → applicantId of appointments made. */
  readonly appointedNips: Readonly<Record<string, string>>;
}

export const initialSelectionRoundState = (): SelectionRoundState => ({
  status: 'NONE',
  roundId: '',
  instansiId: '',
  year: 0,
  name: '',
  formasi: {},
  formasiOrder: [],
  applicants: {},
  applicantCount: 0,
  applicantByNik: {},
  panel: {},
  appointedNips: {},
});

export function evolveSelectionRound(state: SelectionRoundState, event: SelectionRoundEvent): SelectionRoundState {
  switch (event.type) {
    case 'personnel.SelectionRoundOpened': {
      const { roundId, instansiId, year, name, skdReference } = event.data;
      return { ...state, status: 'REGISTRATION_OPEN', roundId, instansiId, year, name, skd: skdReference };
    }
    case 'personnel.FormasiAdded': {
      const { roundId: _roundId, ...formasi } = event.data;
      return { ...state, formasi: { ...state.formasi, [formasi.formasiId]: formasi }, formasiOrder: [...state.formasiOrder, formasi.formasiId] };
    }
    case 'personnel.ApplicantRegistered': {
      const d = event.data;
      const applicant: ApplicantState = {
        applicantId: d.applicantId,
        formasiId: d.formasiId,
        registrationNumber: d.registrationNumber,
        registrationOrder: d.registrationOrder,
        name: d.name,
        birthDate: d.birthDate,
        educationLevel: d.educationLevel,
      };
      return {
        ...state,
        applicants: { ...state.applicants, [d.applicantId]: applicant },
        applicantCount: state.applicantCount + 1,
        applicantByNik: { ...state.applicantByNik, [d.nikDigest]: d.applicantId },
      };
    }
    case 'personnel.PanelMemberAppointed': {
      const { memberId, name, role } = event.data;
      return { ...state, panel: { ...state.panel, [memberId]: { memberId, name, role, declared: {}, recusedFrom: {} } } };
    }
    case 'personnel.ConflictOfInterestDeclared': {
      const { memberId, applicantId, relation } = event.data;
      return updateMember(state, memberId, (m) => ({ ...m, declared: { ...m.declared, [applicantId]: [...(m.declared[applicantId] ?? []), relation] } }));
    }
    case 'personnel.PanelMemberRecused': {
      const { memberId, applicantId } = event.data;
      return updateMember(state, memberId, (m) => ({ ...m, recusedFrom: { ...m.recusedFrom, [applicantId]: true } }));
    }
    case 'personnel.UndeclaredConflictFlagged':
      return state; // the recusal that accompanies a flag is its own event
    case 'personnel.SkdResultRecorded': {
      const { applicantId, scores, recordedByMemberId } = event.data;
      return updateApplicant(state, applicantId, (a) => ({ ...a, result: { scores, recordedByMemberId } }));
    }
    case 'personnel.RegistrationClosed':
      return { ...state, status: 'REGISTRATION_CLOSED' };
    case 'personnel.RankingPublished': {
      const applicants = { ...state.applicants };
      for (const formasi of event.data.formasi) {
        for (const { applicantId, status, rank } of formasi.entries) applicants[applicantId] = { ...applicants[applicantId], ranking: { status, rank } };
      }
      return { ...state, status: 'RANKING_PUBLISHED', applicants };
    }
    case 'personnel.SelectionResultsAnnounced':
      return { ...state, status: 'ANNOUNCED' };
    case 'personnel.ApplicantAppointed': {
      const { applicantId, nip } = event.data;
      const next = updateApplicant(state, applicantId, (a) => ({ ...a, appointedNip: nip, appointment: event.data }));
      return { ...next, appointedNips: { ...state.appointedNips, [nip]: applicantId } };
    }
    case 'personnel.SelectionRoundCancelled':
      return { ...state, status: 'CANCELLED' };
    case 'personnel.AppointmentRegistrationRetried':
      return state;
    default:
      return assertNever(event);
  }
}

function updateMember(state: SelectionRoundState, memberId: string, change: (m: PanelMemberState) => PanelMemberState): SelectionRoundState {
  return { ...state, panel: { ...state.panel, [memberId]: change(state.panel[memberId]) } };
}

function updateApplicant(state: SelectionRoundState, applicantId: string, change: (a: ApplicantState) => ApplicantState): SelectionRoundState {
  return { ...state, applicants: { ...state.applicants, [applicantId]: change(state.applicants[applicantId]) } };
}

/** Lookup by an id that came from a client: own properties only, so `constructor` is not a known id. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
