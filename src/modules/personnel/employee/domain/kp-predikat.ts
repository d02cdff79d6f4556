import { RuleProblem, problem } from '@kernel/rules';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { PredikatSource, YearPredikat } from '@modules/shared/predikat';
import { PromoteEmployee } from './employee.commands';
import { RecordedPredikat } from './employee.events';
import { KpRule } from './kp-eligibility';

/**
 * Where a promotion's predikat come from (issue 9 item 6, DOMAIN §1.6 "SKP Baik for the last 2
 * years"): the annual predicates performance published from closed evaluations
 * (performance.AnnualPredikatFinalised); a person's recorded input only for a year before the
 * system — before the first SKP year performance published for the instansi — and each with the
 * legal basis that proves it (the SKP document of that year).
 */
export function promotionPredikat(command: Pick<PromoteEmployee, 'predikat' | 'published' | 'systemFirstYear'>): { effective: YearPredikat[]; used: RecordedPredikat[]; problems: RuleProblem[] } {
  const recorded = Array.isArray(command.predikat) ? command.predikat : [];
  const published = command.published ?? [];
  const first = command.systemFirstYear ?? null;
  const inSystem = recorded.filter((p) => first !== null && p.year >= first).map((p) => p.year);
  const unproven = recorded.filter((p) => legalBasisProblems(p.legalBasis).length > 0).map((p) => p.year);
  const problems: RuleProblem[] = [];
  if (inSystem.length > 0) {
    problems.push(problem(KpRule.PREDIKAT_RECORDED_IN_SYSTEM_YEAR, `Predikat tahun ${inSystem.join(', ')} diambil dari penilaian kinerja tahunan yang ditetapkan, bukan diinput; input tercatat hanya untuk tahun sebelum ${first}`));
  }
  if (unproven.length > 0) {
    problems.push(problem(KpRule.PREDIKAT_LEGAL_BASIS_REQUIRED, `Predikat tercatat tahun ${unproven.join(', ')} memerlukan dasar hukum (nomor dan tanggal dokumen SKP)`));
  }
  const publishedYears = new Set(published.map((p) => p.year));
  const fromInput = recorded.filter((p) => !publishedYears.has(p.year));
  const used: RecordedPredikat[] = [
    ...published.map(({ year, predikat, evaluationId }) => ({ year, predikat, source: PredikatSource.PERFORMANCE_EVALUATION, evaluationId })),
    ...fromInput.map(({ year, predikat, legalBasis }) => ({ year, predikat, source: PredikatSource.RECORDED_INPUT, ...(legalBasis ? { legalBasis } : {}) })),
  ];
  return { effective: used.map(({ year, predikat }) => ({ year, predikat })), used, problems };
}
