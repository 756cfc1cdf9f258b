/** The normaliser (core/terms): free-text skill and certificate tags read as a recruiter would. */
import { describe, expect, it } from 'vitest';
import { pinyinReadings } from '../../src/lib/core/pinyin';
import {
  certificateCore,
  certificateVocabulary,
  HomophoneIndex,
  isSoftQuality,
  readingWorthSaying,
  skillVocabulary,
  splitCompound,
  SURE,
  termForms,
  THESAURUS
} from '../../src/lib/core/terms';

const SKILLS = [
  { id: 'SK001', name: '氩弧焊', synonyms: ['TIG焊', '钨极氩弧焊'], occupations: ['6-18-02-04'] },
  { id: 'SK002', name: '二氧化碳气体保护焊', synonyms: ['二保焊', 'CO2焊'], occupations: ['6-18-02-04'] },
  { id: 'SK003', name: '焊条电弧焊', synonyms: ['手工电弧焊'], occupations: ['6-18-02-04'] },
  { id: 'SK005', name: '气焊与气割', synonyms: ['气割', '火焰切割'], occupations: ['6-18-02-04'] },
  { id: 'SK006', name: '等离子切割', synonyms: [], occupations: ['6-18-02-04'] },
  { id: 'SK014', name: '机械识图', synonyms: ['识图'], occupations: ['6-18-01-01', '6-18-02-04'] },
  { id: 'SK016', name: '数控车床编程', synonyms: ['数控车编程'], occupations: ['6-18-01-01'] },
  { id: 'SK017', name: '普通车床操作', synonyms: ['普车'], occupations: ['6-18-01-01'] },
  { id: 'SK018', name: '数控铣床编程', synonyms: [], occupations: ['6-18-01-02'] },
  { id: 'SK019', name: '计算机辅助制造', synonyms: ['UG编程'], occupations: ['6-18-01-02'] },
  { id: 'SK038', name: 'PLC编程', synonyms: ['可编程控制器编程'], occupations: ['6-31-01-03'] },
  { id: 'SK096', name: '装载机操作', synonyms: ['铲车', '装载机驾驶'], occupations: ['6-30-05-03'] },
  { id: 'SK098', name: '叉车驾驶', synonyms: ['叉车'], occupations: ['6-30-05-01', '4-02-06-01'] },
  { id: 'SK101', name: 'BIM建模', synonyms: [], occupations: ['6-29-03-01'] }
];
const CERTS = [
  { id: 'TZ01', name: '熔化焊接与热切割作业', synonyms: ['焊工证', '电焊证'] },
  { id: 'TZ02', name: '低压电工作业', synonyms: ['电工证'] },
  { id: 'JN3', name: '职业技能等级证书(四级/中级工)', synonyms: ['中级工证'] },
  { id: 'ZG01', name: '特种设备作业人员证(叉车司机)', synonyms: ['叉车证'] }
];

const skills = skillVocabulary(SKILLS, pinyinReadings);
const certs = certificateVocabulary(CERTS);
const read = (t: string, occupation?: string) => skills.read(t, { occupation });

describe('folding', () => {
  it('full- and half-width, case and spaces make no difference', () => {
    for (const t of ['ＴＩＧ焊', 'tig焊', 'Tig 焊', ' TIG焊。', '氩 弧 焊']) expect(read(t).id).toBe('SK001');
    expect(read('ＰＬＣ编程')).toMatchObject({ id: 'SK038', how: 'name', confidence: 1 });
  });
});

describe('extra words', () => {
  it('are removed around a skill: 熟练掌握…, …经验, 会…, 能独立完成…, 从事…多年, …操作熟练', () => {
    expect(termForms('熟练掌握氩弧焊技术')).toContain('氩弧焊');
    for (const t of ['熟练掌握氩弧焊', '氩弧焊经验', '会氩弧焊', '能独立完成氩弧焊', '从事氩弧焊多年', '有氩弧焊工作经验', '氩弧焊(熟练)', '3年以上氩弧焊经验'])
      expect(read(t), t).toMatchObject({ id: 'SK001', confidence: 1 });
  });
  it('never turn a denial into the skill, and 无 starting a word (无损检测, 无人机) is no denial', () => {
    expect(read('不会氩弧焊').id).toBeNull();
    expect(read('没有焊工证').id).toBeNull();
    expect(certificateVocabulary([{ id: 'QT03', name: '民用无人驾驶航空器操控员执照', synonyms: ['无人机驾驶证'] }]).read('无人机驾驶证').id).toBe('QT03');
  });
});

describe('Latin abbreviations', () => {
  it('MAG, MIG, TIG, UG, CAD-like abbreviations are read through the thesaurus', () => {
    expect(read('MAG焊')).toMatchObject({ id: 'SK002', how: 'abbreviation' });
    expect(read('TIG')).toMatchObject({ id: 'SK001', how: 'abbreviation' });
    expect(read('UG')).toMatchObject({ id: 'SK019', how: 'abbreviation' });
    expect(read('PLC')).toMatchObject({ id: 'SK038' });
    expect(read('BIM')).toMatchObject({ id: 'SK101' });
  });
  it('MIG, absent from the vocabulary, is read as the neighbouring technique with less confidence', () => {
    const r = read('MIG焊');
    expect(r).toMatchObject({ id: 'SK002', how: 'related' });
    expect(r.confidence).toBeLessThan(SURE);
  });
  it('a Latin word is found only as a whole word inside a longer tag', () => {
    expect(read('TIG氩弧焊').id).toBe('SK001');
    expect(read('plug').id).toBeNull();
  });
});

describe('compound tags', () => {
  it('are split on separators and connectives, each part read', () => {
    expect(splitCompound('氩弧焊/二保焊')).toEqual(['氩弧焊', '二保焊']);
    expect(read('氩弧焊及二保焊').matches.map((m) => m.id)).toEqual(['SK001', 'SK002']);
    expect(read('焊接及气割').matches.map((m) => m.id)).toEqual(['SK005']);
    expect(read('氩弧焊、二保焊、吃苦耐劳').matches.map((m) => m.id)).toEqual(['SK001', 'SK002']);
    expect(read('数控车床编程与操作').id).toBe('SK016');
  });
  it('a name that contains a connective is read whole first (气焊与气割)', () => {
    expect(read('气焊与气割')).toMatchObject({ id: 'SK005', how: 'name', matches: [{ id: 'SK005' }] });
  });
  it('thesaurus compounds stand for several skills: 车铣 → 车削 + 铣削', () => {
    expect(read('车铣').matches.map((m) => m.id)).toEqual(['SK017', 'SK018']);
  });
  it('two vocabulary words written together are both read', () => {
    expect(read('五年氩弧焊二保焊经验').matches.map((m) => m.id).sort()).toEqual(['SK001', 'SK002']);
  });
});

describe('near-homophone typos', () => {
  it('a tag with the same pinyin as a vocabulary word and one character different is read as that word, less surely', () => {
    const r = read('电悍');
    expect(r).toMatchObject({ id: 'SK003', how: 'typo', matches: [{ via: '电焊' }] });
    expect(r.confidence).toBeLessThan(SURE);
    expect(read('亚弧焊')).toMatchObject({ id: 'SK001', how: 'typo' });
    expect(read('熟练掌握二保悍')).toMatchObject({ id: 'SK002', how: 'typo' });
  });
  it('two characters different, or a different sound, is not a typo', () => {
    expect(read('电汗汗').id).toBeNull();
    expect(read('电炸').id).toBeNull();
  });
  it('without a pinyin reader no typo is read, and one can be given later', () => {
    const v = skillVocabulary(SKILLS);
    expect(v.read('电悍').id).toBeNull();
    v.usePinyin(pinyinReadings);
    expect(v.read('电悍').id).toBe('SK003');
  });
  it('polyphones count by any of their readings', () => {
    const index = new HomophoneIndex(['种植'], pinyinReadings);
    expect(index.near('重植')).toEqual(['种植']);
  });
});

describe('trade slang', () => {
  it('is read through the thesaurus (电焊 → 焊条电弧焊, 挖机 …)', () => {
    expect(read('电焊')).toMatchObject({ id: 'SK003', how: 'slang' });
  });
  it('an ambiguous word is decided by the occupation: 铲车 is a forklift in a warehouse and a loader on a site', () => {
    expect(read('铲车', '4-02-06-01')).toMatchObject({ id: 'SK098', how: 'slang' });
    expect(read('铲车', '6-30-05-03')).toMatchObject({ id: 'SK096', how: 'synonym' });
    expect(read('CNC', '6-18-01-01').id).toBe('SK016');
    expect(read('CNC', '6-18-01-02').id).toBe('SK018');
  });
  it('without an occupation the bureau’s own meaning wins; with none, the first is a guess', () => {
    const chanche = read('铲车');
    expect(chanche).toMatchObject({ id: 'SK096', how: 'ambiguous' });
    expect(chanche.confidence).toBeGreaterThanOrEqual(SURE);
    const r = read('切割', '6-18-02-04');
    expect(r).toMatchObject({ how: 'ambiguous' });
    expect(r.confidence).toBeLessThan(SURE);
  });
  it('the bureau’s synonyms extend the thesaurus and win over it', () => {
    const v = skillVocabulary([{ id: 'X1', name: '电焊', synonyms: [] }, ...SKILLS]);
    const r = v.read('电焊');
    expect(r.id).toBe('X1');
    expect(r.confidence).toBeGreaterThanOrEqual(SURE);
  });
});

describe('soft qualities', () => {
  it('are recognised as not skills, with or without 强/良好', () => {
    for (const t of ['吃苦耐劳', '责任心强', '有责任心', '沟通能力强', '团队协作', '身体健康', '良好的团队合作精神']) expect(read(t), t).toMatchObject({ id: null, soft: true, how: 'soft' });
    expect(isSoftQuality(['氩弧焊'])).toBe(false);
  });
  it('are neither skills nor unknown terms in a list', () => {
    const r = skills.resolveAll(['氩弧焊', '吃苦耐劳', '烹饪']);
    expect(r).toMatchObject({ ids: ['SK001'], soft: ['吃苦耐劳'], unknown: ['烹饪'] });
  });
});

describe('a list of terms', () => {
  it('separates sure ids from inferred ones; a sure reading of the same skill wins', () => {
    const r = skills.resolveAll(['电悍', '氩弧焊', 'MIG焊', '二保焊'], { occupation: '6-18-02-04' });
    expect(r.sure.sort()).toEqual(['SK001', 'SK002']);
    expect(r.inferred).toEqual(['SK003']);
    expect(r.ids).toEqual(['SK003', 'SK001', 'SK002']);
    expect(r.readings.map((x) => x.how)).toEqual(['typo', 'name', 'related', 'synonym']);
  });
  it('says which readings are worth naming to the user', () => {
    expect(readingWorthSaying(read('电悍').matches[0])).toBe(true);
    expect(readingWorthSaying(read('MAG焊').matches[0])).toBe(true);
    expect(readingWorthSaying(read('熟练掌握二保焊').matches[0])).toBe(false);
  });
  it('is deterministic and fast for thousands of distinct terms', () => {
    const terms = Array.from({ length: 3000 }, (_, i) => ['熟练掌握氩弧焊', '电悍', '吃苦耐劳', 'MAG焊', '不认识的词'][i % 5] + (i % 7 ? '' : String(i)));
    const t0 = performance.now();
    const a = terms.map((t) => read(t));
    const ms = performance.now() - t0;
    expect(terms.map((t) => read(t))).toEqual(a);
    expect(ms).toBeLessThan(3000);
  });
});

describe('certificates', () => {
  it('are read from the usual wordings (…上岗证, 特种作业操作证（…）, …证书)', () => {
    expect(certificateCore('电工上岗证')).toBe('电工');
    for (const [t, id] of [['电工上岗证', 'TZ02'], ['特种作业操作证（焊工）', 'TZ01'], ['焊工操作证', 'TZ01'], ['叉车司机证', 'ZG01'], ['中级工证书', 'JN3'], ['四级/中级工', 'JN3'], ['N1证', 'ZG01']])
      expect(certs.read(t).id, t).toBe(id);
  });
  it('are never read through a typo or a guess: a certificate is a legal document', () => {
    expect(certs.read('悍工证').id).toBeNull();
    expect(certs.read('消防员证').id).toBeNull();
  });
});

describe('the shipped thesaurus', () => {
  it('has no word twice within a group, and every compound part is a thesaurus or bureau word', () => {
    for (const g of [...THESAURUS.skills, ...THESAURUS.certificates]) {
      const words = [...g.terms, ...(g.abbreviations ?? []), ...(g.slang ?? [])];
      expect(new Set(words).size, words.join('、')).toBe(words.length);
    }
    const known = new Set(THESAURUS.skills.flatMap((g) => [...g.terms, ...(g.abbreviations ?? []), ...(g.slang ?? [])]));
    for (const parts of Object.values(THESAURUS.compounds)) for (const p of parts) expect(known.has(p), p).toBe(true);
  });
});
