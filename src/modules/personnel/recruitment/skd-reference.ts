import { RecruitmentRule, RuleProblem } from './recruitment.rules';

/**
 * SKD (Seleksi Kompetensi Dasar, the basic-competency test taken on CAT BKN) has three tests:
 * TWK Tes Wawasan Kebangsaan (national insight), TIU Tes Intelegensia Umum (general intelligence),
 * TKP Tes Karakteristik Pribadi (personal characteristics).
 */
export const SKD_TESTS = ['TWK', 'TIU', 'TKP'] as const;
export type SkdTest = (typeof SKD_TESTS)[number];

export type SkdScores = Readonly<Record<SkdTest, number>>;

/**
 * The SKD rules of one procurement year, as versioned reference data. Thresholds change by year (and
 * are policy, not statute), so a round records the whole reference it used in its opening event and
 * every later decision uses that recorded copy.
 */
export interface SkdReference {
  /** Stable id, e.g. `SKD-2024`. */
  readonly id: string;
  /** Bumped when a correction changes the values under the same id. */
  readonly version: number;
  /** Formation year (tahun formasi) the rules apply to. */
  readonly year: number;
  readonly legalBasis: string;
  readonly maxima: SkdScores & { readonly total: number };
  /** Ambang batas (pass mark) per test; each is checked on its own. */
  readonly thresholds: SkdScores;
  /** Attainable scores are multiples of this step (TWK/TIU: 5 per correct answer; TKP: 0–5 per item). */
  readonly scoreStep: SkdScores;
}

/**
 * KepmenPANRB 321/2024 (DOMAIN §1.8): 110 items — TWK 30, TIU 35, TKP 45. TWK/TIU score 5 per correct
 * answer and 0 otherwise; TKP scores 1–5 per answered item. Maxima 150/175/225 = 550; ambang batas
 * TWK ≥ 65, TIU ≥ 80, TKP ≥ 166. [S] secondary sources quoting the decree: keep as reference data.
 */
export const SKD_2024: SkdReference = {
  id: 'SKD-2024',
  version: 1,
  year: 2024,
  legalBasis: 'KepmenPANRB 321/2024',
  maxima: { TWK: 150, TIU: 175, TKP: 225, total: 550 },
  thresholds: { TWK: 65, TIU: 80, TKP: 166 },
  scoreStep: { TWK: 5, TIU: 5, TKP: 1 },
};

/** Every reference a new round may choose, by id. Add a year here; never edit a released one in place. */
export const SKD_REFERENCES: Readonly<Record<string, SkdReference>> = { [SKD_2024.id]: SKD_2024 };

export function findSkdReference(id: string): SkdReference | undefined {
  return Object.prototype.hasOwnProperty.call(SKD_REFERENCES, id) ? SKD_REFERENCES[id] : undefined;
}

export interface SkdEvaluation {
  readonly total: number;
  /** Per test: score ≥ that test's threshold. */
  readonly passed: Readonly<Record<SkdTest, boolean>>;
  /** All three thresholds met: the applicant may be ranked. */
  readonly passedAll: boolean;
  /** The tests below threshold, in SKD order (for explanations). */
  readonly failedTests: readonly SkdTest[];
}

/** Pure evaluation of valid scores against a reference (each threshold independently, DOMAIN §1.8). */
export function evaluateSkd(scores: SkdScores, reference: SkdReference): SkdEvaluation {
  const passed = { TWK: scores.TWK >= reference.thresholds.TWK, TIU: scores.TIU >= reference.thresholds.TIU, TKP: scores.TKP >= reference.thresholds.TKP };
  const failedTests = SKD_TESTS.filter((test) => !passed[test]);
  return { total: scores.TWK + scores.TIU + scores.TKP, passed, passedAll: failedTests.length === 0, failedTests };
}

/** Every way the scores cannot have come from CAT BKN under this reference (empty when valid). */
export function skdScoreProblems(scores: SkdScores, reference: SkdReference): RuleProblem[] {
  return SKD_TESTS.flatMap((test): RuleProblem[] => {
    const score = scores[test];
    const max = reference.maxima[test];
    if (!Number.isInteger(score) || score < 0 || score > max) {
      return [{ rule: RecruitmentRule.SKD_SCORE_OUT_OF_RANGE, message: `Nilai ${test} ${score} di luar rentang 0–${max} (${reference.id})` }];
    }
    const step = reference.scoreStep[test];
    if (score % step !== 0) {
      return [{ rule: RecruitmentRule.SKD_SCORE_NOT_ATTAINABLE, message: `Nilai ${test} ${score} bukan kelipatan ${step}, jadi tidak mungkin dihasilkan CAT BKN` }];
    }
    return [];
  });
}
