import { evaluateSkd, findSkdReference, SKD_2024, skdScoreProblems } from './skd-reference';

describe('SKD reference data (KepmenPANRB 321/2024)', () => {
  it('holds the 2024 maxima and thresholds', () => {
    expect(SKD_2024.maxima).toEqual({ TWK: 150, TIU: 175, TKP: 225, total: 550 });
    expect(SKD_2024.maxima.TWK + SKD_2024.maxima.TIU + SKD_2024.maxima.TKP).toBe(SKD_2024.maxima.total);
    expect(SKD_2024.thresholds).toEqual({ TWK: 65, TIU: 80, TKP: 166 });
    expect(findSkdReference('SKD-2024')).toBe(SKD_2024);
    expect(findSkdReference('SKD-1999')).toBeUndefined();
    expect(findSkdReference('toString')).toBeUndefined();
  });

  describe('evaluateSkd', () => {
    it('passes when every test meets its own threshold, exactly at the mark included', () => {
      expect(evaluateSkd({ TWK: 65, TIU: 80, TKP: 166 }, SKD_2024)).toEqual({
        total: 311,
        passed: { TWK: true, TIU: true, TKP: true },
        passedAll: true,
        failedTests: [],
      });
    });

    it.each([
      [{ TWK: 60, TIU: 175, TKP: 225 }, ['TWK']],
      [{ TWK: 150, TIU: 75, TKP: 225 }, ['TIU']],
      [{ TWK: 150, TIU: 175, TKP: 165 }, ['TKP']],
      [{ TWK: 0, TIU: 0, TKP: 0 }, ['TWK', 'TIU', 'TKP']],
    ])('checks each threshold independently of the total: %j fails %j', (scores, failed) => {
      const evaluation = evaluateSkd(scores, SKD_2024);
      expect(evaluation.passedAll).toBe(false);
      expect(evaluation.failedTests).toEqual(failed);
    });
  });

  describe('skdScoreProblems', () => {
    it('accepts the maxima and zero', () => {
      expect(skdScoreProblems({ TWK: 150, TIU: 175, TKP: 225 }, SKD_2024)).toEqual([]);
      expect(skdScoreProblems({ TWK: 0, TIU: 0, TKP: 0 }, SKD_2024)).toEqual([]);
    });

    it('refuses scores above a maximum, negative or fractional', () => {
      const problems = skdScoreProblems({ TWK: 155, TIU: -5, TKP: 170.5 }, SKD_2024);
      expect(problems.map((p) => p.rule)).toEqual(['PERSONNEL.SKD_SCORE_OUT_OF_RANGE', 'PERSONNEL.SKD_SCORE_OUT_OF_RANGE', 'PERSONNEL.SKD_SCORE_OUT_OF_RANGE']);
      expect(problems[0].message).toContain('Nilai TWK 155 di luar rentang 0–150');
    });

    it('refuses TWK/TIU scores that are not multiples of 5 (5 points per correct answer), but any whole TKP score', () => {
      const problems = skdScoreProblems({ TWK: 67, TIU: 81, TKP: 167 }, SKD_2024);
      expect(problems.map((p) => p.rule)).toEqual(['PERSONNEL.SKD_SCORE_NOT_ATTAINABLE', 'PERSONNEL.SKD_SCORE_NOT_ATTAINABLE']);
    });
  });
});
