import { Predikat } from '../../shared';
import { PerformanceRule } from '../performance.rules';
import { predikatLabel } from './predikat-matrix';
import { OrganisationPredikat } from './rating';

/** How many employees of a unit hold each predikat (a proposal or the finalised predicates). */
export interface PredikatCounts {
  readonly sangatBaik: number;
  readonly baik: number;
  readonly butuhPerbaikan: number;
  readonly kurang: number;
  readonly sangatKurang: number;
}

const COUNT_FIELD: Readonly<Record<Predikat, keyof PredikatCounts>> = {
  SANGAT_BAIK: 'sangatBaik',
  BAIK: 'baik',
  BUTUH_PERBAIKAN: 'butuhPerbaikan',
  KURANG_MISCONDUCT: 'kurang',
  SANGAT_KURANG: 'sangatKurang',
};

export function countsOf(predikats: Iterable<Predikat>): PredikatCounts {
  const counts = { sangatBaik: 0, baik: 0, butuhPerbaikan: 0, kurang: 0, sangatKurang: 0 };
  for (const p of predikats) counts[COUNT_FIELD[p]] += 1;
  return counts;
}

export function totalOf(counts: PredikatCounts): number {
  return counts.sangatBaik + counts.baik + counts.butuhPerbaikan + counts.kurang + counts.sangatKurang;
}

/**
 * One constraint of a pola distribusi: the predicates it counts together, and a share bound (percent
 * of the unit's employees) or a count bound ("harus ada" = at least one; "tidak ada" = at most zero).
 */
export interface DistributionConstraint {
  readonly rule: PerformanceRule;
  readonly predikats: readonly Predikat[];
  readonly bound: { readonly kind: 'MAX_SHARE' | 'MIN_SHARE'; readonly percent: number } | { readonly kind: 'MIN_COUNT' | 'MAX_COUNT'; readonly count: number };
}

/**
 * How a percentage becomes a count of people (checklist 8: "percentages use ceil/floor rules
 * documented per policy"). EXACT_SHARE compares the exact share (max 70% of 5 allows 3, min 60% of 5
 * needs 3); LENIENT rounds in the unit's favour (max → ceil, min → floor: max 10% of 5 allows 1).
 */
export type KurvaRounding = 'EXACT_SHARE' | 'LENIENT';

/** The kurva as versioned policy data, recorded with each sign-off that applied it. */
export interface KurvaPolicy {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly legalBasis: string;
  readonly rounding: KurvaRounding;
  readonly sets: Readonly<Record<OrganisationPredikat, readonly DistributionConstraint[]>>;
}

const P = Predikat;
const R = PerformanceRule;

/**
 * The five constraint sets (PermenPANRB 6/2022 lampiran, pola distribusi; DOMAIN.md §1.2 [S]). "Sebagian
 * besar (maksimal 70%)" is encoded as its numeric bound only; "the rest may be …" allows anything.
 */
export const KURVA_POLICY_2022: KurvaPolicy = {
  version: 'permenpanrb-6-2022/v1',
  effectiveFrom: '2022-01-01',
  legalBasis: 'PermenPANRB No. 6 Tahun 2022, lampiran pola distribusi predikat kinerja pegawai',
  rounding: 'EXACT_SHARE',
  sets: {
    ISTIMEWA: [{ rule: R.KURVA_ISTIMEWA_SANGAT_BAIK_MAX, predikats: [P.SANGAT_BAIK], bound: { kind: 'MAX_SHARE', percent: 70 } }],
    BAIK: [
      { rule: R.KURVA_BAIK_BAIK_MAX, predikats: [P.BAIK], bound: { kind: 'MAX_SHARE', percent: 70 } },
      { rule: R.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED, predikats: [P.BUTUH_PERBAIKAN, P.KURANG_MISCONDUCT], bound: { kind: 'MIN_COUNT', count: 1 } },
    ],
    BUTUH_PERBAIKAN: [
      { rule: R.KURVA_BUTUH_PERBAIKAN_BUTUH_PERBAIKAN_MIN, predikats: [P.BUTUH_PERBAIKAN], bound: { kind: 'MIN_SHARE', percent: 60 } },
      { rule: R.KURVA_BUTUH_PERBAIKAN_SANGAT_BAIK_MAX, predikats: [P.SANGAT_BAIK], bound: { kind: 'MAX_SHARE', percent: 10 } },
    ],
    KURANG: [
      { rule: R.KURVA_KURANG_KURANG_MIN, predikats: [P.KURANG_MISCONDUCT], bound: { kind: 'MIN_SHARE', percent: 60 } },
      { rule: R.KURVA_KURANG_BUTUH_PERBAIKAN_MIN, predikats: [P.BUTUH_PERBAIKAN], bound: { kind: 'MIN_SHARE', percent: 10 } },
      { rule: R.KURVA_KURANG_SANGAT_BAIK_MAX, predikats: [P.SANGAT_BAIK], bound: { kind: 'MAX_SHARE', percent: 10 } },
    ],
    SANGAT_KURANG: [
      { rule: R.KURVA_SANGAT_KURANG_SANGAT_KURANG_MIN, predikats: [P.SANGAT_KURANG], bound: { kind: 'MIN_SHARE', percent: 60 } },
      { rule: R.KURVA_SANGAT_KURANG_KURANG_OR_BUTUH_PERBAIKAN_MIN, predikats: [P.KURANG_MISCONDUCT, P.BUTUH_PERBAIKAN], bound: { kind: 'MIN_SHARE', percent: 10 } },
      { rule: R.KURVA_SANGAT_KURANG_NO_SANGAT_BAIK, predikats: [P.SANGAT_BAIK], bound: { kind: 'MAX_COUNT', count: 0 } },
    ],
  },
};

/** One unmet constraint, explained: the rule, what the proposal has, and what the pola requires. */
export interface DistributionViolation {
  readonly rule: PerformanceRule;
  /** e.g. `8 dari 10 pegawai (80%) Sangat Baik`. */
  readonly actual: string;
  /** e.g. `paling banyak 70% (7 dari 10 pegawai)`. */
  readonly required: string;
  readonly actualCount: number;
  /** The count the bound allows or needs, for this unit's size. */
  readonly requiredCount: number;
  readonly total: number;
  readonly message: string;
}

export interface DistributionCheck {
  readonly allowed: boolean;
  readonly total: number;
  readonly policyVersion: string;
  readonly violations: readonly DistributionViolation[];
}

/** Kurva distribusi validator (checklist 8): every constraint of the organisation's set, all violations at once. */
export function checkDistribution(organisationPredikat: OrganisationPredikat, counts: PredikatCounts, policy: KurvaPolicy = KURVA_POLICY_2022): DistributionCheck {
  const total = totalOf(counts);
  if (total === 0) {
    const violation: DistributionViolation = {
      rule: PerformanceRule.KURVA_NO_EMPLOYEES,
      actual: '0 pegawai',
      required: 'paling sedikit 1 pegawai',
      actualCount: 0,
      requiredCount: 1,
      total: 0,
      message: 'Tidak ada pegawai yang predikatnya dapat diperiksa terhadap kurva distribusi',
    };
    return { allowed: false, total, policyVersion: policy.version, violations: [violation] };
  }
  const violations = policy.sets[organisationPredikat].flatMap((constraint) => violationOf(constraint, counts, total, policy.rounding, organisationPredikat));
  return { allowed: violations.length === 0, total, policyVersion: policy.version, violations };
}

function violationOf(constraint: DistributionConstraint, counts: PredikatCounts, total: number, rounding: KurvaRounding, org: OrganisationPredikat): DistributionViolation[] {
  const actualCount = constraint.predikats.reduce((sum, p) => sum + counts[COUNT_FIELD[p]], 0);
  const { bound } = constraint;
  const labels = constraint.predikats.map(predikatLabel).join(' dan/atau ');
  let requiredCount: number;
  let ok: boolean;
  let required: string;
  switch (bound.kind) {
    case 'MAX_SHARE': {
      const exact = (bound.percent * total) / 100;
      requiredCount = rounding === 'EXACT_SHARE' ? Math.floor(exact) : Math.ceil(exact);
      ok = actualCount <= requiredCount;
      required = `paling banyak ${bound.percent}% (${requiredCount} dari ${total} pegawai)`;
      break;
    }
    case 'MIN_SHARE': {
      const exact = (bound.percent * total) / 100;
      requiredCount = rounding === 'EXACT_SHARE' ? Math.ceil(exact) : Math.floor(exact);
      ok = actualCount >= requiredCount;
      required = `paling sedikit ${bound.percent}% (${requiredCount} dari ${total} pegawai)`;
      break;
    }
    case 'MIN_COUNT':
      requiredCount = bound.count;
      ok = actualCount >= bound.count;
      required = `harus ada, paling sedikit ${bound.count} pegawai`;
      break;
    case 'MAX_COUNT':
      requiredCount = bound.count;
      ok = actualCount <= bound.count;
      required = bound.count === 0 ? 'tidak boleh ada' : `paling banyak ${bound.count} pegawai`;
      break;
  }
  if (ok) return [];
  const actual = `${actualCount} dari ${total} pegawai (${percentText(actualCount, total)}) ${labels}`;
  return [{ rule: constraint.rule, actual, required, actualCount, requiredCount, total, message: `Predikat organisasi ${org}: ${labels} ${required}, usulan ${actual}` }];
}

/** A share in Indonesian notation, at most 2 decimals: `66,67%`. */
function percentText(count: number, total: number): string {
  const value = Math.round((count * 10000) / total) / 100;
  return `${String(value).replace('.', ',')}%`;
}
