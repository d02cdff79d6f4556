import { TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';

/**
 * JP for non-classical forms. No official conversion table was found (DOMAIN.md §1.22 [?]), so it is
 * versioned policy data [M]: each version names when it applies; a completion records the version it
 * was credited under, so a later version never rewrites past credits. 1 JP = 45 minutes (Perlan 5/2018).
 */
export interface JpConversionRule {
  /** JP per clock hour of documented activity. */
  readonly jpPerHour: number;
  /** The most one activity may credit. */
  readonly maxJp: number;
}
export interface JpConversionPolicy {
  readonly version: string;
  readonly validFrom: string;
  readonly rules: Partial<Record<TrainingForm, JpConversionRule>>;
  /** Whether an ASN mentor's documented time mentoring interns (magang mahasiswa) credits MENTORING JP [M]. */
  readonly internshipMentoringCounts?: boolean;
}

/** [M] Placeholder rates agreed for the prototype: 60/45 JP per hour for guided forms, capped per activity. */
export const JP_CONVERSION_POLICIES: readonly JpConversionPolicy[] = [
  {
    version: '2024.1',
    validFrom: '2024-01-01',
    internshipMentoringCounts: true,
    rules: {
      COACHING: { jpPerHour: 60 / 45, maxJp: 20 },
      MENTORING: { jpPerHour: 60 / 45, maxJp: 20 },
      E_LEARNING: { jpPerHour: 60 / 45, maxJp: 40 },
      MAGANG: { jpPerHour: 1, maxJp: 40 },
      PERTUKARAN: { jpPerHour: 1, maxJp: 40 },
      DETASERING: { jpPerHour: 1, maxJp: 40 },
      BELAJAR_MANDIRI: { jpPerHour: 0.5, maxJp: 10 },
      KOMUNITAS_BELAJAR: { jpPerHour: 0.5, maxJp: 10 },
    },
  },
];

export function policyOn(date: string, policies: readonly JpConversionPolicy[] = JP_CONVERSION_POLICIES): JpConversionPolicy {
  const applicable = policies.filter((p) => p.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  if (applicable.length === 0) throw new Error(`No JP conversion policy applies on ${date}`);
  return applicable[0];
}

/**
 * The JP a completion credits: classical and pendidikan routes credit the program's JP; a
 * non-classical form converts the documented hours under the policy of the completion date.
 */
export function creditedJp(
  route: TrainingRoute,
  form: TrainingForm,
  programJp: number,
  hours: number | null,
  onDate: string,
  policies?: readonly JpConversionPolicy[],
): { jp: number; policyVersion: string | null } {
  if (route !== 'PELATIHAN_NONKLASIKAL') return { jp: programJp, policyVersion: null };
  const policy = policyOn(onDate, policies);
  const rule = policy.rules[form];
  if (!rule || hours === null) return { jp: programJp, policyVersion: policy.version };
  return { jp: Math.min(rule.maxJp, Math.floor(hours * rule.jpPerHour * 100) / 100), policyVersion: policy.version };
}
