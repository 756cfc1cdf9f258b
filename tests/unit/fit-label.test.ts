/** Axis labels cut to their margin, so a phone never shows a label clipped at the chart's edge. */
import { describe, expect, it } from 'vitest';
import { fitLabel, labelEms } from '../../src/lib/charts/fit-label';

describe('fitLabel', () => {
  it('measures CJK characters as 1 em and Latin ones as 0.6 em', () => {
    expect(labelEms('制造业')).toBe(3);
    expect(labelEms('C 制造业')).toBeCloseTo(4.2);
  });
  it('keeps a label that fits, and cuts one that does not so that it fits, ending in …', () => {
    const fit = fitLabel(121, 12); // (121 − 10) / 12 = 9.25 em
    expect(fit('C 制造业')).toBe('C 制造业');
    const cut = fit('D 电力、热力、燃气及水生产和供应业');
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.startsWith('D 电力')).toBe(true);
    expect(labelEms(cut)).toBeLessThanOrEqual(9.25);
  });
  it('gives more of the label room on a wider chart', () => {
    const label = 'D 电力、热力、燃气及水生产和供应业';
    expect(fitLabel(200, 12)(label).length).toBeGreaterThan(fitLabel(121, 12)(label).length);
  });
});
