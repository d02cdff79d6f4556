import Fraction from 'fraction.js';
import { computeIkm, exactIkm, gradeOf, isValidAnswers, SkmAnswers, toDecimalText } from './ikm';
import { KREJCIE_MORGAN_TABLE, krejcieMorganFormula, minimumSample, sampleAdequacy } from './sample-size';

/** Respondents built per unsur from "k respondents gave value v" counts, as the worked example states them. */
function fromCounts(n: number, perUnsur: Array<Array<[count: number, value: number]>>): SkmAnswers[] {
  const columns = perUnsur.map((counts) => counts.flatMap(([count, value]) => Array<number>(count).fill(value)));
  columns.forEach((c) => expect(c).toHaveLength(n));
  return Array.from({ length: n }, (_, r) => columns.map((c) => c[r]));
}

// The worked example (29 respondents; totals 105 101 100 116 102 105 106 105 115 = 955) that
// DOMAIN.md §1.3 quotes: 91.48 exactly, 90.56 in the document's weighted table.
const example = fromCounts(29, [
  [[18, 4], [11, 3]],
  [[14, 4], [15, 3]],
  [[15, 4], [12, 3], [2, 2]],
  [[29, 4]],
  [[15, 4], [14, 3]],
  [[18, 4], [11, 3]],
  [[19, 4], [10, 3]],
  [[18, 4], [11, 3]],
  [[28, 4], [1, 3]],
]);

describe('IKM engine (PermenPANRB 14/2017)', () => {
  it('computes NRR per unsur and IKM = 25 × mean NRR exactly: the worked example is 91.48, grade A', () => {
    const result = computeIkm(example);
    expect(result.respondents).toBe(29);
    expect(result.nrr.map((u) => u.total)).toEqual([105, 101, 100, 116, 102, 105, 106, 105, 115]);
    expect(result.nrr.map((u) => u.nrr)).toEqual(['3.6207', '3.4828', '3.4483', '4.0000', '3.5172', '3.6207', '3.6552', '3.6207', '3.9655']);
    expect(exactIkm(example).equals(new Fraction(955 * 25, 29 * 9))).toBe(true);
    expect(result.ikm).toBe('91.48');
    expect(result.grade).toBe('A');
  });

  it('the rounding pitfall: penimbang 0.1111 and NRR at 4 dp give 91.47, not the exact 91.48', () => {
    const rounded = computeIkm(example).nrr.map((u) => new Fraction(u.nrr)).reduce((s, v) => s.add(v.mul('0.1111')), new Fraction(0)).mul(25);
    expect(toDecimalText(rounded, 2)).toBe('91.47');
    expect(computeIkm(example).ikm).toBe('91.48');
  });

  it('rounds once, half up: 8 respondents totalling 81 over 72 answers is exactly 28.125 → 28.13', () => {
    const answers: SkmAnswers[] = [...Array(7)].map(() => [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    answers.push([2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(exactIkm(answers).equals(new Fraction(28125, 1000))).toBe(true);
    expect(computeIkm(answers).ikm).toBe('28.13');
  });

  it('all 4 is 100.00 and all 1 is 25.00', () => {
    expect(computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]).ikm).toBe('100.00');
    expect(computeIkm([[1, 1, 1, 1, 1, 1, 1, 1, 1]]).ikm).toBe('25.00');
  });

  it('has no IKM without respondents', () => {
    expect(computeIkm([])).toMatchObject({ respondents: 0, ikm: null, grade: null });
  });

  it.each([
    ['25.00', 'D'], ['64.99', 'D'], ['65.00', 'C'], ['76.60', 'C'], ['76.61', 'B'], ['88.30', 'B'], ['88.31', 'A'], ['100.00', 'A'],
  ])('grades %s as %s at the band edges', (ikm, grade) => expect(gradeOf(ikm)).toBe(grade));

  it('accepts nine integer answers 1–4 only', () => {
    expect(isValidAnswers([1, 2, 3, 4, 1, 2, 3, 4, 4])).toBe(true);
    expect(isValidAnswers([1, 2, 3, 4, 1, 2, 3, 4])).toBe(false);
    expect(isValidAnswers([0, 2, 3, 4, 1, 2, 3, 4, 4])).toBe(false);
    expect(isValidAnswers([5, 2, 3, 4, 1, 2, 3, 4, 4])).toBe(false);
    expect(isValidAnswers([2.5, 2, 3, 4, 1, 2, 3, 4, 4])).toBe(false);
  });
});

describe('Krejcie–Morgan sample adequacy', () => {
  it('every table row agrees with the formula', () => {
    for (const [population, sample] of KREJCIE_MORGAN_TABLE) expect([population, krejcieMorganFormula(population)]).toEqual([population, sample]);
  });

  it('uses the table rows and the formula between them (N = 550 → 226; N = 555 → 227)', () => {
    expect(minimumSample(100)).toBe(80);
    expect(minimumSample(550)).toBe(226);
    expect(minimumSample(555)).toBe(227);
    expect(minimumSample(1_000_000)).toBe(384);
    expect(minimumSample(5_000_000)).toBe(384);
    expect(minimumSample(7)).toBe(7);
    expect(() => minimumSample(0)).toThrow(RangeError);
  });

  it('flags a sample below the minimum', () => {
    expect(sampleAdequacy(100, 79)).toEqual({ population: 100, minimumSample: 80, respondents: 79, adequate: false });
    expect(sampleAdequacy(100, 80).adequate).toBe(true);
  });
});
