import { rankSelection, RankingCandidate, RankedEntry } from './ranking';
import { SKD_2024, SkdScores } from './skd-reference';

/** A candidate in formasi F1; `n` is the registration order (and number). */
function candidate(n: number, scores?: SkdScores, formasiId = 'F1'): RankingCandidate {
  return { applicantId: `A${n}`, formasiId, registrationNumber: String(n).padStart(5, '0'), registrationOrder: n, initials: 'X.', scores };
}

const rank = (quota: number, ...candidates: RankingCandidate[]) => rankSelection([{ formasiId: 'F1', quota }], candidates, SKD_2024)[0].entries;
const order = (entries: readonly RankedEntry[]) => entries.map((e) => e.applicantId);

// Scores that pass every threshold (TWK ≥ 65, TIU ≥ 80, TKP ≥ 166) unless a test says otherwise.
const s = (TWK: number, TIU: number, TKP: number): SkdScores => ({ TWK, TIU, TKP });

describe('SKD ranking (policy SKD-RANKING-V1)', () => {
  describe('order of those who passed', () => {
    it('ranks by total, highest first', () => {
      const entries = rank(3, candidate(1, s(100, 100, 170)), candidate(2, s(120, 100, 170)), candidate(3, s(110, 100, 170)));
      expect(order(entries)).toEqual(['A2', 'A3', 'A1']);
      expect(entries.map((e) => e.total)).toEqual([390, 380, 370]);
      expect(entries[0].explanation).toBe('Rank 1 of 3 who passed every threshold, within the quota of 3: LULUS; total 390 (TWK 120, TIU 100, TKP 170).');
    });

    it('breaks a tie on the total by TKP first', () => {
      const entries = rank(2, candidate(1, s(100, 110, 175)), candidate(2, s(100, 105, 180)));
      expect(order(entries)).toEqual(['A2', 'A1']);
      expect(entries[0].explanation).toContain('Tie on total 385 with 00001 (ranked below) broken by TKP 180 > 175.');
      expect(entries[1].explanation).toContain('Tie on total 385 with 00002 (ranked above) broken by TKP 175 < 180.');
    });

    it('breaks a tie on total and TKP by TIU', () => {
      const entries = rank(2, candidate(1, s(105, 100, 180)), candidate(2, s(100, 105, 180)));
      expect(order(entries)).toEqual(['A2', 'A1']);
      expect(entries[0].explanation).toContain('broken by TIU 105 > 100');
    });

    it('keeps TWK in the documented order although equal total, TKP and TIU imply equal TWK', () => {
      // The TWK key can never decide while the total comes first; it stays because BKN cites the full order.
      const entries = rank(2, candidate(2, s(100, 100, 180)), candidate(1, s(100, 100, 180)));
      expect(order(entries)).toEqual(['A1', 'A2']);
    });

    it('breaks a complete tie by registration order, earlier first, whatever the input order', () => {
      const entries = rank(1, candidate(7, s(100, 100, 180)), candidate(3, s(100, 100, 180)));
      expect(order(entries)).toEqual(['A3', 'A7']);
      expect(entries[0].explanation).toContain('Tie on total 380 with 00007 (ranked below) broken by equal TKP, TIU and TWK, so registration order: registered before 00007.');
      expect(entries[1].explanation).toContain('Tie on total 380 with 00003 (ranked above) broken by equal TKP, TIU and TWK, so registration order: 00003 registered earlier.');
    });

    it('explains a three-way tie against both neighbours', () => {
      const entries = rank(3, candidate(1, s(110, 100, 170)), candidate(2, s(100, 100, 180)), candidate(3, s(100, 110, 170)));
      expect(order(entries)).toEqual(['A2', 'A3', 'A1']);
      const middle = entries[1].explanation;
      expect(middle).toContain('with 00002 (ranked above) broken by TKP 170 < 180');
      expect(middle).toContain('with 00001 (ranked below) broken by TIU 110 > 100');
    });

    it('gives the same board for every input order (deterministic)', () => {
      const pool = [candidate(1, s(100, 100, 180)), candidate(2, s(100, 105, 175)), candidate(3, s(100, 100, 180)), candidate(4, s(95, 110, 175)), candidate(5, s(60, 150, 200))];
      const expected = rank(2, ...pool);
      for (const permutation of permutations(pool)) expect(rank(2, ...permutation)).toEqual(expected);
      // All four passing totals are 380: TKP puts A1/A3 first, TIU puts A4 above A2, registration order A1 above A3.
      expect(order(expected)).toEqual(['A1', 'A3', 'A4', 'A2', 'A5']);
    });
  });

  describe('status by quota', () => {
    it('passes those within the quota (LULUS) and keeps the rest who passed as reserve (LULUS_CADANGAN)', () => {
      const entries = rank(2, candidate(1, s(100, 100, 200)), candidate(2, s(100, 100, 190)), candidate(3, s(100, 100, 180)));
      expect(entries.map((e) => [e.rank, e.status])).toEqual([
        [1, 'LULUS'],
        [2, 'LULUS'],
        [3, 'LULUS_CADANGAN'],
      ]);
      expect(entries[2].explanation).toContain('beyond the quota of 2: LULUS_CADANGAN (reserve)');
    });

    it('decides the last quota place by the tie-break when the boundary is tied', () => {
      const entries = rank(1, candidate(1, s(100, 100, 175)), candidate(2, s(100, 95, 180)));
      expect(entries.map((e) => [e.applicantId, e.status])).toEqual([
        ['A2', 'LULUS'],
        ['A1', 'LULUS_CADANGAN'],
      ]);
    });
  });

  describe('those who did not pass', () => {
    it.each([
      ['TWK', s(60, 175, 225), 'TWK 60 < 65'],
      ['TIU', s(150, 75, 225), 'TIU 75 < 80'],
      ['TKP', s(150, 175, 165), 'TKP 165 < 166'],
    ])('fails an applicant below the %s threshold even with a high total', (_test, scores, miss) => {
      const [entry] = rank(1, candidate(1, scores));
      expect(entry).toMatchObject({ rank: null, status: 'TIDAK_LULUS' });
      expect(entry.explanation).toContain(`Below the pass mark of SKD-2024: ${miss}`);
    });

    it('passes a score exactly at each threshold', () => {
      const [entry] = rank(1, candidate(1, s(65, 80, 166)));
      expect(entry).toMatchObject({ rank: 1, status: 'LULUS', total: 311 });
    });

    it('lists every missed threshold', () => {
      const [entry] = rank(1, candidate(1, s(60, 75, 100)));
      expect(entry.explanation).toContain('TWK 60 < 65, TIU 75 < 80, TKP 100 < 166');
    });

    it('places those who passed first, then those who failed (by score), then those without a result', () => {
      const entries = rank(5, candidate(1), candidate(2, s(60, 175, 225)), candidate(3, s(65, 80, 166)), candidate(4, s(60, 100, 170)));
      expect(order(entries)).toEqual(['A3', 'A2', 'A4', 'A1']);
      expect(entries.map((e) => e.order)).toEqual([1, 2, 3, 4]);
      expect(entries[3]).toMatchObject({ status: 'TIDAK_LULUS', rank: null, scores: null, total: null });
      expect(entries[3].explanation).toContain('No SKD result');
    });

    it('never gives a reserve place to someone who missed a threshold, even with quota to spare', () => {
      const entries = rank(3, candidate(1, s(60, 175, 225)));
      expect(entries[0].status).toBe('TIDAK_LULUS');
    });
  });

  it('ranks each formasi on its own', () => {
    const boards = rankSelection(
      [
        { formasiId: 'F1', quota: 1 },
        { formasiId: 'F2', quota: 1 },
      ],
      [candidate(1, s(100, 100, 170), 'F1'), candidate(2, s(150, 175, 225), 'F2'), candidate(3, s(100, 100, 180), 'F1')],
      SKD_2024,
    );
    expect(boards.map((b) => [b.formasiId, order(b.entries)])).toEqual([
      ['F1', ['A3', 'A1']],
      ['F2', ['A2']],
    ]);
  });

  it('gives a formasi without applicants an empty board', () => {
    expect(rankSelection([{ formasiId: 'F9', quota: 2 }], [], SKD_2024)).toEqual([{ formasiId: 'F9', quota: 2, entries: [] }]);
  });
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
