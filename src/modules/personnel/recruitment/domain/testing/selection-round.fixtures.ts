import { parseNik } from '@modules/shared/nik';
import { SkdScores } from '../../skd-reference';
import { selectionRoundDecider } from '../selection-round.decider';
import {
  AddFormasi,
  AppointApplicant,
  AppointPanelMember,
  OpenSelectionRound,
  RecordSkdResult,
  RegisterApplicant,
  SelectionRoundCommand,
} from '../selection-round.commands';
import { SelectionRoundEvent } from '../selection-round.events';

/** Builders for decider specs: a round in Kota Medan, formasi F1 (S1 Informatika, quota 1). */
export const AT = '2024-09-02T02:00:00.000Z';

export const openRound = (over: Partial<OpenSelectionRound> = {}): OpenSelectionRound => ({
  type: 'OpenSelectionRound',
  roundId: 'R1',
  instansiId: 'kota-medan',
  year: 2024,
  name: 'Seleksi CPNS Kota Medan 2024',
  skdReferenceId: 'SKD-2024',
  at: AT,
  ...over,
});

export const addFormasi = (formasiId = 'F1', over: Partial<AddFormasi> = {}): AddFormasi => ({
  type: 'AddFormasi',
  formasiId,
  unitId: `unit-${formasiId}`,
  positionId: `pos-${formasiId}`,
  jabatanName: 'Pranata Komputer Ahli Pertama',
  quota: 1,
  educationLevel: 'S1',
  educationMajors: ['Teknik Informatika'],
  ageLimit: 'UMUM',
  post: { instansiId: 'kota-medan', problems: [], capacity: 5, definitiveHolders: 2 },
  ...over,
});

/** A NIK of Kota Binjai encoding `birthDate` (DD + 40 for a woman), sequence `n`. */
export const nikFor = (birthDate: string, n = 1, female = false): string =>
  `127501${String(Number(birthDate.slice(8)) + (female ? 40 : 0)).padStart(2, '0')}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${String(n).padStart(4, '0')}`;

/** Applicant `A<n>`, born 17 May 1998, NIK digest `nik-<n>`. */
export const registerApplicant = (n: number, over: Partial<RegisterApplicant> = {}): RegisterApplicant => ({
  type: 'RegisterApplicant',
  applicantId: `A${n}`,
  formasiId: 'F1',
  nikDigest: `nik-${n}`,
  nikMasked: '1275**********0' + (n % 10),
  nikReading: parseNik(nikFor(over.birthDate ?? '1998-05-17', n)),
  name: `Pelamar Nomor ${n}`,
  birthDate: '1998-05-17',
  educationLevel: 'S1',
  educationMajor: 'Teknik Informatika',
  at: AT,
  ...over,
});

export const appointMember = (memberId = 'M1', over: Partial<AppointPanelMember> = {}): AppointPanelMember => ({
  type: 'AppointPanelMember',
  memberId,
  employeeId: `emp-${memberId}`,
  name: `Panitia ${memberId}`,
  role: memberId === 'M1' ? 'KETUA' : 'ANGGOTA',
  at: AT,
  ...over,
});

export const recordResult = (n: number, scores: SkdScores, over: Partial<RecordSkdResult> = {}): RecordSkdResult => ({
  type: 'RecordSkdResult',
  applicantId: `A${n}`,
  scores,
  source: 'BKN_CAT_IMPORT',
  importBatchId: 'CAT-MDN-2024-001',
  recordedByMemberId: 'M1',
  at: AT,
  ...over,
});

/** NIP for applicant born 1998-05-17, TMT CPNS 2025-03, male, sequence 001. */
export const NIP = '199805172025031001';

export const appointApplicant = (n: number, over: Partial<AppointApplicant> = {}): AppointApplicant => ({
  type: 'AppointApplicant',
  applicantId: `A${n}`,
  employeeId: `employee-A${n}`,
  nip: NIP,
  tmtCpns: '2025-03-01',
  golongan: 'III_A',
  at: AT,
  ...over,
});

export const close = (): SelectionRoundCommand => ({ type: 'CloseRegistration', at: AT });
export const publish = (): SelectionRoundCommand => ({ type: 'PublishRanking', at: AT });
export const announce = (): SelectionRoundCommand => ({ type: 'AnnounceResults', at: AT });

export const PASSING: SkdScores = { TWK: 100, TIU: 110, TKP: 180 };
export const FAILING: SkdScores = { TWK: 60, TIU: 110, TKP: 180 };

/** The events a sequence of accepted commands produces: histories are built through the decider itself. */
export function history(...commands: SelectionRoundCommand[]): SelectionRoundEvent[] {
  const events: SelectionRoundEvent[] = [];
  let state = selectionRoundDecider.initialState();
  for (const command of commands) {
    const decided = selectionRoundDecider.decide(command, state);
    for (const event of decided) state = selectionRoundDecider.evolve(state, event);
    events.push(...decided);
  }
  return events;
}

/** Open, F1, panel member M1, applicants A1 and A2, registration closed. */
export const closedRound = (...more: SelectionRoundCommand[]) =>
  history(openRound(), addFormasi(), appointMember(), registerApplicant(1), registerApplicant(2), close(), ...more);

/** A1 passed and is LULUS (quota 1), A2 failed; results announced. */
export const announcedRound = (...more: SelectionRoundCommand[]) =>
  closedRound(recordResult(1, PASSING), recordResult(2, FAILING), publish(), announce(), ...more);
