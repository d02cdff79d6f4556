import { EDUCATION_CEILINGS_V1, EDUCATION_ORDER, educationCeiling, isEducation } from './education';
import { GOLONGAN_INFO } from '@modules/shared/golongan';

describe('KP Reguler ceiling by education', () => {
  it.each([
    ['SD', 'II/a'],
    ['SLTP', 'II/c'],
    ['SLTA', 'III/b'],
    ['D_I', 'III/b'],
    ['D_II', 'III/b'],
    ['D_III', 'III/c'],
    ['D_IV', 'III/d'],
    ['S1', 'III/d'],
    ['S2', 'IV/a'],
    ['S3', 'IV/b'],
  ] as const)('%s stops at %s', (education, label) => {
    expect(GOLONGAN_INFO[educationCeiling(education)].label).toBe(label);
  });

  it('covers every education level and marks the secondary-source rows', () => {
    expect(Object.keys(EDUCATION_CEILINGS_V1.ceilings).sort()).toEqual([...EDUCATION_ORDER].sort());
    expect(EDUCATION_CEILINGS_V1.unconfirmed).toEqual(['S2', 'S3']);
    expect(EDUCATION_CEILINGS_V1.version).toBe('EDUCATION_CEILINGS_V1');
  });

  it('uses another table when given one', () => {
    const v2 = { ...EDUCATION_CEILINGS_V1, version: 'V2', ceilings: { ...EDUCATION_CEILINGS_V1.ceilings, S2: 'IV_B' as const } };
    expect(educationCeiling('S2', v2)).toBe('IV_B');
  });

  it('recognises its codes', () => {
    expect(isEducation('D_III')).toBe(true);
    expect(isEducation('D3')).toBe(false);
  });
});
