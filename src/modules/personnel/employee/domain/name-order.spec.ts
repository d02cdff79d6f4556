import { sortableName } from './name-order';

describe('sortableName: titles do not decide where a person is filed', () => {
  it.each([
    ['dr. Zainal Abidin, Sp.PD', 'zainal abidin'],
    ['Prof. Dr. Ir. H. Budi Santoso, M.Sc.', 'budi santoso'],
    ['Hj. Ratna Siregar', 'ratna siregar'],
    ['Ani Lestari Siregar, S.Kom.', 'ani lestari siregar'],
    ['Drs.  Kadis   Nasution', 'kadis nasution'],
    ['Édi Ginting', 'edi ginting'],
    ['Hendra', 'hendra'],
    ['Dr. ', 'dr.'],
  ])('%s → %s', (name, key) => {
    expect(sortableName(name)).toBe(key);
  });

  it('sorts "dr. …" among the Z, not after it', () => {
    const names = ['Zulkifli', 'dr. Zainal', 'Ir. Budi', 'Andi'];
    expect([...names].sort((a, b) => sortableName(a).localeCompare(sortableName(b)))).toEqual(['Andi', 'Ir. Budi', 'dr. Zainal', 'Zulkifli']);
  });
});
