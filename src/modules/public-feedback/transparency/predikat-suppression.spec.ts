import { suppressPredikat } from './predikat-suppression';

const counts = (sangatBaik: number, baik: number, butuhPerbaikan: number, kurang: number, sangatKurang: number) => ({ sangatBaik, baik, butuhPerbaikan, kurang, sangatKurang });
const shown = (d: ReturnType<typeof suppressPredikat>) => d.cells.map((c) => c.count);

describe('Predikat distribution: small-cell suppression (k = 5)', () => {
  it('shows every count when each is 0 or at least k', () => {
    const d = suppressPredikat(counts(6, 20, 5, 0, 0), 5);
    expect([d.total, shown(d), d.reason]).toEqual([31, [6, 20, 5, 0, 0], null]);
  });

  it('withholds everything but the fact when fewer than k were evaluated', () => {
    const d = suppressPredikat(counts(1, 3, 0, 0, 0), 5);
    expect([d.total, shown(d), d.reason]).toEqual([null, [null, null, null, null, null], 'TOTAL_BELOW_K']);
  });

  it('withholds a cell of 1 to k−1, and a second one when only one is small (else the total gives it back)', () => {
    const d = suppressPredikat(counts(7, 20, 2, 0, 0), 5);
    expect([d.total, shown(d), d.reason]).toEqual([29, [null, 20, null, 0, 0], 'SMALL_CELLS']);
    const two = suppressPredikat(counts(2, 20, 3, 0, 0), 5);
    expect(shown(two)).toEqual([null, 20, null, 0, 0]);
  });

  it('withholds every count when everyone has the same predikat: each rating would be known', () => {
    const d = suppressPredikat(counts(0, 12, 0, 0, 0), 5);
    expect([d.total, shown(d), d.reason]).toEqual([12, [null, null, null, null, null], 'UNANIMOUS']);
  });

  it('k is configurable', () => {
    expect(shown(suppressPredikat(counts(3, 9, 0, 0, 0), 3))).toEqual([3, 9, 0, 0, 0]);
    expect(suppressPredikat(counts(3, 9, 0, 0, 0), 10).reason).toBe('SMALL_CELLS');
  });
});
