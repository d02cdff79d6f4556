import { deciderSpec } from '@kernel/testing/decider-spec';
import { competencyDecider, competencyGaps, CompetencyLevel } from './competency';

const spec = deciderSpec(competencyDecider);
const at = '2026-02-01T02:00:00.000Z';
const standard: CompetencyLevel[] = [
  { group: 'MANAJERIAL', name: 'Integritas', level: 3 },
  { group: 'MANAJERIAL', name: 'Kerjasama', level: 3 },
  { group: 'SOSIAL_KULTURAL', name: 'Perekat Bangsa', level: 2 },
  { group: 'TEKNIS', name: 'Manajemen Proyek', level: 3 },
];

describe('competency standard, profile and gap (PermenPANRB 38/2017)', () => {
  it('a standard and a profile hold levels 1–5, each competency once', () => {
    spec.given([]).when({ type: 'SetStandard', positionId: 'p', instansiId: 'kota-medan', competencies: standard, at }).then([{ type: 'training.CompetencyStandardSet', data: { positionId: 'p', instansiId: 'kota-medan', competencies: standard, setAt: at } }]);
    spec.given([]).when({ type: 'SetStandard', positionId: 'p', instansiId: 'kota-medan', competencies: [{ group: 'TEKNIS', name: 'X', level: 6 }, { group: 'TEKNIS', name: 'x', level: 2 }], at }).thenViolates('TRAINING.COMPETENCY_LEVEL_INVALID', 'TRAINING.DUPLICATE_COMPETENCY');
    spec.given([]).when({ type: 'RecordProfile', employeeId: 'e', instansiId: 'kota-medan', assessedOn: '2026-01-20', source: ' ', competencies: [], at }).thenViolates('TRAINING.COMPETENCIES_REQUIRED');
  });

  it('JPM = Σ achieved ÷ Σ standard × 100 with its category; each competency below standard is a gap', () => {
    const profile: CompetencyLevel[] = [
      { group: 'MANAJERIAL', name: 'Integritas', level: 3 },
      { group: 'MANAJERIAL', name: 'Kerjasama', level: 4 },
      { group: 'SOSIAL_KULTURAL', name: 'Perekat Bangsa', level: 2 },
      { group: 'TEKNIS', name: 'Manajemen Proyek', level: 1 },
    ];
    const result = competencyGaps(standard, profile);
    // (3 + 3 + 2 + 1) / 11 = 81.82 %: Cukup Optimal; Kerjasama above standard does not offset the gap.
    expect(result).toEqual({ jpm: 81.82, category: 'CUKUP_OPTIMAL', gaps: [{ group: 'TEKNIS', name: 'Manajemen Proyek', standardLevel: 3, achievedLevel: 1, gap: 2 }] });
    expect(competencyGaps(standard, standard)).toMatchObject({ jpm: 100, category: 'OPTIMAL', gaps: [] });
    expect(competencyGaps(standard, []).category).toBe('KURANG_OPTIMAL');
    expect(competencyGaps([], profile)).toEqual({ gaps: [], jpm: null, category: null });
  });

  it('the latest assessment is the profile, whatever order they are recorded in', () => {
    const rec = (assessedOn: string, level: number) => ({ type: 'training.CompetencyProfileRecorded' as const, data: { employeeId: 'e', instansiId: 'kota-medan', assessedOn, source: 'Uji kompetensi', competencies: [{ group: 'TEKNIS' as const, name: 'Manajemen Proyek', level }], recordedAt: at } });
    const state = [rec('2026-03-01', 3), rec('2025-03-01', 1)].reduce(competencyDecider.evolve, competencyDecider.initialState());
    expect(state.competencies[0].level).toBe(3);
  });
});
