/** The publisher's seam for free-text skills: distinct terms per occupation in, one mapping per skill read out. */
import { describe, expect, it } from 'vitest';
import { publisherVocabularies } from '../../src/lib/core/vocabulary';
import { mapSkillTerms, SOFT_QUALITY_NOTE } from '../../src/lib/pipeline/skill-terms';

const { skills } = publisherVocabularies(
  [
    { id: 'SK001', name: '氩弧焊', synonyms: ['TIG焊'], occupations: ['6-18-02-04'] },
    { id: 'SK003', name: '焊条电弧焊', synonyms: [], occupations: ['6-18-02-04'] },
    { id: 'SK096', name: '装载机操作', synonyms: ['铲车'], occupations: ['6-30-05-03'] },
    { id: 'SK098', name: '叉车驾驶', synonyms: ['叉车'], occupations: ['4-02-06-01'] }
  ],
  []
);
const map = (term: string, occupation: string | null = null) => mapSkillTerms(skills, [{ term, occupation, count: 1 }]);

describe('mapSkillTerms', () => {
  it('maps a compound tag to one row per skill, each with its confidence', () => {
    expect(map('氩弧焊及电悍', '6-18-02-04').map((m) => [m.id, m.confidence < 0.9])).toEqual([
      ['SK001', false],
      ['SK003', true]
    ]);
  });
  it('reads an ambiguous word in the occupation it is written in', () => {
    expect(map('铲车', '4-02-06-01')[0].id).toBe('SK098');
    expect(map('铲车', '6-30-05-03')[0].id).toBe('SK096');
  });
  it('gives a soft quality no id and a note, and an unknown term no id and no note', () => {
    expect(map('吃苦耐劳')).toEqual([{ term: '吃苦耐劳', occupation: null, id: null, confidence: 0, note: SOFT_QUALITY_NOTE }]);
    expect(map('修手表')).toEqual([{ term: '修手表', occupation: null, id: null, confidence: 0 }]);
  });
});
