import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awardLabel,
  experienceLabel,
  personFacts,
  personHeadline,
  poolContact,
  salaryBandLabel,
  type Person,
  type PersonNames
} from '../../src/lib/core/pool/person';
import {
  LEVEL_FILTERS,
  POOL_PAGE_SIZE,
  POOL_SORTS,
  clearedPoolView,
  defaultPoolView,
  isDefaultPoolListing,
  levelFilterLabel,
  narrowsPool,
  occupationFilterOptions,
  pageCount,
  pageSpan,
  poolViewCodec,
  type PoolView
} from '../../src/lib/core/pool/view';
import { toPinyin } from '../../src/lib/core/pinyin';
import { certificateTerms, poolEntry, poolPage, poolSummary, skillTerms, type PoolEntry } from '../../src/lib/core/queries/pool';
import { occupationEntries, type OccupationEntry } from '../../src/lib/core/queries/wages';
import { PoolSearch } from '../../src/lib/core/search/pool-search';
import { NodeEngine } from '../../src/lib/engine/node';
import { publishTables, type Published } from '../helpers/publish';
import { baseTables, lcg, type Table } from '../helpers/sources';

const known = { counties: ['532501', '532502', '532503'], certificates: ['C001', 'C002'] };
const codec = poolViewCodec(known);
const parse = (q: string) => codec.parse(new URLSearchParams(q));

const poolViews: fc.Arbitrary<PoolView> = fc.record({
  q: fc.string({ maxLength: 50 }),
  occupation: fc.option(fc.constantFrom('6', '6-18', '6-18-02', '6-18-02-04'), { nil: null }),
  level: fc.option(fc.record({ level: fc.integer({ min: 0, max: 8 }), orAbove: fc.boolean() }), { nil: null }),
  county: fc.option(fc.constantFrom(...known.counties), { nil: null }),
  availability: fc.option(fc.constantFrom('available', 'open', 'unavailable'), { nil: null }),
  certificate: fc.option(fc.constantFrom(...known.certificates), { nil: null }),
  relocate: fc.boolean(),
  sort: fc.constantFrom(...POOL_SORTS.map((s) => s.key)),
  page: fc.integer({ min: 1, max: 100_000 }),
  ref: fc.option(fc.constantFrom('R1234ABCD', 'R51FD50D8'), { nil: null })
});

describe('poolViewCodec (the /pool/ URL)', () => {
  it('defaults to the prerendered listing: no search, no filter, by reference, page 1, nothing opened', () => {
    expect(codec.defaults).toEqual(defaultPoolView());
    expect(codec.serialise(codec.defaults).toString()).toBe('');
    expect(isDefaultPoolListing(codec.defaults)).toBe(true);
  });
  it('round-trips every view: search text, filters, order, page and an opened reference', () =>
    fc.assert(fc.property(poolViews, (v) => {
      expect(codec.parse(codec.serialise(v))).toEqual(v);
    })));
  it('writes the short parameters the site links with: occ, level=4+, avail, cert, relocate=1', () => {
    const v: PoolView = {
      q: '焊工', occupation: '6-18', level: { level: 4, orAbove: true }, county: '532503', availability: 'available',
      certificate: 'C001', relocate: true, sort: 'level', page: 3, ref: 'R1234ABCD'
    };
    expect(codec.serialise(v).toString()).toBe('q=%E7%84%8A%E5%B7%A5&occ=6-18&level=4%2B&county=532503&avail=available&cert=C001&relocate=1&sort=level&page=3&ref=R1234ABCD');
  });
  it('opens ?ref= in the form the competitions page links, whatever its case', () => {
    expect(parse('ref=r1234abcd').ref).toBe('R1234ABCD');
  });
  it('falls back to the default for each malformed or unknown value, keeping the valid ones', () => {
    expect(parse('occ=9-99x&level=9&county=110000&avail=maybe&cert=X&sort=salary;drop&page=-2&ref=R123&relocate=yes')).toEqual(codec.defaults);
    for (const bad of ['occ=', 'level=4++', 'level=x', 'county=', 'page=0', 'page=2.5', 'page=100001', 'ref=R1234ABCI', 'sort=', 'relocate=true'])
      expect(parse(bad), bad).toEqual(codec.defaults);
    expect(parse('county=999999&level=5')).toEqual({ ...codec.defaults, level: { level: 5, orAbove: false } });
  });
  it('never throws on any URL, and what it reads is always a valid view', () =>
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('q', 'occ', 'level', 'county', 'avail', 'cert', 'relocate', 'sort', 'page', 'ref'), fc.string()), (params) => {
        const v = codec.parse(new URLSearchParams(params));
        expect(v.q.length).toBeLessThanOrEqual(50);
        expect(v.page).toBeGreaterThanOrEqual(1);
        expect(codec.parse(codec.serialise(v))).toEqual(v);
      })
    ));
  it('keeps typed search text as typed, spaces and all, cut at 50 characters', () => {
    expect(codec.read('q', ' 焊 工 ')).toBe(' 焊 工 ');
    expect(codec.read('q', 'x'.repeat(80))).toHaveLength(50);
  });
  it('a search of spaces only is no search: the prerendered listing', () => expect(isDefaultPoolListing({ ...codec.defaults, q: '  ' })).toBe(true));
  it('narrowsPool(v) is true for a search or a filter, not for the order, the page or an opened entry', () => {
    expect([{ sort: 'level' as const }, { page: 4 }, { ref: 'R1234ABCD' }].map((p) => narrowsPool({ ...codec.defaults, ...p }))).toEqual([false, false, false]);
    expect([{ q: 'hg' }, { county: '532501' }, { relocate: true }].map((p) => narrowsPool({ ...codec.defaults, ...p }))).toEqual([true, true, true]);
  });
  it('clearedPoolView(v) clears the search and every filter but keeps the order and the opened entry', () => {
    const v = { ...codec.defaults, q: 'hg', county: '532501', page: 3, sort: 'salary' as const, ref: 'R1234ABCD' };
    expect(clearedPoolView(v)).toEqual({ ...codec.defaults, sort: 'salary', ref: 'R1234ABCD' });
  });
});

describe('pool view selectors', () => {
  it('names level filters in Chinese, with 高技能人才 for level 4 and above', () => {
    expect(levelFilterLabel({ level: 4, orAbove: true })).toBe('高技能人才（高级工及以上）');
    expect(levelFilterLabel({ level: 5, orAbove: false })).toBe('技师（二级）');
    expect(levelFilterLabel({ level: 5, orAbove: true })).toBe('技师及以上');
    expect(levelFilterLabel(null)).toBe('全部等级');
  });
  it('LEVEL_FILTERS offers 高技能人才 first, then 技师 and above, then every level', () => {
    expect(LEVEL_FILTERS.slice(0, 3).map(levelFilterLabel)).toEqual(['高技能人才（高级工及以上）', '技师及以上', '无等级']);
    expect(LEVEL_FILTERS).toHaveLength(11);
  });
  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(POOL_PAGE_SIZE + 1)).toBe(2);
  });
  it('pageSpan(total, page) gives the positions on the page, the last page short, and null past the end', () => {
    expect(pageSpan(45, 1)).toEqual({ from: 1, to: 20 });
    expect(pageSpan(45, 3)).toEqual({ from: 41, to: 45 });
    expect(pageSpan(45, 4)).toBeNull();
    expect(pageSpan(0, 1)).toBeNull();
  });
});

const names: PersonNames = {
  occupation: (c) => ({ '6-18-02-04': '焊工' })[c] ?? c,
  region: (c) => ({ '532501': '个旧市' })[c] ?? c,
  skill: (id) => ({ SK001: '氩弧焊', SK002: '焊条电弧焊' })[id] ?? id,
  certificate: (id) => ({ C001: '熔化焊接与热切割作业' })[id] ?? id
};
const person = (over: Partial<Person> = {}): Person => ({
  ref: 'R1234ABCD', occupation_code: '6-18-02-04', skill_level: 4, region_code: '532501', skills: ['SK001'], certificates: ['C001'],
  honors: [], competition_awards: [], experience_band: '6-10', availability: 'available', willing_to_relocate: true,
  expected_salary_min: 8000, expected_salary_max: 9000, ...over
});
const fact = (p: Person, label: string) => personFacts(p, names).find((f) => f.label === label)?.value;

describe('a person, worded once for /pool/ and /match/', () => {
  it('personHeadline(p) names the occupation, the level and the county', () =>
    expect(personHeadline(person(), names)).toEqual({ occupation: '焊工', level: '高级工（三级）', county: '个旧市' }));
  it('personFacts(p) lists skills, certificates, experience, expected pay and availability, in that order', () =>
    expect(personFacts(person(), names).map((f) => f.label)).toEqual(['技能', '证书', '从业年限', '期望月薪', '求职状态']));
  it('lists honours and awards only when there are any', () => {
    const p = person({ honors: ['红河州技术能手'], competition_awards: ['2024:provincial:gold'] });
    expect(fact(p, '荣誉')).toBe('红河州技术能手');
    expect(fact(p, '竞赛获奖')).toBe('2024 年省级竞赛 金牌');
  });
  it('says 未登记 for an empty list and 未填写 for a blank field, never an empty line', () => {
    const p = person({ skills: [], certificates: null, experience_band: null, expected_salary_min: null, expected_salary_max: null, availability: null, willing_to_relocate: null });
    expect([fact(p, '技能'), fact(p, '证书'), fact(p, '从业年限'), fact(p, '期望月薪'), fact(p, '求职状态')]).toEqual(['未登记', '未登记', '未填写', '未填写', '未填写，异地工作未说明']);
  });
  it('marks a skill the publisher only inferred', () => expect(fact(person({ skills_inferred: ['SK002'] }), '技能')).toBe('氩弧焊、焊条电弧焊（据登记内容推断）'));
  it('labels awards with year, tier and prize', () => {
    expect(awardLabel('2024:provincial:gold')).toBe('2024 年省级竞赛 金牌');
    expect(awardLabel('2022:prefecture:first')).toBe('2022 年州（市）级竞赛 一等奖');
  });
  it('shows pay bands as money ranges with their unit, the open top band from its lower end', () => {
    expect(salaryBandLabel(8000, 9000)).toBe('8,000–9,000 元/月');
    expect(salaryBandLabel(20000, null)).toBe('20,000 元/月起');
    expect(salaryBandLabel(null, null)).toBe('未填写');
  });
  it('shows experience bands with their unit, capped at 16 years', () => {
    expect(experienceLabel('6-10')).toBe('6–10年');
    expect(experienceLabel('16+')).toBe('16年以上');
  });
  it('routes contact through the bureau by reference, with no phone number', () => {
    const c = poolContact('R1234ABCD');
    expect(c).toContain('人社局');
    expect(c).toContain('R1234ABCD');
    expect(c.replace('R1234ABCD', '')).not.toMatch(/\d/);
  });
});

describe('occupation filter options', () => {
  it('lists the 大类 and 中类 above the 细类 that occur in the pool, in code order', () => {
    const names = [
      { code: '6', name: '生产制造及有关人员' }, { code: '6-18', name: '机械制造基础加工人员' }, { code: '6-18-02-04', name: '焊工' },
      { code: '4', name: '社会生产服务和生活服务人员' }, { code: '4-03', name: '住宿和餐饮服务人员' }, { code: '4-03-02-01', name: '中式烹调师' }
    ];
    const opts = occupationFilterOptions(['6-18-02-04', '4-03-02-01'], names);
    expect(opts.map((o) => o.code)).toEqual(['4', '4-03', '4-03-02-01', '6', '6-18', '6-18-02-04']);
    expect(opts[2].label).toBe('中式烹调师（4-03-02-01）');
    expect(occupationFilterOptions(['6-18-02-04'], names, '6-18-02').map((o) => o.code)).toContain('6-18-02');
  });
});

const entryOf = (code: string, name: string, aliases: string[] = []): OccupationEntry => {
  const p = [name, ...aliases].map(toPinyin);
  return { code, name, aliases, pinyin: p.map((x) => x.full), initials: p.map((x) => x.initials) };
};

const vocab = {
  occupations: [
    entryOf('6', '生产制造及有关人员'), entryOf('6-18', '机械制造基础加工人员'), entryOf('6-18-01-01', '车工', ['数控车工']),
    entryOf('6-18-02-04', '焊工', ['电焊工', '氩弧焊工']), entryOf('4-14-01-02', '医疗护理员', ['护工']), entryOf('4-03-02-01', '中式烹调师', ['厨师'])
  ],
  skills: [
    { id: 'SK001', name: '氩弧焊', synonyms: ['TIG焊'] },
    { id: 'SK038', name: 'PLC编程', synonyms: [] }
  ],
  certificates: [{ id: 'C001', name: '熔化焊接与热切割作业', synonyms: ['焊工证', '电焊证'] }]
};

describe('pool search resolves a query to ids with the small vocabularies', () => {
  const s = new PoolSearch(vocab);
  it('finds welders by hg, hangong, 焊工 and the alias 电焊工', () => {
    for (const q of ['hg', 'hangong', '焊工', '电焊工', 'HG ']) expect(s.resolve(q).occupations, q).toContain('6-18-02-04');
  });
  it('prefers exact and prefix matches, so hangong finds only 焊工', () => {
    expect(s.resolve('hangong').occupations).toEqual(['6-18-02-04']);
  });
  it('finds skills and certificates by name or synonym', () => {
    expect(s.resolve('tig').skills).toEqual(['SK001']);
    expect(s.resolve('plc').skills).toEqual(['SK038']);
    expect(s.resolve('电焊证').certificates).toEqual(['C001']);
  });
  it('reads one character as a prefix, not a fragment of every name', () => {
    const r = s.resolve('焊');
    expect(r.occupations).toEqual(['6-18-02-04']);
    expect(r.skills).toEqual([]);
    expect(r.certificates).toEqual(['C001']);
    expect(s.resolve('焊接').skills).toEqual([]);
    expect(s.resolve('弧焊').skills).toEqual(['SK001']);
  });
  it('expands a 大典 group to its 细类', () => {
    expect(s.resolve('6-18').occupations).toEqual(['6-18-01-01', '6-18-02-04']);
  });
  it('says what it understood, naming the alias that matched', () => {
    expect(s.resolve('电焊工').matches).toContainEqual({ kind: 'occupation', id: '6-18-02-04', name: '焊工', via: '电焊工' });
  });
  it('recognises a reference typed in full', () => {
    expect(s.resolve('r1234abcd').ref).toBe('R1234ABCD');
  });
  it('resolves nonsense to nothing rather than to everyone', () => {
    const r = s.resolve("x' OR 1=1 --");
    expect([...r.occupations, ...r.skills, ...r.certificates]).toEqual([]);
    expect(r.ref).toBeNull();
  });
});

const SURNAMES = ['王', '李', '张', '刘', '欧阳', '杨', '赵'];

function registry(n: number): Table {
  const rnd = lcg(11);
  const rows: Table = [baseTables().talent[0]];
  for (let i = 0; i < n; i++) {
    const weld = rnd() < 0.6;
    rows.push([
      `P${String(i + 1).padStart(4, '0')}`, '2024', `${SURNAMES[i % SURNAMES.length]}某${i}`, '', '', i % 2 ? 'M' : 'F', String(1970 + (i % 30)),
      ['532501', '532502', '532503'][Math.floor(rnd() * 3)], weld ? '6-18-02-04' : '4-03-02-01', String(1 + Math.floor(rnd() * (weld ? 7 : 6))),
      weld && rnd() < 0.5 ? '焊工证' : '', weld ? (rnd() < 0.5 ? 'TIG焊' : '二保焊') : '滇菜', String(i % 25), '某公司', weld ? 'C' : 'H', '', '',
      ['available', 'open', 'unavailable'][i % 3], rnd() < 0.4 ? '是' : '否', String(3000 + (i % 13) * 900), i % 7 === 0 ? '否' : '是', '2024-06-01'
    ]);
  }
  return rows;
}

describe('pool queries on a published release', () => {
  let p: Published;
  let engine: NodeEngine;
  let pool: (PoolEntry & { willing_to_relocate: boolean })[];
  let search: PoolSearch;

  beforeAll(async () => {
    const t = baseTables();
    t.talent = registry(240);
    p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    engine = await NodeEngine.open(p.out, p.manifest);
    pool = await p.read('talent_pool');
    search = new PoolSearch({ occupations: await engine.run(occupationEntries), skills: await engine.run(skillTerms), certificates: await engine.run(certificateTerms) });
  }, 60_000);
  afterAll(() => undefined);

  const refsOf = (rows: PoolEntry[]) => rows.map((r) => r.ref);
  const expected = (keep: (r: PoolEntry) => boolean, page = 1) => {
    const all = pool.filter(keep).map((r) => r.ref).sort();
    return { total: all.length, refs: all.slice((page - 1) * POOL_PAGE_SIZE, page * POOL_PAGE_SIZE) };
  };
  const run = async (v: Partial<PoolView>) => {
    const view = { ...defaultPoolView(), ...v };
    const r = await engine.run(poolPage(view, view.q ? search.resolve(view.q) : null));
    return { total: r.total, refs: refsOf(r.entries), entries: r.entries };
  };

  it('lists everyone who consented, a page at a time, by reference', async () => {
    const s = await engine.run(poolSummary);
    expect(s.total).toBe(pool.length);
    expect(s.year).toBe(2024);
    const first = await run({});
    expect(first).toMatchObject(expected(() => true));
    expect(await run({ page: 2 })).toMatchObject(expected(() => true, 2));
  });

  it('filters by county and level or above, as the URL says', async () => {
    const r = await run({ county: '532503', level: { level: 4, orAbove: true } });
    expect(r.total).toBeGreaterThan(0);
    expect(r).toMatchObject(expected((e) => e.region_code === '532503' && e.skill_level >= 4));
    expect(await run({ level: { level: 4, orAbove: false } })).toMatchObject(expected((e) => e.skill_level === 4));
  });

  it('filters by a 大典 group prefix, availability, certificate and relocation', async () => {
    expect(await run({ occupation: '6-18' })).toMatchObject(expected((e) => e.occupation_code.startsWith('6-18-')));
    expect(await run({ occupation: '6-1' })).toMatchObject({ total: 0 });
    expect(await run({ availability: 'open', relocate: true })).toMatchObject(expected((e) => e.availability === 'open' && e.willing_to_relocate === true));
    expect(await run({ certificate: 'C001' })).toMatchObject(expected((e) => e.certificates.includes('C001')));
  });

  it('finds welders by typing hg, and people by a skill or certificate name', async () => {
    const hg = await run({ q: 'hg' });
    expect(hg.total).toBe(pool.filter((e) => e.occupation_code === '6-18-02-04').length);
    expect(hg.entries.every((e) => e.occupation_code === '6-18-02-04')).toBe(true);
    expect(await run({ q: 'TIG' })).toMatchObject(expected((e) => e.skills.includes('SK001')));
    expect(await run({ q: '焊工证' })).toMatchObject(expected((e) => e.certificates.includes('C001')));
  });

  it('matches nobody for a query it cannot resolve, and never runs it as SQL', async () => {
    expect(await run({ q: "x' OR 1=1 --" })).toMatchObject({ total: 0, refs: [] });
  });

  it('sorts by level without dropping anyone; ties fall back to the reference', async () => {
    const r = await engine.run(poolPage({ ...defaultPoolView(), sort: 'level', page: 1 }, null));
    expect(r.total).toBe(pool.length);
    const levels = r.entries.map((e) => e.skill_level);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(levels[0]).toBe(Math.max(...pool.map((e) => e.skill_level)));
  });

  it('says how many match even past the last page', async () => {
    expect(await run({ page: 999 })).toMatchObject({ total: pool.length, refs: [] });
  });

  it('opens one entry by reference, and nothing for a reference not in this release', async () => {
    const someone = pool[17];
    const e = await engine.run(poolEntry(someone.ref));
    expect(e).toMatchObject({ ref: someone.ref, display_name: someone.display_name, occupation_code: someone.occupation_code });
    expect(await engine.run(poolEntry('R00000000'))).toBeNull();
  });
});
