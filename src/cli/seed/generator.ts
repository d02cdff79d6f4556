import { deriveId } from '@kernel/ids';
import {
  EDUCATION_CEILINGS_V1,
  Education,
  EmploymentType,
  Golongan,
  GOLONGAN_ORDER,
  GolonganPppk,
  HukdisType,
  IsoDate,
  LegalBasis,
  Predikat,
  RegisterEmployee,
  Sex,
  YearPredikat,
  addMonths,
  addYears,
  checkKpReguler,
  daysInMonth,
  educationCeiling,
  fullYearsBetween,
  isGolongan,
  nextGolongan,
  toIsoDate,
} from '@modules/personnel/employee/domain';
import {
  ActingKind,
  InstansiKind,
  JenisJabatan as J,
  OrgTree,
  PositionHolders,
  PositionStatus,
  UnitKind,
  UnitStatus,
  positionIdOf,
  resolveAppraisers,
  unitIdOf,
} from '@modules/organisation';
import { initialsOf, registrationNumberOf } from '@modules/personnel/recruitment/applicant-identity';
import { rankSelection } from '@modules/personnel/recruitment/ranking';
import { ConflictRelation, PanelRole } from '@modules/personnel/recruitment/recruitment.vocabulary';
import { SKD_2024, SkdScores } from '@modules/personnel/recruitment/skd-reference';
import { FAMILY_NAMES, FEMALE_NAMES, Field, GELAR, INSTANSI, InstansiSpec, MAJORS, MALE_MIDDLE_NAMES, MALE_NAMES, FEMALE_MIDDLE_NAMES, NIK_KECAMATAN, OpdSpec, STAFF_POSITIONS } from './data';
import { Random, apportion } from './random';

/**
 * The demo dataset as a deterministic plan: the same options always give the same instansi, units,
 * positions, employees (with NIPs), careers and recruitment round, so the commands built from it carry
 * the same idempotency keys on every run. Pure: no Nest, no I/O, no clock.
 *
 * Dates are fixed, not taken from today: the record is "as of" PLAN_DATE. Career history (KP every
 * four years or more, on 1 April / 1 October until 2024 and monthly from 2025) ends by HISTORY_END;
 * the careers the seed sends as commands (transfers, promotions, hukdis, Plt/Plh) fall in 2026.
 */

export const PLAN_SEED = 20_260_701;
/** The latest TMT jabatan of the seeded posts: every post is held through the whole of 2025 (the seeded performance year before 2026). */
export const POSITION_TMT_BY: IsoDate = '2024-12-01';

/**
 * The TMT jabatan (since when the employee holds the post they are registered in): the 1st of a
 * month one to five years before POSITION_TMT_BY, read off the identifier's last digits (no draw from
 * the plan's random stream, so the rest of the plan stays as it was), and never before the TMT —
 * an employee appointed after POSITION_TMT_BY holds the post from the appointment.
 */
export function positionTmtFor(tmt: IsoDate, identifier: string): IsoDate {
  const n = Number(identifier.slice(-3));
  const year = Number(POSITION_TMT_BY.slice(0, 4)) - 1 - (n % 5);
  const month = ((Math.floor(n / 5) % 12) + 1).toString().padStart(2, '0');
  const candidate = `${year}-${month}-01` > POSITION_TMT_BY ? POSITION_TMT_BY : `${year}-${month}-01`;
  return candidate < tmt ? tmt : candidate;
}
export const PLAN_DATE: IsoDate = '2026-11-01';
const HISTORY_END: IsoDate = '2025-12-01';
const PROMOTION_FROM: IsoDate = '2026-01-01';
const PROMOTION_UNTIL: IsoDate = '2026-10-01';
const EARLIEST_BIRTH: IsoDate = '1965-01-01';
const LATEST_BIRTH: IsoDate = '2000-12-31';
/** [M] DEFAULT_MAX_AGE_AT_APPOINTMENT: the seed stays within the default CPNS age rule. */
const MAX_AGE_AT_TMT = 35;

export interface SeedSize {
  readonly label: 'full' | 'small';
  /** How many OPD (in the data's order) of each instansi. */
  readonly opdPerInstansi: Readonly<Record<string, number>>;
  /** Employees in the end, the recruitment's appointees included. */
  readonly employees: number;
  readonly transfers: number;
  readonly promotions: number;
  readonly applicants: number;
}

export const FULL_SIZE: SeedSize = { label: 'full', opdPerInstansi: { 'kota-medan': 25, 'kota-binjai': 15 }, employees: 5000, transfers: 100, promotions: 100, applicants: 30 };
export const SMALL_SIZE: SeedSize = { label: 'small', opdPerInstansi: { 'kota-medan': 4, 'kota-binjai': 2 }, employees: 200, transfers: 6, promotions: 6, applicants: 12 };

// ---------------------------------------------------------------------------------------------------
// The plan

export interface InstansiPlan {
  readonly instansiId: string;
  readonly name: string;
  readonly kind: InstansiKind;
  readonly kepalaDaerahTitle: string;
}

export interface UnitPlan {
  readonly unitId: string;
  readonly instansiId: string;
  readonly parentUnitId: string | null;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** The top-level unit (OPD or kecamatan) it belongs to. */
  readonly opdUnitId: string;
}

export interface PositionPlan {
  readonly positionId: string;
  readonly unitId: string;
  readonly instansiId: string;
  readonly opdUnitId: string;
  readonly code: string;
  readonly name: string;
  readonly jenisJabatan: J;
  readonly isUnitHead: boolean;
  readonly kelasJabatan: number;
}

/** One employee to register: the domain's RegisterEmployee fields, plus the instansi it belongs to. */
export type EmployeePlan = Pick<
  RegisterEmployee,
  'employeeId' | 'employmentType' | 'identifier' | 'name' | 'birthDate' | 'sex' | 'tmt' | 'golongan' | 'golonganTmt' | 'education' | 'unitId' | 'positionId'
> & { readonly instansiId: string; readonly positionTmt: IsoDate };

export interface TransferPlan {
  readonly employeeId: string;
  readonly identifier: string;
  readonly toUnitId: string;
  readonly toPositionId: string;
  readonly effectiveDate: IsoDate;
  readonly legalBasis: LegalBasis;
}

export interface PromotionPlan {
  readonly employeeId: string;
  readonly identifier: string;
  readonly fromGolongan: Golongan;
  readonly toGolongan: Golongan;
  readonly tmt: IsoDate;
  readonly predikat: readonly YearPredikat[];
  readonly jf: { readonly isJf: boolean; readonly angkaKreditMet: boolean };
  /** What the pejabat penilai's golongan is expected to be; the command leaves it to the system to resolve. */
  readonly expectedSuperiorGolongan: Golongan;
  readonly legalBasis: LegalBasis;
}

export interface DisciplinaryPlan {
  readonly employeeId: string;
  readonly identifier: string;
  readonly hukdisId: string;
  readonly hukdisType: HukdisType;
  readonly decidedAt: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly legalBasis: LegalBasis;
  readonly description: string;
}

export interface ActingPlan {
  readonly assignmentId: string;
  readonly employeeId: string;
  readonly kind: ActingKind;
  readonly unitId: string;
  readonly positionId: string;
  readonly from: IsoDate;
  readonly until: IsoDate;
  readonly legalBasis: LegalBasis;
  /** Ended early (EndActingAssignment), with the reason. */
  readonly end?: { readonly endedOn: IsoDate; readonly reason: string };
}

export interface FormasiPlan {
  readonly formasiId: string;
  readonly unitId: string;
  readonly positionId: string;
  readonly jabatanName: string;
  readonly quota: number;
  readonly educationLevel: Education;
  readonly educationMajors: readonly string[];
}

export interface ApplicantPlan {
  readonly applicantId: string;
  readonly formasiId: string;
  readonly nik: string;
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  readonly educationLevel: Education;
  readonly educationMajor: string;
  /** Absent: did not sit the SKD. */
  readonly scores?: SkdScores;
  /** The panel member who verifies the BKN CAT import for this applicant. */
  readonly recordedByMemberId: string;
}

export interface RecruitmentPlan {
  readonly roundId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly name: string;
  readonly skdReferenceId: string;
  readonly importBatchId: string;
  readonly formasi: readonly FormasiPlan[];
  readonly panel: readonly { readonly memberId: string; readonly employeeId: string; readonly name: string; readonly role: PanelRole }[];
  readonly applicants: readonly ApplicantPlan[];
  readonly conflicts: readonly { readonly memberId: string; readonly applicantId: string; readonly relation: ConflictRelation }[];
  readonly appointments: readonly { readonly applicantId: string; readonly employeeId: string; readonly nip: string; readonly tmtCpns: IsoDate; readonly golongan: Golongan }[];
}

export interface SeedPlan {
  readonly size: SeedSize;
  readonly instansi: readonly InstansiPlan[];
  readonly units: readonly UnitPlan[];
  readonly positions: readonly PositionPlan[];
  readonly employees: readonly EmployeePlan[];
  readonly transfers: readonly TransferPlan[];
  readonly promotions: readonly PromotionPlan[];
  readonly disciplinary: readonly DisciplinaryPlan[];
  readonly acting: readonly ActingPlan[];
  readonly recruitment: RecruitmentPlan;
}

export interface PlanOptions {
  readonly small?: boolean;
}

export function buildPlan(options: PlanOptions = {}): SeedPlan {
  return new PlanBuilder(options.small ? SMALL_SIZE : FULL_SIZE).build();
}

// ---------------------------------------------------------------------------------------------------
// Who may hold what: education and golongan by jenis jabatan.

interface Profile {
  readonly education: readonly (readonly [Education, number])[];
  readonly min: Golongan | 'ENTRY';
  readonly max: Golongan | 'CEILING';
  /** Batas usia pensiun (retirement age). */
  readonly bup: number;
}

const PROFILES: Readonly<Record<J, Profile>> = {
  [J.JPT_MADYA]: { education: [['S2', 0.8], ['S3', 0.2]], min: 'IV_C', max: 'IV_E', bup: 60 },
  [J.JPT_PRATAMA]: { education: [['S2', 0.85], ['S3', 0.15]], min: 'IV_B', max: 'IV_D', bup: 60 },
  [J.ADMINISTRATOR]: { education: [['S2', 0.55], ['S1', 0.45]], min: 'III_D', max: 'IV_B', bup: 58 },
  [J.PENGAWAS]: { education: [['S1', 0.7], ['S2', 0.3]], min: 'III_C', max: 'IV_A', bup: 58 },
  [J.JF_AHLI_UTAMA]: { education: [['S3', 1]], min: 'IV_D', max: 'IV_E', bup: 65 },
  [J.JF_AHLI_MADYA]: { education: [['S2', 1]], min: 'IV_A', max: 'IV_C', bup: 60 },
  [J.JF_AHLI_MUDA]: { education: [['S1', 0.75], ['S2', 0.25]], min: 'III_C', max: 'III_D', bup: 58 },
  [J.JF_AHLI_PERTAMA]: { education: [['S1', 0.9], ['D_IV', 0.1]], min: 'III_A', max: 'III_B', bup: 58 },
  [J.JF_PENYELIA]: { education: [['D_III', 1]], min: 'III_C', max: 'III_D', bup: 58 },
  [J.JF_MAHIR]: { education: [['D_III', 1]], min: 'III_A', max: 'III_B', bup: 58 },
  [J.JF_TERAMPIL]: { education: [['D_III', 1]], min: 'II_C', max: 'II_D', bup: 58 },
  [J.JF_PEMULA]: { education: [['SLTA', 1]], min: 'II_A', max: 'II_B', bup: 58 },
  [J.PELAKSANA]: { education: [['SLTA', 0.45], ['D_III', 0.2], ['S1', 0.35]], min: 'ENTRY', max: 'CEILING', bup: 58 },
};

/** Golongan at appointment as CPNS, by the education of the formasi (a master's degree usually comes later, in service). */
const ENTRY_GOLONGAN: Readonly<Record<Education, Golongan>> = {
  SD: 'I_A', SLTP: 'I_C', SLTA: 'II_A', D_I: 'II_A', D_II: 'II_B', D_III: 'II_C', D_IV: 'III_A', S1: 'III_A', S2: 'III_A', S3: 'III_A',
};

/** Age at CPNS appointment, by education. */
const ENTRY_AGE: Readonly<Record<Education, readonly [number, number]>> = {
  SD: [18, 25], SLTP: [18, 26], SLTA: [19, 27], D_I: [20, 28], D_II: [20, 29], D_III: [21, 30], D_IV: [22, 32], S1: [22, 32], S2: [23, 32], S3: [23, 32],
};

/** PPPK golongan by education (Perpres 98/2020) [M]. */
const PPPK_GOLONGAN: Readonly<Record<Education, GolonganPppk>> = {
  SD: 'I', SLTP: 'IV', SLTA: 'V', D_I: 'VI', D_II: 'VI', D_III: 'VII', D_IV: 'IX', S1: 'IX', S2: 'X', S3: 'XI',
};

/** Heads' field of study, by OPD code (for the gelar in their names). */
const OPD_FIELD: Readonly<Record<string, Field>> = {
  DINKES: 'KEDOKTERAN', DISDIK: 'PENDIDIKAN', DPUPR: 'TEKNIK', DPKPP: 'TEKNIK', DISKOMINFO: 'KOMPUTER', BPKAD: 'EKONOMI', BAPENDA: 'EKONOMI',
  BAPPEDA: 'EKONOMI', INSPEKTORAT: 'EKONOMI', SETDA: 'HUKUM', SETWAN: 'HUKUM', SATPOLPP: 'HUKUM', DKPP: 'PERTANIAN', DINSOS: 'SOSIAL',
};

const gIndex = (g: Golongan) => GOLONGAN_ORDER.indexOf(g);

// ---------------------------------------------------------------------------------------------------
// Dates

/** The latest KP date on or before `date`: 1 April / 1 October until 2024, the 1st of any month from 2025 (KP_PERIODS_V1). */
function kpDateOnOrBefore(date: IsoDate): IsoDate {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (date >= '2025-01-01') return toIsoDate(year, month, 1);
  if (month >= 10) return toIsoDate(year, 10, 1);
  if (month >= 4) return toIsoDate(year, 4, 1);
  return toIsoDate(year - 1, 10, 1);
}

function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function firstOfMonth(year: number, month: number): IsoDate {
  return toIsoDate(year, month, 1);
}

// ---------------------------------------------------------------------------------------------------

/** Sequence numbers of NIP / NI PPPK: 001 for the first person with the same first 15 digits, then 002… */
export class IdentifierAllocator {
  private readonly next = new Map<string, number>();

  nip(birthDate: IsoDate, tmt: IsoDate, sex: Sex): string {
    return this.take(`${birthDate.replace(/-/g, '')}${tmt.slice(0, 7).replace('-', '')}${sexDigit(sex)}`);
  }

  /** NI PPPK: birth date, appointment year, the contract field "21" [M], sex, sequence. */
  niPppk(birthDate: IsoDate, tmt: IsoDate, sex: Sex): string {
    return this.take(`${birthDate.replace(/-/g, '')}${tmt.slice(0, 4)}21${sexDigit(sex)}`);
  }

  private take(prefix: string): string {
    const sequence = this.next.get(prefix) ?? 1;
    if (sequence > 999) throw new Error(`More than 999 identifiers share the prefix ${prefix}`);
    this.next.set(prefix, sequence + 1);
    return `${prefix}${String(sequence).padStart(3, '0')}`;
  }
}

function sexDigit(sex: Sex): '1' | '2' {
  return sex === 'MALE' ? '1' : '2';
}

/** A person before placement: the personal part of RegisterEmployee. */
type PersonDraft = Pick<RegisterEmployee, 'employmentType' | 'name' | 'birthDate' | 'sex' | 'tmt' | 'golongan' | 'golonganTmt' | 'education'>;

interface Slot {
  readonly position: PositionPlan;
  readonly catalogueCode?: string;
  readonly weight: number;
  readonly pppkShare: number;
  readonly femaleShare: number;
  readonly field: Field;
}

class PlanBuilder {
  private readonly rng = new Random(PLAN_SEED);
  private readonly identifiers = new IdentifierAllocator();
  private readonly instansi: InstansiPlan[] = [];
  private readonly units: UnitPlan[] = [];
  private readonly positions: PositionPlan[] = [];
  private readonly employees: EmployeePlan[] = [];
  /** Per OPD unit: its head and staff slots, in creation order. */
  private readonly opdSlots = new Map<string, { heads: Slot[]; staff: Slot[]; spec: OpdSpec; instansi: InstansiSpec }>();
  private readonly holderOf = new Map<string, EmployeePlan>();
  private readonly skCounters = new Map<string, number>();
  private vacantHead: PositionPlan | undefined;

  constructor(private readonly size: SeedSize) {}

  build(): SeedPlan {
    for (const spec of INSTANSI) this.addInstansi(spec);
    this.vacantHead = this.pickVacancy();
    const recruitmentSlots = this.recruitmentFormasiPositions();
    this.addEmployees(this.size.employees - recruitmentSlots.length);
    const acting = this.planActing();
    const disciplinary = this.planDisciplinary(acting);
    const reserved = new Set([...acting.map((a) => a.employeeId), ...disciplinary.map((d) => d.employeeId)]);
    const promotions = this.planPromotions(reserved, acting);
    for (const p of promotions) reserved.add(p.employeeId);
    const transfers = this.planTransfers(reserved);
    const recruitment = this.planRecruitment(recruitmentSlots);
    return {
      size: this.size,
      instansi: this.instansi,
      units: this.units,
      positions: this.positions,
      employees: this.employees,
      transfers,
      promotions,
      disciplinary,
      acting,
      recruitment,
    };
  }

  // --- Organisation ---------------------------------------------------------------------------------

  private addInstansi(spec: InstansiSpec): void {
    const { instansiId, name, kind, kepalaDaerahTitle } = spec;
    this.instansi.push({ instansiId, name, kind, kepalaDaerahTitle });
    const count = this.size.opdPerInstansi[instansiId] ?? spec.opd.length;
    for (const opd of spec.opd.slice(0, count)) this.addOpd(spec, opd);
  }

  private addOpd(instansi: InstansiSpec, opd: OpdSpec): void {
    const opdUnitId = unitIdOf(instansi.instansiId, opd.code);
    const slots = { heads: [] as Slot[], staff: [] as Slot[], spec: opd, instansi };
    this.opdSlots.set(opdUnitId, slots);
    const headField: Field = OPD_FIELD[opd.code] ?? 'UMUM';
    const addUnit = (code: string, name: string, kind: UnitKind, parentUnitId: string | null) => {
      const unit: UnitPlan = { unitId: unitIdOf(instansi.instansiId, code), instansiId: instansi.instansiId, parentUnitId, code, name, kind, opdUnitId };
      this.units.push(unit);
      return unit;
    };
    const addPosition = (unit: UnitPlan, code: string, name: string, jenis: J, kelas: number, isUnitHead: boolean) => {
      const position: PositionPlan = {
        positionId: positionIdOf(unit.unitId, code),
        unitId: unit.unitId,
        instansiId: instansi.instansiId,
        opdUnitId,
        code,
        name,
        jenisJabatan: jenis,
        isUnitHead,
        kelasJabatan: kelas,
      };
      this.positions.push(position);
      return position;
    };
    const addStaff = (unit: UnitPlan, staff: OpdSpec['staff']) => {
      for (const slot of staff) {
        const catalogue = STAFF_POSITIONS[slot.code];
        if (!catalogue) throw new Error(`Unknown staff position ${slot.code}`);
        const position = addPosition(unit, slot.code, catalogue.name, catalogue.jenis, catalogue.kelas, false);
        slots.staff.push({
          position,
          catalogueCode: slot.code,
          weight: slot.weight,
          pppkShare: slot.pppkShare ?? catalogue.pppkShare,
          femaleShare: catalogue.femaleShare ?? 0.5,
          field: catalogue.field ?? this.rng.pick<Field>(['UMUM', 'SOSIAL', 'EKONOMI', 'HUKUM']),
        });
      }
    };
    const headSlot = (position: PositionPlan): Slot => ({ position, weight: 0, pppkShare: 0, femaleShare: 0.35, field: headField });

    const root = addUnit(opd.code, opd.name, opd.kind, null);
    slots.heads.push(headSlot(addPosition(root, opd.head.code, opd.head.name, opd.head.jenis, opd.head.kelas, true)));
    addStaff(root, opd.staff);
    const bySuffix = new Map<string, UnitPlan>();
    for (const sub of opd.subunits) {
      const parent = sub.parentSuffix ? bySuffix.get(sub.parentSuffix) : root;
      if (!parent) throw new Error(`${opd.code}-${sub.suffix}: parent ${sub.parentSuffix} must come first`);
      const unit = addUnit(`${opd.code}-${sub.suffix}`, sub.name, sub.kind, parent.unitId);
      bySuffix.set(sub.suffix, unit);
      slots.heads.push(headSlot(addPosition(unit, sub.head.code, sub.head.name, sub.head.jenis, sub.head.kelas, true)));
      addStaff(unit, sub.staff);
    }
  }

  /** One structural post is left vacant, to be filled by a Plt: the first bidang head in Kota Binjai. */
  private pickVacancy(): PositionPlan | undefined {
    const bidang = this.units.find((u) => u.instansiId === 'kota-binjai' && u.kind === UnitKind.BIDANG);
    return bidang && this.positions.find((p) => p.unitId === bidang.unitId && p.isUnitHead);
  }

  // --- Employees ------------------------------------------------------------------------------------

  private addEmployees(total: number): void {
    const opds = [...this.opdSlots.entries()];
    const headCount = opds.reduce((n, [, s]) => n + s.heads.filter((h) => h.position !== this.vacantHead).length, 0);
    const staffTotal = total - headCount;
    if (staffTotal < 0) throw new Error(`${total} employees cannot fill ${headCount} head positions`);
    // Employees per instansi by its share, then per OPD by weight.
    const perInstansi = apportion(
      staffTotal,
      INSTANSI.map((i) => i.share),
    );
    const perOpd = new Array<number>(opds.length).fill(0);
    INSTANSI.forEach((spec, k) => {
      const mine = opds.map(([, s], i) => [i, s] as const).filter(([, s]) => s.instansi === spec);
      const counts = apportion(
        perInstansi[k],
        mine.map(([, s]) => s.spec.weight),
      );
      mine.forEach(([i], j) => (perOpd[i] = counts[j]));
    });
    opds.forEach(([, slots], i) => {
      for (const head of slots.heads) {
        if (head.position === this.vacantHead) continue;
        this.addEmployee(head, this.pnsDraft(head));
      }
      const perSlot = apportion(
        perOpd[i],
        slots.staff.map((s) => s.weight),
      );
      slots.staff.forEach((slot, j) => {
        for (let k = 0; k < perSlot[j]; k++) {
          const pppk = this.rng.chance(slot.pppkShare);
          this.addEmployee(slot, pppk ? this.pppkDraft(slot) : this.pnsDraft(slot));
        }
      });
    });
  }

  private addEmployee(slot: Slot, draft: PersonDraft): EmployeePlan {
    const identifier =
      draft.employmentType === 'PNS' ? this.identifiers.nip(draft.birthDate, draft.tmt, draft.sex) : this.identifiers.niPppk(draft.birthDate, draft.tmt, draft.sex);
    const employee: EmployeePlan = {
      ...draft,
      employeeId: seedEmployeeId(identifier),
      instansiId: slot.position.instansiId,
      identifier,
      unitId: slot.position.unitId,
      positionId: slot.position.positionId,
      positionTmt: positionTmtFor(draft.tmt, identifier),
    };
    this.employees.push(employee);
    if (slot.position.isUnitHead) this.holderOf.set(slot.position.positionId, employee);
    return employee;
  }

  /** A PNS whose golongan follows from the education and years of service (KP Reguler every ≥ 4 years, to the position's range). */
  private pnsDraft(slot: Slot): PersonDraft {
    const profile = PROFILES[slot.position.jenisJabatan];
    const sex: Sex = this.rng.chance(slot.femaleShare) ? 'FEMALE' : 'MALE';
    for (let attempt = 0; attempt < 1000; attempt++) {
      const education = this.rng.weighted(profile.education);
      const entry = ENTRY_GOLONGAN[education];
      const min = profile.min === 'ENTRY' ? entry : profile.min;
      const max = profile.max === 'CEILING' ? educationCeiling(education) : profile.max;
      if (gIndex(max) < gIndex(min) || gIndex(min) < gIndex(entry)) continue;
      const target = GOLONGAN_ORDER[this.rng.int(gIndex(min), gIndex(max))];
      const { tmt, golonganTmt } = this.timeline(entry, target);
      const birthDate = this.birthDateFor(tmt, ENTRY_AGE[education]);
      if (!this.plausible(birthDate, tmt, profile.bup)) continue;
      const name = this.personName(sex, education, slot.field);
      return { employmentType: 'PNS', name, birthDate, sex, tmt, golongan: target, golonganTmt, education };
    }
    throw new Error(`No plausible PNS for ${slot.position.positionId}`);
  }

  /**
   * When the person joined and when they reached `target`: the last KP up to five years before
   * HISTORY_END, earlier ones at least four years apart on KP dates, TMT CPNS four or more years
   * before the first KP.
   */
  private timeline(entry: Golongan, target: Golongan): { tmt: IsoDate; golonganTmt: IsoDate } {
    const steps = gIndex(target) - gIndex(entry);
    if (steps === 0) {
      const tmt = addMonths(HISTORY_END, -this.rng.int(0, 59));
      return { tmt, golonganTmt: tmt };
    }
    const delay = () => this.rng.weighted<number>([[0, 0.6], [1, 0.3], [2, 0.1]]);
    const golonganTmt = kpDateOnOrBefore(addMonths(HISTORY_END, -this.rng.int(0, 59)));
    let kp = golonganTmt;
    for (let step = 1; step < steps; step++) kp = kpDateOnOrBefore(addYears(kp, -(4 + delay())));
    const tmt = addMonths(kp, -(48 + 12 * delay() + this.rng.int(0, 11)));
    return { tmt, golonganTmt };
  }

  private birthDateFor(tmt: IsoDate, [minAge, maxAge]: readonly [number, number]): IsoDate {
    const year = Number(tmt.slice(0, 4)) - this.rng.int(minAge, maxAge);
    const month = this.rng.int(1, 12);
    return toIsoDate(year, month, this.rng.int(1, daysInMonth(year, month)));
  }

  /** Born 1965–2000, appointed at 18–35, not past the retirement age on PLAN_DATE. */
  private plausible(birthDate: IsoDate, tmt: IsoDate, bup: number): boolean {
    if (birthDate < EARLIEST_BIRTH || birthDate > LATEST_BIRTH) return false;
    const ageAtTmt = fullYearsBetween(birthDate, tmt);
    if (ageAtTmt < 18 || tmt > addYears(birthDate, MAX_AGE_AT_TMT)) return false;
    return fullYearsBetween(birthDate, PLAN_DATE) < bup;
  }

  private pppkDraft(slot: Slot): PersonDraft {
    const jenis = slot.position.jenisJabatan;
    const sex: Sex = this.rng.chance(slot.femaleShare) ? 'FEMALE' : 'MALE';
    for (let attempt = 0; attempt < 1000; attempt++) {
      const education: Education =
        jenis === J.PELAKSANA ? this.rng.weighted<Education>([['SLTA', 0.5], ['D_III', 0.2], ['S1', 0.3]]) : this.rng.weighted(PROFILES[jenis].education);
      const year = this.rng.weighted<number>([[2019, 0.05], [2021, 0.2], [2022, 0.25], [2023, 0.25], [2024, 0.2], [2025, 0.05]]);
      const tmt = firstOfMonth(year, this.rng.int(1, 12));
      const birthDate = this.birthDateFor(tmt, [22, 48]);
      if (birthDate < EARLIEST_BIRTH || birthDate > LATEST_BIRTH || fullYearsBetween(birthDate, tmt) < 18) continue;
      if (fullYearsBetween(birthDate, PLAN_DATE) >= 58) continue;
      const name = this.personName(sex, education, slot.field);
      return { employmentType: 'PPPK', name, birthDate, sex, tmt, golongan: PPPK_GOLONGAN[education], golonganTmt: tmt, education };
    }
    throw new Error(`No plausible PPPK for ${slot.position.positionId}`);
  }

  /** A name as on an SK, with the academic titles (gelar) of the education level. */
  private personName(sex: Sex, education: Education, field: Field, withTitles = true): string {
    const given = this.rng.pick<string>(sex === 'MALE' ? MALE_NAMES : FEMALE_NAMES);
    const style = this.rng.weighted<'family' | 'middle-family' | 'middle'>([['family', 0.55], ['middle-family', 0.25], ['middle', 0.2]]);
    const family = this.rng.pick<string>(FAMILY_NAMES);
    const middle = this.rng.pick<string>((sex === 'MALE' ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES).filter((m) => m !== given));
    const base = style === 'family' ? `${given} ${family}` : style === 'middle' ? `${given} ${middle}` : `${given} ${middle} ${family}`;
    if (!withTitles) return base;
    const g = GELAR[field];
    switch (education) {
      case 'D_III':
        return `${base}, ${g.d3}`;
      case 'D_IV':
      case 'S1':
        return g.prefix ? `${g.prefix} ${base}` : `${base}, ${g.s1}`;
      case 'S2':
        return g.prefix ? `${g.prefix} ${base}, ${g.s2}` : `${base}, ${g.s1}, ${g.s2}`;
      case 'S3':
        return g.prefix ? `Dr. ${g.prefix} ${base}, ${g.s2}` : `Dr. ${base}, ${g.s1}, ${g.s2}`;
      default:
        return base;
    }
  }

  // --- Careers --------------------------------------------------------------------------------------

  private sk(prefix: string, year: number, date: IsoDate): LegalBasis {
    const n = (this.skCounters.get(prefix) ?? 0) + 1;
    this.skCounters.set(prefix, n);
    return { skNumber: `${prefix}/${String(n).padStart(4, '0')}/BKPSDM/${year}`, skDate: date };
  }

  private headOf(unitId: string): EmployeePlan | undefined {
    const head = this.positions.find((p) => p.unitId === unitId && p.isUnitHead);
    return head && this.holderOf.get(head.positionId);
  }

  /** The Sekretaris of the OPD `unitId` belongs to (the usual stand-in for its head or a vacant kabid). */
  private sekretarisOf(opdUnitId: string): EmployeePlan | undefined {
    const sekre = this.units.find((u) => u.opdUnitId === opdUnitId && u.kind === UnitKind.SEKRETARIAT);
    return sekre && this.headOf(sekre.unitId);
  }

  private planActing(): ActingPlan[] {
    const plans: ActingPlan[] = [];
    // Plh: the Sekretaris stands in for the Kepala Dinas Kesehatan of Kota Medan during leave, ended early.
    const medanOpd = this.units.find((u) => u.instansiId === 'kota-medan' && u.code === 'DINKES') ?? this.units.find((u) => u.instansiId === 'kota-medan' && u.parentUnitId === null && this.sekretarisOf(u.unitId));
    const kadis = medanOpd && this.positions.find((p) => p.unitId === medanOpd.unitId && p.isUnitHead);
    const plh = medanOpd && this.sekretarisOf(medanOpd.unitId);
    if (medanOpd && kadis && plh) {
      plans.push({
        assignmentId: `seed-plh-${medanOpd.unitId.replace('.', '-')}-2026-07`,
        employeeId: plh.employeeId,
        kind: 'PLH',
        unitId: medanOpd.unitId,
        positionId: kadis.positionId,
        from: '2026-07-06',
        until: '2026-07-24',
        legalBasis: this.sk('800.1.3.3', 2026, '2026-07-03'),
        end: { endedOn: '2026-07-17', reason: 'Kepala Dinas kembali bertugas lebih awal (demo data, npm run seed)' },
      });
    }
    // Plt: the vacant kabid post in Kota Binjai is filled by the Sekretaris of the same OPD.
    const vacant = this.vacantHead;
    const plt = vacant && this.sekretarisOf(vacant.opdUnitId);
    if (vacant && plt) {
      plans.push({
        assignmentId: `seed-plt-${vacant.unitId.replace('.', '-')}-2026-09`,
        employeeId: plt.employeeId,
        kind: 'PLT',
        unitId: vacant.unitId,
        positionId: vacant.positionId,
        from: '2026-09-01',
        until: '2026-11-30',
        legalBasis: this.sk('800.1.3.3', 2026, '2026-08-28'),
      });
    }
    return plans;
  }

  /** One hukuman disiplin sedang: a pelaksana in Kota Medan (at the Dinas Perhubungan when it is in the plan). */
  private planDisciplinary(acting: readonly ActingPlan[]): DisciplinaryPlan[] {
    const busy = new Set(acting.map((a) => a.employeeId));
    const candidates = this.employees.filter((e) => e.instansiId === 'kota-medan' && e.employmentType === 'PNS' && !busy.has(e.employeeId));
    const staff = (e: EmployeePlan) => !this.positionOf(e).isUnitHead;
    const target =
      candidates.find((e) => staff(e) && e.positionId.includes('.dishub-') && this.positionOf(e).jenisJabatan === J.JF_TERAMPIL) ??
      candidates.find((e) => staff(e) && this.positionOf(e).jenisJabatan === J.PELAKSANA);
    if (!target) return [];
    return [
      {
        employeeId: target.employeeId,
        identifier: target.identifier,
        hukdisId: `seed-hukdis-${target.identifier}`,
        hukdisType: 'POTONG_TUKIN_25_9BLN',
        decidedAt: '2026-08-14',
        effectiveFrom: '2026-09-01',
        legalBasis: this.sk('800.1.6.4', 2026, '2026-08-14'),
        description: 'Melakukan pungutan di luar ketentuan dalam pelayanan kepada masyarakat (PP 94/2021, hukuman disiplin sedang).',
      },
    ];
  }

  private positionOf(employee: EmployeePlan): PositionPlan {
    return this.positionById().get(employee.positionId)!;
  }

  private employeeIndex?: Map<string, EmployeePlan>;
  private employeeOrder?: Map<string, number>;
  private employeeById(): Map<string, EmployeePlan> {
    this.employeeIndex ??= new Map(this.employees.map((e) => [e.employeeId, e]));
    return this.employeeIndex;
  }

  /** Plan order of an employee, so chosen subsets keep registration order. */
  private orderOf(employeeId: string): number {
    this.employeeOrder ??= new Map(this.employees.map((e, i) => [e.employeeId, i]));
    return this.employeeOrder.get(employeeId)!;
  }

  private positionIndex?: Map<string, PositionPlan>;
  private positionById(): Map<string, PositionPlan> {
    this.positionIndex ??= new Map(this.positions.map((p) => [p.positionId, p]));
    return this.positionIndex;
  }

  private trees?: Map<string, OrgTree>;
  private treeOf(instansiId: string): OrgTree {
    this.trees ??= new Map(
      this.instansi.map((i) => [
        i.instansiId,
        {
          instansiId: i.instansiId,
          kepalaDaerahTitle: i.kepalaDaerahTitle,
          units: this.units.filter((u) => u.instansiId === i.instansiId).map((u) => ({ unitId: u.unitId, parentUnitId: u.parentUnitId, kind: u.kind, name: u.name, status: UnitStatus.ACTIVE })),
          positions: this.positions
            .filter((p) => p.instansiId === i.instansiId)
            .map((p) => ({ positionId: p.positionId, unitId: p.unitId, name: p.name, jenisJabatan: p.jenisJabatan, isUnitHead: p.isUnitHead, status: PositionStatus.ACTIVE })),
        },
      ]),
    );
    return this.trees.get(instansiId)!;
  }

  /**
   * KP Reguler for staff whose next step falls due in 2026: checked here with the employee domain's
   * own rule (checkKpReguler) against the pejabat penilai the organisation module resolves, so the
   * command the seed sends (which lets the system resolve the superior) is granted.
   */
  private planPromotions(reserved: ReadonlySet<string>, acting: readonly ActingPlan[]): PromotionPlan[] {
    const holders: Record<string, PositionHolders[string]> = {};
    for (const [positionId, e] of this.holderOf) holders[positionId] = { holder: { employeeId: e.employeeId, since: '2000-01-01' } };
    const actingPositions = new Set(acting.map((a) => a.positionId));
    const eligible: Omit<PromotionPlan, 'legalBasis'>[] = [];
    for (const e of this.employees) {
      const position = this.positionOf(e);
      if (e.employmentType !== 'PNS' || position.isUnitHead || reserved.has(e.employeeId) || !isGolongan(e.golongan)) continue;
      const to = nextGolongan(e.golongan);
      const profile = PROFILES[position.jenisJabatan];
      const positionMax = profile.max === 'CEILING' ? educationCeiling(e.education) : profile.max;
      if (!to || gIndex(to) > gIndex(positionMax)) continue;
      const due = addYears(e.golonganTmt, 4);
      const tmt = due < PROMOTION_FROM ? PROMOTION_FROM : due;
      if (tmt > PROMOTION_UNTIL) continue;
      const { pejabatPenilai } = resolveAppraisers(this.treeOf(e.instansiId), holders, position.positionId, PLAN_DATE);
      if ('unresolved' in pejabatPenilai || pejabatPenilai.kepalaDaerah || !pejabatPenilai.employeeId || actingPositions.has(pejabatPenilai.positionId)) continue;
      const superior = this.employeeById().get(pejabatPenilai.employeeId);
      if (!superior || !isGolongan(superior.golongan)) continue;
      const year = Number(tmt.slice(0, 4));
      const predikat: YearPredikat[] = [year - 2, year - 1].map((y) => ({ year: y, predikat: Predikat.BAIK }));
      const jf = { isJf: position.jenisJabatan.startsWith('JF_'), angkaKreditMet: true };
      const problems = checkKpReguler({
        currentGolongan: e.golongan,
        currentGolonganTmt: e.golonganTmt,
        toGolongan: to,
        tmt,
        predikat,
        hukdis: [],
        superiorGolongan: superior.golongan,
        education: e.education,
        jf,
        educationCeilings: EDUCATION_CEILINGS_V1,
      });
      if (problems.length > 0) continue;
      eligible.push({
        employeeId: e.employeeId,
        identifier: e.identifier,
        fromGolongan: e.golongan,
        toGolongan: to,
        tmt,
        predikat,
        jf,
        expectedSuperiorGolongan: superior.golongan,
      });
    }
    return this.rng
      .shuffle(eligible)
      .slice(0, this.size.promotions)
      .sort((a, b) => this.orderOf(a.employeeId) - this.orderOf(b.employeeId))
      .map((p) => ({
        ...p,
        // Some got SANGAT_BAIK in one of the years.
        predikat: p.predikat.map((y) => (this.rng.chance(0.2) ? { ...y, predikat: Predikat.SANGAT_BAIK } : y)),
        // The SK is signed two weeks before the TMT.
        legalBasis: this.sk('800.1.11.1', Number(p.tmt.slice(0, 4)), addDays(p.tmt, -15)),
      }));
  }

  /** Mutasi of staff to the same kind of position in another unit of their instansi. */
  private planTransfers(reserved: ReadonlySet<string>): TransferPlan[] {
    const byCode = new Map<string, PositionPlan[]>();
    for (const p of this.positions) {
      if (p.isUnitHead) continue;
      const key = `${p.instansiId}|${p.code}`;
      byCode.set(key, [...(byCode.get(key) ?? []), p]);
    }
    const movable = this.employees.filter((e) => {
      const position = this.positionOf(e);
      return e.employmentType === 'PNS' && !position.isUnitHead && !reserved.has(e.employeeId) && (byCode.get(`${e.instansiId}|${position.code}`)?.length ?? 0) > 1;
    });
    const chosen = this.rng
      .shuffle(movable)
      .slice(0, this.size.transfers)
      .sort((a, b) => this.orderOf(a.employeeId) - this.orderOf(b.employeeId));
    return chosen.map((e) => {
      const position = this.positionOf(e);
      const targets = byCode.get(`${e.instansiId}|${position.code}`)!.filter((p) => p.unitId !== e.unitId);
      const to = this.rng.pick(targets);
      const effectiveDate = toIsoDate(2026, this.rng.int(1, 9), this.rng.int(1, 28));
      return {
        employeeId: e.employeeId,
        identifier: e.identifier,
        toUnitId: to.unitId,
        toPositionId: to.positionId,
        effectiveDate,
        legalBasis: this.sk('800.1.3.3', 2026, addDays(effectiveDate, -this.rng.int(7, 20))),
      };
    });
  }

  // --- Recruitment ----------------------------------------------------------------------------------

  /** The positions offered as formasi in Kota Binjai: an Analis SDM Aparatur and a Perawat, both Ahli Pertama. */
  private recruitmentFormasiPositions(): PositionPlan[] {
    const binjai = this.positions.filter((p) => p.instansiId === 'kota-binjai' && !p.isUnitHead);
    const wanted = ['kota-binjai.bkpsdm-bangkom.analis-sdm-ap', 'kota-binjai.dinkes-yankes.perawat-ap'];
    const found = wanted.map((id) => binjai.find((p) => p.positionId === id)).filter((p): p is PositionPlan => !!p);
    for (const p of binjai) {
      if (found.length >= 2) break;
      if (p.jenisJabatan === J.JF_AHLI_PERTAMA && !found.some((f) => f.opdUnitId === p.opdUnitId)) found.push(p);
    }
    return found;
  }

  private planRecruitment(offered: readonly PositionPlan[]): RecruitmentPlan {
    const instansiId = 'kota-binjai';
    const roundId = 'seed-cpns-2024-kota-binjai';
    const formasi: FormasiPlan[] = offered.map((p, i) => ({
      formasiId: `${roundId}-f${i + 1}`,
      unitId: p.unitId,
      positionId: p.positionId,
      jabatanName: p.name,
      quota: 1,
      educationLevel: 'S1',
      educationMajors: [...(MAJORS[STAFF_POSITIONS[p.code]?.field ?? 'UMUM'] ?? MAJORS.UMUM!)],
    }));
    const bkpsdm = this.units.find((u) => u.instansiId === instansiId && u.parentUnitId === null && u.code === 'BKPSDM') ?? this.units.find((u) => u.instansiId === instansiId && u.parentUnitId === null)!;
    const subHeads = this.units
      .filter((u) => u.opdUnitId === bkpsdm.unitId && u.parentUnitId !== null)
      .map((u) => this.headOf(u.unitId))
      .filter((e): e is EmployeePlan => !!e);
    const members: [PanelRole, EmployeePlan | undefined][] = [
      ['KETUA', this.headOf(bkpsdm.unitId)],
      ['SEKRETARIS', this.sekretarisOf(bkpsdm.unitId) ?? subHeads[0]],
      ['ANGGOTA', subHeads.find((e) => e !== this.sekretarisOf(bkpsdm.unitId))],
    ];
    const panel = members
      .filter((m): m is [PanelRole, EmployeePlan] => !!m[1])
      .map(([role, e], i) => ({ memberId: `${roundId}-m${i + 1}`, employeeId: e.employeeId, name: e.name, role }));
    const secretary = panel.find((m) => m.role === 'SEKRETARIS') ?? panel[0];
    const member = panel.find((m) => m.role === 'ANGGOTA') ?? panel[panel.length - 1];

    const spec = INSTANSI.find((i) => i.instansiId === instansiId)!;
    const niks = new Set<string>();
    const perFormasi = apportion(
      this.size.applicants,
      formasi.map(() => 1),
    );
    let applicants: ApplicantPlan[] = [];
    formasi.forEach((f, fi) => {
      for (let k = 0; k < perFormasi[fi]; k++) {
        const index = applicants.length + 1;
        const sex: Sex = this.rng.chance(f.positionId.includes('perawat') ? 0.7 : 0.5) ? 'FEMALE' : 'MALE';
        const year = this.rng.int(1993, 2001);
        const month = this.rng.int(1, 12);
        const birthDate = toIsoDate(year, month, this.rng.int(1, daysInMonth(year, month)));
        const applicantId = `${roundId}-a${String(index).padStart(2, '0')}`;
        applicants.push({
          applicantId,
          formasiId: f.formasiId,
          nik: this.nik(spec.kodeWilayah, birthDate, sex, niks),
          name: this.personName(sex, 'S1', 'UMUM', false),
          birthDate,
          sex,
          educationLevel: 'S1',
          educationMajor: this.rng.pick(f.educationMajors),
          scores: this.skdScores(),
          recordedByMemberId: index % 2 === 0 ? member.memberId : secretary.memberId,
        });
      }
    });
    // The last applicant did not sit the SKD.
    applicants[applicants.length - 1] = { ...applicants[applicants.length - 1], scores: undefined };
    // One panel member declares a relation (in-law) with an applicant and is recused: someone else verifies that result.
    const related = applicants[Math.min(4, applicants.length - 1)];
    const conflicts = member !== secretary ? [{ memberId: member.memberId, applicantId: related.applicantId, relation: 'KELUARGA_SEMENDA' as const }] : [];
    applicants = applicants.map((a) => (a.applicantId === related.applicantId ? { ...a, recordedByMemberId: secretary.memberId } : a));

    const board = () =>
      rankSelection(
        formasi,
        applicants.map((a, i) => ({
          applicantId: a.applicantId,
          formasiId: a.formasiId,
          registrationNumber: registrationNumberOf(i + 1),
          registrationOrder: i + 1,
          initials: initialsOf(a.name),
          scores: a.scores,
        })),
        SKD_2024,
      );
    // Every formasi gets someone through: if nobody passed, its first applicant's import shows a pass.
    for (const ranking of board()) {
      if (ranking.entries.some((e) => e.status === 'LULUS')) continue;
      const first = applicants.findIndex((a) => a.formasiId === ranking.formasiId);
      applicants[first] = { ...applicants[first], scores: { TWK: 110, TIU: 125, TKP: 190 } };
    }
    const tmtCpns = '2025-06-01';
    const appointments = board().flatMap((ranking) =>
      ranking.entries
        .filter((e) => e.status === 'LULUS')
        .map((e) => {
          const a = applicants.find((x) => x.applicantId === e.applicantId)!;
          return {
            applicantId: a.applicantId,
            // As the appointment handler derives it: one employee per appointed applicant.
            employeeId: deriveId('employee', 'recruitment', roundId, a.applicantId),
            nip: this.identifiers.nip(a.birthDate, tmtCpns, a.sex),
            tmtCpns,
            golongan: 'III_A' as Golongan,
          };
        }),
    );
    return {
      roundId,
      instansiId,
      year: 2024,
      name: 'Seleksi CPNS Pemerintah Kota Binjai Tahun Anggaran 2024',
      skdReferenceId: SKD_2024.id,
      importBatchId: 'BKN-CAT-SKD-2024-KOTA-BINJAI-01',
      formasi,
      panel,
      applicants,
      conflicts,
      appointments,
    };
  }

  /** NIK: kode wilayah (4) + kecamatan (2) + birth DDMMYY, day + 40 for women (6) + sequence (4). */
  private nik(kodeWilayah: string, birthDate: IsoDate, sex: Sex, taken: Set<string>): string {
    const day = Number(birthDate.slice(8, 10)) + (sex === 'FEMALE' ? 40 : 0);
    const birth = `${String(day).padStart(2, '0')}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`;
    const kecamatan = this.rng.pick(NIK_KECAMATAN);
    for (let sequence = 1; ; sequence++) {
      const nik = `${kodeWilayah}${kecamatan}${birth}${String(sequence).padStart(4, '0')}`;
      if (!taken.has(nik)) {
        taken.add(nik);
        return nik;
      }
    }
  }

  /** A BKN CAT result: TWK and TIU in steps of 5, TKP 1–5 per item; most applicants near the thresholds. */
  private skdScores(): SkdScores {
    return { TWK: 5 * this.rng.int(10, 30), TIU: 5 * this.rng.int(12, 35), TKP: this.rng.int(150, 215) };
  }
}

/** Employee ids of seeded records derive from the identifier: the same on every run, unique as the identifier is. */
export function seedEmployeeId(identifier: string): string {
  return deriveId('seed', 'employee', identifier);
}
