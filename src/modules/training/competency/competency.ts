import { eventRegistry } from '@kernel/event-registry';
import { assertNever, Decider } from '@kernel/decider';
import { DomainEvent } from '@kernel/events';
import { isIsoDate } from '@kernel/calendar-date';
import { problem, refuseIfAny, requiredTextProblems } from '@kernel/rules';
import { CompetencyGroup } from '../catalogue/program.vocabulary';
import { CompetencyRule } from '../training.rules';

/**
 * The competency gap (PermenPANRB 38/2017, DOMAIN.md §1.21): each jabatan has a standard level per
 * competency (reference data the instansi maintains); an employee's profile is their assessed level
 * per competency. A competency below its standard is a gap a plan item can address (PP 11/2017 ps.
 * 206); JPM = Σ achieved levels ÷ Σ standard levels × 100 %.
 */
export interface CompetencyLevel {
  readonly group: CompetencyGroup;
  readonly name: string;
  readonly level: number;
}

export const standardStream = (positionId: string) => `training-competency-standard-${positionId}`;
export const profileStream = (employeeId: string) => `training-competency-profile-${employeeId}`;
export const standardStreamPrefix = 'training-competency-standard-';
export const profileStreamPrefix = 'training-competency-profile-';

export type CompetencyStandardSet = DomainEvent<'training.CompetencyStandardSet', { positionId: string; instansiId: string; competencies: CompetencyLevel[]; setAt: string }>;
export type CompetencyProfileRecorded = DomainEvent<
  'training.CompetencyProfileRecorded',
  { employeeId: string; instansiId: string; assessedOn: string; source: string; competencies: CompetencyLevel[]; recordedAt: string }
>;
export type CompetencyEvent = CompetencyStandardSet | CompetencyProfileRecorded;

eventRegistry.register([
  { type: 'training.CompetencyStandardSet', version: 1, description: "A jabatan's competency standard (level 1–5 per competency) was set; it replaces the previous one" },
  { type: 'training.CompetencyProfileRecorded', version: 1, description: "An employee's assessed competency levels were recorded (the latest assessment is the profile)" },
]);

export type CompetencyCommand =
  | { readonly type: 'SetStandard'; readonly positionId: string; readonly instansiId: string; readonly competencies: readonly CompetencyLevel[]; readonly at: string }
  | { readonly type: 'RecordProfile'; readonly employeeId: string; readonly instansiId: string; readonly assessedOn: string; readonly source: string; readonly competencies: readonly CompetencyLevel[]; readonly at: string };

export interface CompetencyState {
  readonly instansiId: string | null;
  readonly competencies: readonly CompetencyLevel[];
  readonly assessedOn: string | null;
}

function levelProblems(list: readonly CompetencyLevel[]) {
  const names = list.map((c) => c.name.trim().toLowerCase());
  return [
    list.length === 0 && problem(CompetencyRule.COMPETENCIES_REQUIRED, 'Sedikitnya satu kompetensi'),
    list.some((c) => !(Number.isInteger(c.level) && c.level >= 1 && c.level <= 5) || c.name.trim() === '') && problem(CompetencyRule.LEVEL_INVALID, 'Setiap kompetensi perlu nama dan level 1–5'),
    new Set(names).size !== names.length && problem(CompetencyRule.DUPLICATE_COMPETENCY, 'Setiap kompetensi sekali saja'),
  ];
}

const copy = (list: readonly CompetencyLevel[]) => list.map(({ group, name, level }) => ({ group, name, level }));

/** One decider for both streams: a standard per jabatan, a profile per employee. */
export const competencyDecider: Decider<CompetencyCommand, CompetencyEvent, CompetencyState> = {
  initialState: () => ({ instansiId: null, competencies: [], assessedOn: null }),
  evolve(s, e) {
    switch (e.type) {
      case 'training.CompetencyStandardSet':
        return { instansiId: e.data.instansiId, competencies: e.data.competencies, assessedOn: null };
      case 'training.CompetencyProfileRecorded':
        // The latest assessment is the profile; an older one recorded late does not replace it.
        return s.assessedOn !== null && e.data.assessedOn < s.assessedOn ? s : { instansiId: e.data.instansiId, competencies: e.data.competencies, assessedOn: e.data.assessedOn };
      default:
        return assertNever(e);
    }
  },
  decide(c) {
    refuseIfAny(levelProblems(c.competencies));
    if (c.type === 'SetStandard') return [{ type: 'training.CompetencyStandardSet', data: { positionId: c.positionId, instansiId: c.instansiId, competencies: copy(c.competencies), setAt: c.at } }];
    refuseIfAny([...requiredTextProblems({ source: c.source }), !isIsoDate(c.assessedOn) && problem(CompetencyRule.LEVEL_INVALID, 'Tanggal asesmen tidak valid')]);
    return [{ type: 'training.CompetencyProfileRecorded', data: { employeeId: c.employeeId, instansiId: c.instansiId, assessedOn: c.assessedOn, source: c.source, competencies: copy(c.competencies), recordedAt: c.at } }];
  },
};

export interface CompetencyGap {
  readonly group: CompetencyGroup;
  readonly name: string;
  readonly standardLevel: number;
  /** 0 when never assessed. */
  readonly achievedLevel: number;
  readonly gap: number;
}

export type JpmCategory = 'OPTIMAL' | 'CUKUP_OPTIMAL' | 'KURANG_OPTIMAL';

/** The gap analysis: every standard competency below its level, JPM (2 decimals) and its category (Optimal ≥ 90 %, Cukup Optimal 78–< 90 %, Kurang Optimal < 78 %). */
export function competencyGaps(standard: readonly CompetencyLevel[], profile: readonly CompetencyLevel[]): { gaps: CompetencyGap[]; jpm: number | null; category: JpmCategory | null } {
  const achieved = new Map(profile.map((c) => [c.name.trim().toLowerCase(), c.level]));
  const rows = standard.map((s) => {
    const level = Math.min(achieved.get(s.name.trim().toLowerCase()) ?? 0, s.level);
    return { group: s.group, name: s.name, standardLevel: s.level, achievedLevel: achieved.get(s.name.trim().toLowerCase()) ?? 0, gap: s.level - level };
  });
  const total = standard.reduce((n, s) => n + s.level, 0);
  if (total === 0) return { gaps: [], jpm: null, category: null };
  // JPM counts achieved levels up to the standard: exceeding one competency does not hide a gap in another [M].
  const jpm = Math.round((rows.reduce((n, r) => n + (r.standardLevel - r.gap), 0) / total) * 10_000) / 100;
  return { gaps: rows.filter((r) => r.gap > 0), jpm, category: jpm >= 90 ? 'OPTIMAL' : jpm >= 78 ? 'CUKUP_OPTIMAL' : 'KURANG_OPTIMAL' };
}
