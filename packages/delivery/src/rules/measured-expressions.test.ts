import { describe, expect, it } from 'vitest';
import { alertRules, measuredExpressions } from '../alert-rules';

describe('measuredExpressions', () => {
  it('strips the threshold of every shipped alert and keeps its measurement', () => {
    for (const rule of alertRules()) {
      const parts = measuredExpressions(rule.expr);
      expect(parts.length, rule.alert).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part, rule.alert).not.toMatch(/(==|!=|>=|<=|>|<)\s*[\d.\s*+\-()]+$/);
        expect(part.length, rule.alert).toBeGreaterThan(10);
      }
    }
  });

  it('splits on and, and keeps arithmetic that is part of the measurement', () => {
    expect(measuredExpressions('sum(a) > 0.05')).toEqual(['sum(a)']);
    expect(measuredExpressions('(1 - x) > (14.4 * 0.01)\nand\n(1 - y) > (14.4 * 0.01)')).toEqual([
      '(1 - x)',
      '(1 - y)',
    ]);
    expect(measuredExpressions('min(c) - time()\n  < 30 * 24 * 3600')).toEqual(['min(c) - time()']);
  });
});
