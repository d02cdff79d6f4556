import { Sex } from '../../shared';
import { CountingUnit, EmploymentKind, EvidenceKind, LeaveAuthority, LeaveKind, LeaveSubKind } from './leave.vocabulary';

/** A length limit: `amount` of `unit` (months: the request must end before the same day `amount` months later). */
export interface LengthLimit {
  readonly unit: CountingUnit;
  readonly amount: number;
}

/** Documents a request must carry: one of `anyOf`, when the counted length is over `overDays` (0: always). */
export interface EvidenceRule {
  readonly anyOf: readonly EvidenceKind[];
  readonly overDays: number;
  readonly label: string;
}

/** What a sub-kind changes of its kind's rules. */
export interface SubKindRule {
  readonly max?: LengthLimit | null;
  readonly sex?: Sex;
  readonly evidence?: readonly EvidenceRule[];
  /** Cuti besar for the first hajj waives the service condition. */
  readonly waivesMinService?: boolean;
}

/** The rules of one kind of leave for PNS or PPPK. */
export interface KindRule {
  /** False for cuti bersama: decreed, never requested. */
  readonly requestable: boolean;
  /** Years of continuous service (masa kerja from TMT) before the first day of leave. */
  readonly minServiceYears: number;
  /** How the length is counted and recorded. */
  readonly counting: CountingUnit;
  /** The longest one request may be; null: no limit (e.g. a work accident, until recovered). */
  readonly max: LengthLimit | null;
  readonly evidence: readonly EvidenceRule[];
  readonly sex?: Sex;
  readonly subKinds?: Partial<Record<LeaveSubKind, SubKindRule>>;
  readonly subKindRequired?: boolean;
  /** Cuti melahirkan: only for the 1st–3rd child (from the 4th a PNS takes cuti besar). */
  readonly maxChildOrder?: number;
  readonly legalBasis: string;
}

/** Cuti tahunan's ledger: entitlement and carry-over (PP 11/2017 ps. 310–313). */
export interface AnnualLeaveRule {
  /** Working days a year. */
  readonly entitlement: number;
  /** The most a year may hold with one year's unused days carried over, the current year's included. */
  readonly carryCap: number;
  /** The most after two or more years in a row unused (or a postponement by the PyB), the current year's included. */
  readonly twoYearCap: number;
  /** Calendar days of travel that may be added, uncharged, for leave in a place hard to reach. */
  readonly remoteTravelDays: number;
}

/** How long a step may wait before the approver is reminded, then the step escalated (working days). */
export interface WaitingLimits {
  readonly reminderAfterWorkingDays: number;
  readonly escalateAfterWorkingDays: number;
}

export interface LeavePolicy {
  readonly version: string;
  readonly validFrom: string;
  readonly legalBasis: readonly string[];
  readonly kinds: Readonly<Record<EmploymentKind, Partial<Record<LeaveKind, KindRule>>>>;
  readonly annual: Readonly<Record<EmploymentKind, AnnualLeaveRule>>;
  /** [M] Years between the end of one cuti besar and the start of the next. */
  readonly cutiBesarIntervalYears: number;
  /** [M] No processing deadline was found in the regulations (DOMAIN.md §1.14): policy data. */
  readonly waiting: WaitingLimits;
  /** [M] Sick leave of at least this many calendar days is published as an extended absence. */
  readonly longSickLeaveDays: number;
}

const PNS_BASIS = 'PP 11/2017 ps. 309–340 jo. PP 17/2020; Peraturan BKN 24/2017 jo. 7/2021';
const PPPK_BASIS = 'PP 49/2018 ps. 93; Peraturan BKN 7/2022';
const doctor: EvidenceRule = { anyOf: [EvidenceKind.SURAT_DOKTER, EvidenceKind.SURAT_DOKTER_PEMERINTAH], overDays: 0, label: 'surat keterangan dokter' };
const governmentDoctor: EvidenceRule = { anyOf: [EvidenceKind.SURAT_DOKTER_PEMERINTAH], overDays: 14, label: 'surat keterangan dokter pemerintah (lebih dari 14 hari)' };
const hospital: EvidenceRule = { anyOf: [EvidenceKind.SURAT_RUMAH_SAKIT], overDays: 0, label: 'surat keterangan rumah sakit' };
const months = (amount: number): LengthLimit => ({ unit: CountingUnit.CALENDAR_MONTHS, amount });
const days = (amount: number): LengthLimit => ({ unit: CountingUnit.CALENDAR_DAYS, amount });

const PNS_KINDS: Partial<Record<LeaveKind, KindRule>> = {
  // PP 11/2017 ps. 311: after 1 year of continuous service, 12 working days; the balance caps each request.
  TAHUNAN: { requestable: true, minServiceYears: 1, counting: CountingUnit.WORKING_DAYS, max: null, evidence: [], legalBasis: `${PNS_BASIS}, ps. 310–314` },
  // ps. 315–317: 5 years of service (waived for the first hajj), at most 3 months.
  BESAR: {
    requestable: true,
    minServiceYears: 5,
    counting: CountingUnit.CALENDAR_DAYS,
    max: months(3),
    evidence: [],
    subKinds: { IBADAH_HAJI_PERTAMA: { waivesMinService: true } },
    legalBasis: `${PNS_BASIS}, ps. 315–317`,
  },
  // ps. 318–324: a doctor's letter; over 14 days a government doctor's; 1 year + 6 months at most;
  // miscarriage 1.5 months (45 days [M]); a work accident until recovered.
  SAKIT: {
    requestable: true,
    minServiceYears: 0,
    counting: CountingUnit.CALENDAR_DAYS,
    max: months(18),
    evidence: [doctor, governmentDoctor],
    subKinds: { SAKIT_UMUM: {}, GUGUR_KANDUNGAN: { max: days(45), sex: Sex.FEMALE }, KECELAKAAN_KERJA: { max: null } },
    legalBasis: `${PNS_BASIS}, ps. 318–324`,
  },
  // ps. 325–329: 3 months for the 1st–3rd child.
  MELAHIRKAN: { requestable: true, minServiceYears: 0, counting: CountingUnit.CALENDAR_DAYS, max: months(3), evidence: [], sex: Sex.FEMALE, maxChildOrder: 3, legalBasis: `${PNS_BASIS}, ps. 325–329` },
  // ps. 330–332 jo. PP 17/2020: at most 1 month, incl. a husband whose wife gives birth.
  ALASAN_PENTING: {
    requestable: true,
    minServiceYears: 0,
    counting: CountingUnit.CALENDAR_DAYS,
    max: months(1),
    evidence: [],
    subKindRequired: true,
    subKinds: {
      KELUARGA_SAKIT_KERAS: { evidence: [{ ...hospital, label: 'surat keterangan rawat inap / dokter' , anyOf: [EvidenceKind.SURAT_RUMAH_SAKIT, EvidenceKind.SURAT_DOKTER] }] },
      KELUARGA_MENINGGAL: {},
      PERNIKAHAN: {},
      BENCANA: {},
      ISTRI_MELAHIRKAN: { sex: Sex.MALE, evidence: [hospital] },
    },
    legalBasis: `${PNS_BASIS}, ps. 330–332`,
  },
  // Keppres on cuti bersama each year: for ASN it does not reduce cuti tahunan.
  CUTI_BERSAMA: { requestable: false, minServiceYears: 0, counting: CountingUnit.WORKING_DAYS, max: null, evidence: [], legalBasis: 'Keppres 7/2024, 2/2025, 42/2025' },
  // ps. 333–339: after 5 years, at most 3 years, extendable by 1.
  CLTN: {
    requestable: true,
    minServiceYears: 5,
    counting: CountingUnit.CALENDAR_DAYS,
    max: months(36),
    evidence: [],
    subKinds: { PERPANJANGAN_CLTN: { max: months(12) } },
    legalBasis: `${PNS_BASIS}, ps. 333–339`,
  },
};

const PPPK_KINDS: Partial<Record<LeaveKind, KindRule>> = {
  TAHUNAN: { ...PNS_KINDS.TAHUNAN!, legalBasis: PPPK_BASIS },
  // Peraturan BKN 7/2022: at most 1 month; a work accident until the contract ends.
  SAKIT: { ...PNS_KINDS.SAKIT!, max: months(1), subKinds: { SAKIT_UMUM: {}, KECELAKAAN_KERJA: { max: null } }, legalBasis: PPPK_BASIS },
  MELAHIRKAN: { ...PNS_KINDS.MELAHIRKAN!, legalBasis: PPPK_BASIS },
  CUTI_BERSAMA: { ...PNS_KINDS.CUTI_BERSAMA!, legalBasis: `${PPPK_BASIS}; Keppres cuti bersama` },
};

/** Every published version; the one valid on a request's first day applies and is recorded with it. */
export const LEAVE_POLICIES: readonly LeavePolicy[] = [
  {
    version: '2021.1',
    validFrom: '2021-01-01',
    legalBasis: [PNS_BASIS, PPPK_BASIS],
    kinds: { PNS: PNS_KINDS, PPPK: PPPK_KINDS },
    // [?] PPPK carry-over applies to contracts over 2 (18) / 3 (24) years; the contract length is not in the record yet.
    // PP 11/2017 ps. 311: +12 calendar days to a place hard to reach; Perban 7/2022: +6 for PPPK.
    annual: { PNS: { entitlement: 12, carryCap: 18, twoYearCap: 24, remoteTravelDays: 12 }, PPPK: { entitlement: 12, carryCap: 18, twoYearCap: 24, remoteTravelDays: 6 } },
    cutiBesarIntervalYears: 5,
    waiting: { reminderAfterWorkingDays: 3, escalateAfterWorkingDays: 5 },
    longSickLeaveDays: 30,
  },
];

export function leavePolicyOn(date: string, policies: readonly LeavePolicy[] = LEAVE_POLICIES): LeavePolicy {
  const applicable = policies.filter((p) => p.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  if (applicable.length === 0) throw new Error(`No leave policy applies on ${date}`);
  return applicable[0];
}

/**
 * Who decides each kind, per instansi ('*' is the default). [M] A Pemda's PPK delegates leave by
 * Perwal/Perbup; the prototype's default: the kepala OPD decides all but cuti besar and CLTN, which
 * the PPK signs (ADMIN_BKD records them).
 */
export const LEAVE_AUTHORITIES: Readonly<Record<string, Readonly<Record<LeaveKind, LeaveAuthority>>>> = {
  '*': {
    TAHUNAN: LeaveAuthority.KEPALA_OPD,
    SAKIT: LeaveAuthority.KEPALA_OPD,
    MELAHIRKAN: LeaveAuthority.KEPALA_OPD,
    ALASAN_PENTING: LeaveAuthority.KEPALA_OPD,
    CUTI_BERSAMA: LeaveAuthority.KEPALA_OPD,
    BESAR: LeaveAuthority.PPK,
    CLTN: LeaveAuthority.PPK,
  },
};

export function leaveAuthorityOf(instansiId: string, kind: LeaveKind): LeaveAuthority {
  return (LEAVE_AUTHORITIES[instansiId] ?? LEAVE_AUTHORITIES['*'])[kind];
}

/** PP 11/2017 ps. 309 jo. SE Kepala BKN 1/SE/I/2021: a Plh/Plt may grant leave except CLTN and leave abroad. */
export function actingMayDecide(kind: LeaveKind, abroad: boolean): boolean {
  return kind !== LeaveKind.CLTN && !abroad;
}
