import { RankingStatus } from './recruitment.vocabulary';
import { evaluateSkd, SkdReference, SkdScores, SkdTest } from './skd-reference';

/** The keys that order applicants, in the order they are applied. */
export type TieBreakKey = 'TOTAL' | 'TKP' | 'TIU' | 'TWK' | 'REGISTRATION_ORDER';

/**
 * Ranking policy, recorded in every RankingPublished event so a board can be recomputed and explained:
 * per formasi, applicants who passed all three thresholds, by SKD total (highest first); a tie on the
 * total is broken by TKP, then TIU, then TWK (highest first) — the order BKN announcements commonly
 * cite [S], unconfirmed against the regulation text [M]; a tie on all four is broken by registration
 * order (earlier first), a deterministic and publicly checkable final key chosen by us [M].
 */
export const RANKING_POLICY = {
  id: 'SKD-RANKING-V1',
  tieBreaks: ['TOTAL_DESC', 'TKP_DESC', 'TIU_DESC', 'TWK_DESC', 'REGISTRATION_ORDER_ASC'],
} as const;

const ORDERING: readonly { key: TieBreakKey; descending: boolean }[] = [
  { key: 'TOTAL', descending: true },
  { key: 'TKP', descending: true },
  { key: 'TIU', descending: true },
  { key: 'TWK', descending: true },
  { key: 'REGISTRATION_ORDER', descending: false },
];

export interface RankingCandidate {
  readonly applicantId: string;
  readonly formasiId: string;
  readonly registrationNumber: string;
  /** 1-based order of registration in the round: the final tie-break. */
  readonly registrationOrder: number;
  readonly initials: string;
  /** Absent when no SKD result was recorded (the applicant did not sit the test). */
  readonly scores?: SkdScores;
}

export interface RankedEntry {
  readonly applicantId: string;
  readonly registrationNumber: string;
  readonly initials: string;
  /** 1-based place on the formasi's board; every applicant has one. */
  readonly order: number;
  /** 1-based rank among those who passed every threshold; null for TIDAK_LULUS. */
  readonly rank: number | null;
  readonly status: RankingStatus;
  readonly scores: SkdScores | null;
  readonly total: number | null;
  readonly explanation: string;
}

export interface FormasiRanking {
  readonly formasiId: string;
  readonly quota: number;
  readonly entries: readonly RankedEntry[];
}

interface Scored extends RankingCandidate {
  readonly scores: SkdScores;
  readonly total: number;
}

/** Ranks every formasi of a round (pure and deterministic: the input order of candidates never matters). */
export function rankSelection(
  formasi: readonly { formasiId: string; quota: number }[],
  candidates: readonly RankingCandidate[],
  reference: SkdReference,
): FormasiRanking[] {
  return formasi.map(({ formasiId, quota }) => rankFormasi(formasiId, quota, candidates.filter((c) => c.formasiId === formasiId), reference));
}

function rankFormasi(formasiId: string, quota: number, candidates: readonly RankingCandidate[], reference: SkdReference): FormasiRanking {
  const scored: Scored[] = candidates.flatMap((c) => (c.scores ? [{ ...c, scores: c.scores, total: totalOf(c.scores) }] : []));
  const passes = (c: Scored) => evaluateSkd(c.scores, reference).passedAll;
  const passed = scored.filter(passes).sort(compareCandidates);
  const failed = scored.filter((c) => !passes(c)).sort(compareCandidates);
  const absent = candidates.filter((c) => !c.scores).sort((a, b) => a.registrationOrder - b.registrationOrder);

  const ranked = passed.map((c, index) => {
    const status: RankingStatus = index < quota ? 'LULUS' : 'LULUS_CADANGAN';
    const explanation = explainPassed(c, index, passed, quota);
    return entry(c, index + 1, status, explanation);
  });
  const notPassed = failed.map((c) => entry(c, null, 'TIDAK_LULUS', explainFailed(c, reference)));
  const notSat = absent.map((c) => ({ ...base(c), rank: null, status: 'TIDAK_LULUS' as const, scores: null, total: null, explanation: 'No SKD result was recorded (did not sit the test): not ranked.' }));
  const entries = [...ranked, ...notPassed, ...notSat].map((e, index) => ({ ...e, order: index + 1 }));
  return { formasiId, quota, entries };
}

/** Sort order of two scored candidates: negative when `a` ranks above `b`. Never 0 for distinct applicants. */
function compareCandidates(a: Scored, b: Scored): number {
  const decided = decidingKey(a, b);
  if (!decided) return 0;
  const step = ORDERING.find((o) => o.key === decided.key)!;
  return step.descending ? decided.b - decided.a : decided.a - decided.b;
}

/** The first ordering key on which two candidates differ, with both values (undefined: identical). */
function decidingKey(a: Scored, b: Scored): { key: TieBreakKey; a: number; b: number } | undefined {
  for (const { key } of ORDERING) {
    const [va, vb] = [keyValue(a, key), keyValue(b, key)];
    if (va !== vb) return { key, a: va, b: vb };
  }
  return undefined;
}

function keyValue(c: Scored, key: TieBreakKey): number {
  if (key === 'TOTAL') return c.total;
  if (key === 'REGISTRATION_ORDER') return c.registrationOrder;
  return c.scores[key as SkdTest];
}

function totalOf(scores: SkdScores): number {
  return scores.TWK + scores.TIU + scores.TKP;
}

function base(c: RankingCandidate) {
  return { applicantId: c.applicantId, registrationNumber: c.registrationNumber, initials: c.initials, order: 0 };
}

function entry(c: Scored, rank: number | null, status: RankingStatus, explanation: string): RankedEntry {
  return { ...base(c), rank, status, scores: { TWK: c.scores.TWK, TIU: c.scores.TIU, TKP: c.scores.TKP }, total: c.total, explanation };
}

function scoreLine(c: Scored): string {
  return `total ${c.total} (TWK ${c.scores.TWK}, TIU ${c.scores.TIU}, TKP ${c.scores.TKP})`;
}

function explainPassed(c: Scored, index: number, passed: readonly Scored[], quota: number): string {
  const placing =
    index < quota
      ? `Rank ${index + 1} of ${passed.length} who passed every threshold, within the quota of ${quota}: LULUS`
      : `Rank ${index + 1} of ${passed.length} who passed every threshold, beyond the quota of ${quota}: LULUS_CADANGAN (reserve)`;
  const ties = [tieNote(c, passed[index - 1], 'above'), tieNote(c, passed[index + 1], 'below')].filter(Boolean);
  return [`${placing}; ${scoreLine(c)}.`, ...ties].join(' ');
}

/** "Tie on total 420 with 00007 (ranked below) broken by TKP 180 > 175." */
function tieNote(c: Scored, neighbour: Scored | undefined, side: 'above' | 'below'): string | undefined {
  if (!neighbour || neighbour.total !== c.total) return undefined;
  const decided = decidingKey(c, neighbour)!;
  const relation = side === 'above' ? '<' : '>';
  const reason =
    decided.key === 'REGISTRATION_ORDER'
      ? `equal TKP, TIU and TWK, so registration order: ${side === 'above' ? `${neighbour.registrationNumber} registered earlier` : `registered before ${neighbour.registrationNumber}`}`
      : `${decided.key} ${decided.a} ${relation} ${decided.b}`;
  return `Tie on total ${c.total} with ${neighbour.registrationNumber} (ranked ${side}) broken by ${reason}.`;
}

function explainFailed(c: Scored, reference: SkdReference): string {
  const { failedTests } = evaluateSkd(c.scores, reference);
  const misses = failedTests.map((test) => `${test} ${c.scores[test]} < ${reference.thresholds[test]}`).join(', ');
  return `Below the pass mark of ${reference.id}: ${misses}; ${scoreLine(c)}. Not ranked.`;
}
