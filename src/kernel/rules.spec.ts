import { DomainRuleViolation } from './errors';
import { dateProblems, problem, refuse, refuseIfAny, requiredTextProblems, unless } from './rules';

describe('kernel rules helper', () => {
  it('refuses with every unmet rule at once, ignoring the checks that held', () => {
    const attempt = () => refuseIfAny([undefined, false, '', problem('X.A', 'a'), ...unless(true, 'X.B', 'b'), ...unless(false, 'X.C', 'c')], { id: 1 });
    expect(attempt).toThrow(DomainRuleViolation);
    try {
      attempt();
    } catch (error) {
      const violation = error as DomainRuleViolation;
      expect(violation.rule).toBe('X.A');
      expect(violation.violations).toEqual([problem('X.A', 'a'), problem('X.C', 'c')]);
      expect(violation.details).toEqual({ id: 1 });
    }
  });

  it('goes on when every check held', () => {
    expect(() => refuseIfAny([undefined, ...unless(true, 'X.B', 'b')])).not.toThrow();
  });

  it('names a single rule with refuse', () => {
    expect(() => refuse('X.D', 'd')).toThrow(expect.objectContaining({ rule: 'X.D', message: 'd' }));
  });

  it('input guards name every bad field in one problem', () => {
    expect(requiredTextProblems({ name: ' ', code: 'A', unit: undefined })).toEqual([problem('PERSONNEL.FIELD_REQUIRED', 'Wajib diisi: name, unit')]);
    expect(dateProblems({ tmt: '2024-02-30', skDate: '2024-02-29' })).toEqual([problem('PERSONNEL.DATE_INVALID', 'Bukan tanggal yang sah (YYYY-MM-DD): tmt')]);
  });
});
