import { describe, expect, it } from 'vitest';
import { AWARDS, AWARD_MEDAL, AWARD_POINTS, MEDAL_POINTS, awardMedal, awardPoints } from '../../src/lib/core/awards';
import { parseEnum } from '../../src/lib/core/enums';
import { medalTable, sortMedalTable, type AwardCount } from '../../src/lib/core/medal-table';

describe('award scale', () => {
  it('scores WorldSkills medals 4, 3, 2, 1 and no award 0', () => {
    expect(['gold', 'silver', 'bronze', 'excellence', 'none'].map(awardPoints)).toEqual([4, 3, 2, 1, 0]);
  });
  it('puts 一/二/三等奖 on the gold, silver and bronze rungs', () => {
    expect(['first', 'second', 'third'].map(awardMedal)).toEqual(['gold', 'silver', 'bronze']);
    expect(['first', 'second', 'third'].map(awardPoints)).toEqual([4, 3, 2]);
  });
  it('reads the Chinese labels a spreadsheet carries onto the same scale', () => {
    const scored = (raw: string) => awardPoints(parseEnum(AWARDS, raw)!);
    expect(['金牌', '一等奖', '1等奖', '银奖', '二等奖', '铜牌', '三等奖', '优胜奖', '优秀奖', '未获奖'].map(scored)).toEqual([4, 4, 4, 3, 3, 2, 2, 1, 1, 0]);
  });
  it('does not know 特等奖 or 纪念奖: the parser returns null and scoring throws', () => {
    expect(parseEnum(AWARDS, '特等奖')).toBeNull();
    expect(parseEnum(AWARDS, '纪念奖')).toBeNull();
    expect(() => awardPoints('special')).toThrow(/unknown award/);
    expect(() => awardMedal('')).toThrow(/unknown award/);
  });
  it('has a medal and points for every award code, and points that follow the medal', () => {
    for (const a of AWARDS) {
      expect(AWARD_MEDAL[a.code]).not.toBeUndefined();
      const medal = AWARD_MEDAL[a.code];
      expect(AWARD_POINTS[a.code]).toBe(medal ? MEDAL_POINTS[medal] : 0);
    }
    expect(Object.keys(AWARD_MEDAL).sort()).toEqual(AWARDS.map((a) => a.code).sort());
  });
});

const count = (key: string, award: string, n = 1, promotions = 0): AwardCount => ({ key, name: key, award, n, promotions });

describe('medalTable', () => {
  it('adds up medals, points, entries and promotions per key, counting 一等奖 as gold', () => {
    const [row] = medalTable([count('蒙自市', 'gold', 1, 1), count('蒙自市', 'first', 2, 2), count('蒙自市', 'third'), count('蒙自市', 'excellence'), count('蒙自市', 'none', 5)]);
    expect(row).toMatchObject({ gold: 3, silver: 0, bronze: 1, excellence: 1, medals: 5, points: 3 * 4 + 2 + 1, entries: 10, promotions: 3, rank: 1 });
  });
  it('keeps a county with entries but no medal, at zero points', () => {
    const rows = medalTable([count('A', 'none', 4), count('B', 'bronze')]);
    expect(rows.map((r) => [r.key, r.points, r.entries])).toEqual([['B', 2, 1], ['A', 0, 4]]);
  });
  it('rejects an unknown award instead of scoring it as nothing', () => {
    expect(() => medalTable([count('A', 'gold'), count('A', 'special')])).toThrow(/unknown award: special/);
  });
  it('orders by points, then gold, silver, bronze and excellence', () => {
    // A: 1 gold = 4; B: 2 bronze = 4; C: 1 silver + 1 excellence = 4; D: 4 excellence = 4; E: 5
    const rows = medalTable([
      count('D', 'excellence', 4), count('B', 'bronze', 2), count('A', 'gold'), count('C', 'silver'), count('C', 'excellence'), count('E', 'first'), count('E', 'excellence')
    ]);
    expect(rows.map((r) => `${r.rank}${r.key}`)).toEqual(['1E', '2A', '3C', '4B', '5D']);
  });
  it('gives rows equal on every medal the same rank and skips the next ("1, 2, 2, 4"), listing ties by name', () => {
    const rows = medalTable([count('甲', 'gold', 2), count('丙', 'silver'), count('乙', 'silver'), count('丁', 'bronze')]);
    expect(rows.map((r) => [r.rank, r.name])).toEqual([[1, '甲'], [2, '丙'], [2, '乙'], [4, '丁']]);
  });
  it('sorts Olympic-style by gold, where one gold beats any number of silvers', () => {
    const rows = medalTable([count('A', 'silver', 5), count('B', 'gold')]);
    expect(rows.map((r) => r.key)).toEqual(['A', 'B']);
    expect(sortMedalTable(rows, 'gold').map((r) => `${r.rank}${r.key}`)).toEqual(['1B', '2A']);
  });
  it('sorts by total medals, entries or promotions, breaking ties by gold first', () => {
    const rows = medalTable([count('A', 'excellence', 3, 3), count('B', 'gold', 1, 1), count('B', 'bronze', 2), count('C', 'none', 9)]);
    expect(sortMedalTable(rows, 'medals').map((r) => r.key)).toEqual(['B', 'A', 'C']);
    expect(sortMedalTable(rows, 'entries').map((r) => r.key)).toEqual(['C', 'B', 'A']);
    expect(sortMedalTable(rows, 'promotions').map((r) => r.key)).toEqual(['A', 'B', 'C']);
  });
  it('is empty for no results', () => {
    expect(medalTable([])).toEqual([]);
  });
});
