import { JenisJabatan } from '@modules/organisation';
/**
 * Test data for the Employee specs (not part of the public API). Budi: PNS, NIP
 * 198609262015051001 (born 1986-09-26, TMT CPNS 2015-05, male, sequence 001). Sari: PPPK,
 * NI 199312282025212001 (born 1993-12-28, appointed 2025, female, sequence 001).
 */
import {
  ConfirmAward,
  CorrectEmployeeData,
  EndActingAssignment,
  ProposeAward,
  PromoteEmployee,
  RecordDisciplinaryAction,
  RegisterEmployee,
  ReassignIdentifier,
  RejectAward,
  RetireEmployee,
  StartActingAssignment,
  TransferEmployee,
} from '../employee.commands';
import {
  ActingAssignmentStarted,
  AwardNominationProposed,
  DisciplinaryActionRecorded,
  EmployeeEvent,
  EmployeeEventType,
  EmployeeRegistered,
  EmployeeRetired,
  IdentifierReassigned,
} from '../employee.events';
import { LegalBasis } from '@modules/shared/legal-basis';
import { CORRECTION_SAMPLES } from './correction.fixtures';

export const SK: LegalBasis = { skNumber: '800/123/BKPSDM/2025', skDate: '2025-03-10' };
export const EMPLOYEE_ID = 'emp-budi';

export const registerBudi: RegisterEmployee = {
  type: 'RegisterEmployee',
  employeeId: EMPLOYEE_ID,
  employmentType: 'PNS',
  identifier: '198609262015051001',
  name: 'Budi Santoso',
  birthDate: '1986-09-26',
  sex: 'MALE',
  tmt: '2015-05-01',
  golongan: 'III_A',
  golonganTmt: '2021-04-01',
  education: 'S1',
  unitId: 'unit-bkpsdm',
  positionId: 'pos-analis',
  contacts: { email: 'budi@example.go.id' },
  registeredAt: '2025-01-15T03:00:00.000Z',
};

export const budiRegistered: EmployeeRegistered = {
  type: 'personnel.EmployeeRegistered',
  data: {
    employeeId: EMPLOYEE_ID,
    employmentType: 'PNS',
    identifierType: 'NIP',
    identifier: '198609262015051001',
    name: 'Budi Santoso',
    birthDate: '1986-09-26',
    sex: 'MALE',
    tmt: '2015-05-01',
    golongan: 'III_A',
    golonganTmt: '2021-04-01',
    education: 'S1',
    unitId: 'unit-bkpsdm',
    positionId: 'pos-analis',
    contacts: { email: 'budi@example.go.id', phone: null },
    maxAgeAtAppointment: 35,
    registeredAt: '2025-01-15T03:00:00.000Z',
  },
};

export function registered(overrides: Partial<EmployeeRegistered['data']> = {}): EmployeeRegistered {
  return { type: 'personnel.EmployeeRegistered', data: { ...budiRegistered.data, ...overrides } };
}

export const registerSari: RegisterEmployee = {
  ...registerBudi,
  employeeId: 'emp-sari',
  employmentType: 'PPPK',
  identifier: '199312282025212001',
  name: 'Sari Dewi',
  birthDate: '1993-12-28',
  sex: 'FEMALE',
  tmt: '2025-03-01',
  golongan: 'IX',
  golonganTmt: '2025-03-01',
  contacts: undefined,
};

export const sariRegistered = registered({
  employeeId: 'emp-sari',
  employmentType: 'PPPK',
  identifierType: 'NI_PPPK',
  identifier: '199312282025212001',
  name: 'Sari Dewi',
  birthDate: '1993-12-28',
  sex: 'FEMALE',
  tmt: '2025-03-01',
  golongan: 'IX',
  golonganTmt: '2025-03-01',
  contacts: { email: null, phone: null },
});

/** Sari's new NI PPPK for a contract with another instansi: same birth date, sex and year, sequence 014. */
export const reassignSari: ReassignIdentifier = {
  type: 'ReassignIdentifier',
  employeeId: 'emp-sari',
  newIdentifier: '199312282025212014',
  contractStart: '2025-09-01',
  legalBasis: SK,
  reason: 'Perjanjian kerja baru dengan Pemerintah Kota Binjai',
};

export const sariReassigned: IdentifierReassigned = {
  type: 'personnel.IdentifierReassigned',
  data: { employeeId: 'emp-sari', from: '199312282025212001', to: '199312282025212014', identifierType: 'NI_PPPK', contractStart: '2025-09-01', legalBasis: SK },
};

export const correct = (changes: CorrectEmployeeData['changes']): CorrectEmployeeData => ({
  type: 'CorrectEmployeeData',
  employeeId: EMPLOYEE_ID,
  changes,
  reason: 'Sesuai akta kelahiran',
  legalBasis: SK,
});

export const transfer: TransferEmployee = {
  type: 'TransferEmployee',
  employeeId: EMPLOYEE_ID,
  toUnitId: 'unit-dinkes',
  toPositionId: 'pos-perencana',
  effectiveDate: '2025-04-01',
  legalBasis: SK,
};

export const startPlt: StartActingAssignment = {
  type: 'StartActingAssignment',
  employeeId: EMPLOYEE_ID,
  assignmentId: 'plt-1',
  kind: 'PLT',
  positionId: 'pos-kabid',
  unitId: 'unit-bkpsdm',
  from: '2025-04-01',
  until: '2025-06-30',
  legalBasis: SK,
  // A vacant kabid (administrator) post; the appointee reads as a pengawas here.
  posts: { target: { jenisJabatan: JenisJabatan.ADMINISTRATOR, held: false }, ownJenisJabatan: JenisJabatan.PENGAWAS },
};

export const pltStarted: ActingAssignmentStarted = {
  type: 'personnel.ActingAssignmentStarted',
  data: { employeeId: EMPLOYEE_ID, assignmentId: 'plt-1', kind: 'PLT', positionId: 'pos-kabid', unitId: 'unit-bkpsdm', from: '2025-04-01', until: '2025-06-30', legalBasis: SK },
};

export const endPlt: EndActingAssignment = { type: 'EndActingAssignment', employeeId: EMPLOYEE_ID, assignmentId: 'plt-1', endedOn: '2025-05-15', reason: 'Pejabat definitif dilantik' };

/** The SKP documents of the years before the system (a recorded predikat's legal basis). */
export const SKP_2024 = { skNumber: '800/SKP/2024/0112', skDate: '2025-01-08' };
export const SKP_2023 = { skNumber: '800/SKP/2023/0098', skDate: '2024-01-09' };

/** Eligible on the registered Budi: III/a since 2021-04-01, S1, superior III/d. */
export const promote: PromoteEmployee = {
  type: 'PromoteEmployee',
  employeeId: EMPLOYEE_ID,
  toGolongan: 'III_B',
  tmt: '2025-04-01',
  predikat: [
    { year: 2024, predikat: 'BAIK', legalBasis: SKP_2024 },
    { year: 2023, predikat: 'SANGAT_BAIK', legalBasis: SKP_2023 },
  ],
  superiorGolongan: 'III_D',
  jf: { isJf: false, angkaKreditMet: false },
  legalBasis: SK,
};

export const recordHukdis = (overrides: Partial<RecordDisciplinaryAction> = {}): RecordDisciplinaryAction => ({
  type: 'RecordDisciplinaryAction',
  employeeId: EMPLOYEE_ID,
  hukdisId: 'hd-1',
  hukdisType: 'POTONG_TUKIN_25_6BLN',
  decidedAt: '2025-01-10',
  effectiveFrom: '2025-01-15',
  legalBasis: SK,
  description: 'Pungutan di luar ketentuan',
  ...overrides,
});

export const hukdisRecorded = (overrides: Partial<DisciplinaryActionRecorded['data']> = {}): DisciplinaryActionRecorded => ({
  type: 'personnel.DisciplinaryActionRecorded',
  data: {
    employeeId: EMPLOYEE_ID,
    hukdisId: 'hd-1',
    hukdisType: 'POTONG_TUKIN_25_6BLN',
    level: 'SEDANG',
    decidedAt: '2025-01-10',
    effectiveFrom: '2025-01-15',
    activeUntil: '2025-07-15',
    hukdisTable: 'HUKDIS_V1',
    legalBasis: SK,
    description: 'Pungutan di luar ketentuan',
    ...overrides,
  },
});

export const proposeAward: ProposeAward = { type: 'ProposeAward', employeeId: EMPLOYEE_ID, nominationId: 'nom-1', asOf: '2025-05-01' };

export const awardProposed: AwardNominationProposed = {
  type: 'personnel.AwardNominationProposed',
  data: { employeeId: EMPLOYEE_ID, nominationId: 'nom-1', award: 'SATYALANCANA_KARYA_SATYA', awardClass: 'X', serviceYears: 10, tmtCpns: '2015-05-01', asOf: '2025-05-01' },
};

export const confirmAward: ConfirmAward = { type: 'ConfirmAward', employeeId: EMPLOYEE_ID, nominationId: 'nom-1', decidedOn: '2025-06-02', reason: 'Memenuhi syarat' };
export const rejectAward: RejectAward = { type: 'RejectAward', employeeId: EMPLOYEE_ID, nominationId: 'nom-1', decidedOn: '2025-06-02', reason: 'Pernah CLTN' };

/** Budi (born 26 Sep 1986) in a pelaksana post: BUP 58, so pensiun BUP on 1 Oct 2044. */
export const retire = (kind: RetireEmployee['kind'] = 'PENSIUN_BUP', over: Partial<RetireEmployee> = {}): RetireEmployee => ({
  type: 'RetireEmployee',
  employeeId: EMPLOYEE_ID,
  kind,
  effectiveDate: '2044-10-01',
  legalBasis: SK,
  jenisJabatan: JenisJabatan.PELAKSANA,
  ...over,
});

export const retired = (kind: EmployeeRetired['data']['kind'] = 'PENSIUN_BUP'): EmployeeRetired => ({
  type: 'personnel.EmployeeRetired',
  data: { employeeId: EMPLOYEE_ID, kind, effectiveDate: '2044-10-01', legalBasis: SK },
});

/** One sample of every event type: a Record, so a new type must be added here too. */
export const SAMPLE_EVENTS: Record<EmployeeEventType, EmployeeEvent> = {
  'personnel.EmployeeRegistered': budiRegistered,
  'personnel.NipInconsistencyDetected': {
    type: 'personnel.NipInconsistencyDetected',
    data: { employeeId: EMPLOYEE_ID, identifierType: 'NIP', identifier: '198609262015051001', mismatches: [{ field: 'sex', fromIdentifier: 'MALE', recorded: 'FEMALE' }] },
  },
  'personnel.NipInconsistencyResolved': { type: 'personnel.NipInconsistencyResolved', data: { employeeId: EMPLOYEE_ID, identifier: '198609262015051001' } },
  'personnel.EmployeeDataCorrected': {
    type: 'personnel.EmployeeDataCorrected',
    data: { employeeId: EMPLOYEE_ID, changes: [{ field: 'name', from: 'Budi Santoso', to: 'Budi Santoso, S.E.' }], reason: 'Gelar', legalBasis: SK },
  },
  'personnel.IdentifierReassigned': {
    type: 'personnel.IdentifierReassigned',
    data: { employeeId: EMPLOYEE_ID, from: '198609262015051001', to: '198609262025211001', identifierType: 'NI_PPPK', contractStart: '2025-09-01', legalBasis: SK },
  },
  'personnel.EmployeeTransferred': {
    type: 'personnel.EmployeeTransferred',
    data: { employeeId: EMPLOYEE_ID, from: { unitId: 'unit-bkpsdm', positionId: 'pos-analis' }, to: { unitId: 'unit-dinkes', positionId: 'pos-perencana' }, effectiveDate: '2025-04-01', legalBasis: SK },
  },
  'personnel.ActingAssignmentStarted': pltStarted,
  'personnel.ActingAssignmentEnded': { type: 'personnel.ActingAssignmentEnded', data: { employeeId: EMPLOYEE_ID, assignmentId: 'plt-1', endedOn: '2025-05-15', reason: 'Definitif' } },
  'personnel.EmployeePromoted': {
    type: 'personnel.EmployeePromoted',
    data: {
      employeeId: EMPLOYEE_ID,
      kind: 'REGULER',
      from: 'III_A',
      to: 'III_B',
      tmt: '2025-04-01',
      predikat: [{ year: 2024, predikat: 'BAIK', source: 'RECORDED_INPUT' }],
      superiorGolongan: 'III_D',
      jf: { isJf: false, angkaKreditMet: false },
      education: 'S1',
      referenceData: { educationCeilings: 'EDUCATION_CEILINGS_V1', kpPeriods: 'KP_PERIODS_V1' },
      legalBasis: SK,
    },
  },
  'personnel.DisciplinaryActionRecorded': hukdisRecorded(),
  'personnel.AwardNominationProposed': awardProposed,
  'personnel.AwardNominationConfirmed': {
    type: 'personnel.AwardNominationConfirmed',
    data: { employeeId: EMPLOYEE_ID, nominationId: 'nom-1', awardClass: 'X', decidedOn: '2025-06-02', reason: 'OK', legalBasis: null },
  },
  'personnel.AwardNominationRejected': {
    type: 'personnel.AwardNominationRejected',
    data: { employeeId: EMPLOYEE_ID, nominationId: 'nom-1', awardClass: 'X', decidedOn: '2025-06-02', reason: 'No' },
  },
  'personnel.EmployeeRetired': retired(),
  ...CORRECTION_SAMPLES,

  'personnel.PastGolonganRecorded': { type: 'personnel.PastGolonganRecorded', data: { employeeId: EMPLOYEE_ID, golongan: 'II_D', tmt: '2017-04-01', legalBasis: null } },
  'personnel.PastPositionRecorded': { type: 'personnel.PastPositionRecorded', data: { employeeId: EMPLOYEE_ID, unitId: 'unit-bkpsdm', positionId: 'pos-pengadministrasi', tmt: '2015-05-01', legalBasis: SK } },
  'personnel.PastEducationRecorded': { type: 'personnel.PastEducationRecorded', data: { employeeId: EMPLOYEE_ID, education: 'SLTA', graduatedOn: '2004-06-01', institution: 'SMA Negeri 1 Medan' } },
};
