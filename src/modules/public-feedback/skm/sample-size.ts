/**
 * Minimum SKM sample by the Krejcie–Morgan table (DOMAIN.md §1.23; χ² = 3.841, P = 0.5, d = 0.05).
 * The table rows are reference data; between rows the formula is used, not interpolation. Which
 * population a unit counts (service users in the period) is the unit's declaration [M].
 */
const KREJCIE_MORGAN: ReadonlyArray<readonly [number, number]> = [
  [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [35, 32], [40, 36], [45, 40], [50, 44], [55, 48], [60, 52], [65, 56],
  [70, 59], [75, 63], [80, 66], [85, 70], [90, 73], [95, 76], [100, 80], [110, 86], [120, 92], [130, 97], [140, 103],
  [150, 108], [160, 113], [170, 118], [180, 123], [190, 127], [200, 132], [210, 136], [220, 140], [230, 144], [240, 148],
  [250, 152], [260, 155], [270, 159], [280, 162], [290, 165], [300, 169], [320, 175], [340, 181], [360, 186], [380, 191],
  [400, 196], [420, 201], [440, 205], [460, 210], [480, 214], [500, 217], [550, 226], [600, 234], [650, 242], [700, 248],
  [750, 254], [800, 260], [850, 265], [900, 269], [950, 274], [1000, 278], [1100, 285], [1200, 291], [1300, 297],
  [1400, 302], [1500, 306], [1600, 310], [1700, 313], [1800, 317], [1900, 320], [2000, 322], [2200, 327], [2400, 331],
  [2600, 335], [2800, 338], [3000, 341], [3500, 346], [4000, 351], [4500, 354], [5000, 357], [6000, 361], [7000, 364],
  [8000, 367], [9000, 368], [10000, 370], [15000, 375], [20000, 377], [30000, 379], [40000, 380], [50000, 381],
  [75000, 382], [1000000, 384],
];

const CHI_SQUARE = 3.841;
const P = 0.5;
const D = 0.05;

/** S = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)), rounded to the nearest integer. */
export function krejcieMorganFormula(population: number): number {
  return Math.round((CHI_SQUARE * population * P * (1 - P)) / (D * D * (population - 1) + CHI_SQUARE * P * (1 - P)));
}

/** Minimum respondents for a population: the table row when there is one, the formula otherwise; every respondent below 10. */
export function minimumSample(population: number): number {
  if (!Number.isInteger(population) || population < 1) throw new RangeError(`population must be a positive integer, got ${population}`);
  if (population < 10) return population;
  const row = KREJCIE_MORGAN.find(([n]) => n === population);
  if (row) return row[1];
  if (population > 1_000_000) return 384;
  return krejcieMorganFormula(population);
}

export interface SampleAdequacy {
  readonly population: number;
  readonly minimumSample: number;
  readonly respondents: number;
  readonly adequate: boolean;
}

export function sampleAdequacy(population: number, respondents: number): SampleAdequacy {
  const minimum = minimumSample(population);
  return { population, minimumSample: minimum, respondents, adequate: respondents >= minimum };
}

export const KREJCIE_MORGAN_TABLE = KREJCIE_MORGAN;
