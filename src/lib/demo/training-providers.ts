/**
 * Training providers of every kind across the counties: the 技工院校 and larger 职业院校, private
 * training schools (民办职业培训学校) in every county, training centres of the largest
 * enterprises, public training bases, 高技能人才培训基地 and the 技能大师工作室 of the honours
 * roll. Each has a hidden quality that moves its trainees' completion, certification,
 * employment and pay, so outcomes differ clearly between providers. Three private schools lost
 * their standing: two suspended (暂停), one revoked (撤销) for inflating trainee numbers.
 */
import { creditCode } from '../core/contract/credit-code';
import { COUNTIES, OCCUPATIONS, occupationIndex } from './catalogue';
import type { Cell } from './csv';
import type { Enterprise, EnterpriseUniverse } from './enterprises';
import type { Studio } from './honours';
import type { Random } from './random';
import type { School } from './schools';

export interface Provider {
  id: string;
  name: string;
  kind: string;
  county: number;
  creditCode: string | null;
  status: '正常' | '暂停' | '撤销';
  statusNote: string | null;
  /** Hidden effect on outcomes (log-odds scale, 0 = average). */
  quality: number;
  /** Occupations it trains for (catalogue indexes) and their weights. */
  scope: readonly number[];
  weights: readonly number[];
  /** Programmes a year at scale 1. */
  perYear: number;
  firstYear: number;
  /** Last year it ran programmes (the revoked one stops early). */
  lastYear: number;
  /** Inflated its numbers: near-perfect completion on paper, poor real outcomes. */
  inflated: boolean;
  school?: School;
  enterprise?: Enterprise;
  studio?: Studio;
}

const KIND_PROFILE: Readonly<Record<string, { quality: number; perYear: number }>> = {
  技工院校: { quality: 0.35, perYear: 4.5 },
  职业院校: { quality: 0.1, perYear: 2.5 },
  民办培训机构: { quality: -0.1, perYear: 3.2 },
  企业培训中心: { quality: 0.45, perYear: 2.2 },
  公共实训基地: { quality: 0.2, perYear: 4.5 },
  高技能人才培训基地: { quality: 0.55, perYear: 2.0 },
  技能大师工作室: { quality: 0.7, perYear: 1.2 }
};

/** Occupations private schools commonly train for, and what a county adds. */
const PRIVATE_COMMON =
  '4-10-01-01 4-10-01-05 4-10-01-06 4-03-02-01 4-03-02-02 4-10-03-01 4-10-03-02 6-31-01-03 6-18-02-04 4-01-02-02 4-01-02-07 4-12-01-01 6-30-05-03 4-07-05-01 4-07-05-04 4-14-01-02 6-29-04-01 4-04-05-05 5-05-01-05';
const PRIVATE_RURAL = '5-01-02-01 5-01-02-02 5-03-01-01 6-02-06-05 5-01-02-05 5-05-02-01 4-03-02-07';
const COUNTY_SPECIALTIES: Readonly<Record<string, string>> = {
  '532503': '6-02-01-05 5-01-02-02',
  '532504': '6-02-06-03 4-03-02-07',
  '532524': '6-14-04-02 6-02-04-01',
  '532528': '5-01-02-01 4-07-04-01',
  '532529': '6-02-06-05 5-01-02-03',
  '532531': '6-02-06-05 5-01-02-03',
  '532530': '5-01-03-01',
  '532532': '5-01-03-01 4-01-02-02',
  '532527': '5-03-01-01',
  '532523': '5-01-02-04'
};
const PUBLIC_BASES: readonly [string, string, string][] = [
  ['红河州公共实训基地', '532503', '6-18-02-04 6-31-01-03 6-18-01-07 6-31-01-09 4-12-01-01 4-10-01-05 4-03-02-01 4-04-05-05'],
  ['个旧市公共实训基地', '532501', '6-18-02-04 6-31-01-03 6-31-01-02 6-17-03-01 6-16-02-01'],
  ['弥勒市公共实训基地', '532504', '4-03-02-01 4-10-01-05 6-31-01-03 4-01-02-07 6-02-06-03'],
  ['建水县公共实训基地', '532524', '6-14-04-02 4-03-02-01 4-07-04-01 6-29-04-01']
];
const TRADE_NAMES = '鑫达 华泰 宏源 德盛 众诚 天禾 锦程 恒通 博远 金穗 红运 兴达 立信 嘉禾 彩云 安泰 明珠 南疆 汇通 云岭 新兴 荣昌 阳光 瑞丰'.split(' ');
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const SUSPENSION_NOTES = [
  '2025年9月专项检查发现培训台账与实际参训人数不符，暂停补贴性培训资格，限期6个月整改',
  '2026年3月实训场地和设备不达标，暂停新开班次，整改验收后恢复'
];
const REVOCATION_NOTE = '2024年5月查实虚报培训人数、套取培训补贴，撤销定点培训机构资格，追回补贴资金';

const codes = (list: string) => list.split(' ').filter(Boolean).map(occupationIndex);

export function buildProviders(rng: Random, universe: EnterpriseUniverse, schools: readonly School[], studios: readonly Studio[]): Provider[] {
  const providers: Omit<Provider, 'id'>[] = [];
  const creditCodes = new Map<string, string>();
  const credit = (key: string, authority: string, county: number): string => {
    let code = creditCodes.get(key);
    if (!code) {
      const body = authority === '12' ? String(rng.int(10_000_000, 99_999_999)) : 'MA' + Array.from({ length: 6 }, () => CREDIT_ALPHABET[rng.int(0, 30)]).join('');
      code = creditCode(authority, COUNTIES[county].code, body);
      creditCodes.set(key, code);
    }
    return code;
  };
  const add = (p: Partial<Provider> & Pick<Provider, 'name' | 'kind' | 'county' | 'scope'>) => {
    const profile = KIND_PROFILE[p.kind];
    providers.push({
      creditCode: null,
      status: '正常',
      statusNote: null,
      quality: profile.quality + rng.normal(0, 0.55),
      weights: p.scope.map(() => 1),
      perYear: profile.perYear,
      firstYear: 2021,
      lastYear: 2025,
      inflated: false,
      ...p
    });
  };

  for (const s of schools) {
    const vocational = s.kind === '高职' || s.kind === '中职';
    if (s.kind === '中职' && !['532501', '532502', '532503', '532504', '532524', '532527'].includes(COUNTIES[s.county].code)) continue;
    const scope = [...new Set(s.majors.map((m) => m.occupation).filter((o) => o >= 0))];
    add({ name: s.name, kind: vocational ? '职业院校' : '技工院校', county: s.county, scope, creditCode: credit(s.name, '12', s.county), school: s });
  }

  const names = new Set<string>();
  COUNTIES.forEach((c, county) => {
    const count = c.urban ? 3 : 1;
    const pool = [...codes(PRIVATE_COMMON), ...(c.urban ? [] : codes(PRIVATE_RURAL)), ...codes(COUNTY_SPECIALTIES[c.code] ?? '')];
    const special = new Set(codes(COUNTY_SPECIALTIES[c.code] ?? ''));
    for (let k = 0; k < count; k++) {
      let name = '';
      while (name === '' || names.has(name)) name = `${c.name}${rng.pick(TRADE_NAMES)}${rng.chance(0.6) ? '职业培训学校' : '职业技能培训学校'}`;
      names.add(name);
      const scope = rng.sampleWeighted(pool, pool.map((o) => (special.has(o) ? 6 : 1)), rng.int(3, 6));
      add({ name, kind: '民办培训机构', county, scope, creditCode: credit(name, '52', county) });
    }
  });

  const big = universe
    .activeIn(2025)
    .filter((e) => e.large)
    .sort((a, b) => b.size - a.size || a.index - b.index);
  const industrial = [...big.filter((e) => 'BCDE'.includes(e.industry)), ...big.filter((e) => !'BCDE'.includes(e.industry))];
  const enterpriseScope = (e: Enterprise) => {
    const scope = e.occupations.filter((o) => OCCUPATIONS[o].maxLevel >= 4);
    return scope.length ? scope : [...e.occupations];
  };
  const mixWeight = (e: Enterprise, o: number) => {
    const k = e.occupations.indexOf(o);
    return e.occupationCum[k] - (k > 0 ? e.occupationCum[k - 1] : 0);
  };
  industrial.slice(0, 10).forEach((e, k) => {
    const scope = enterpriseScope(e);
    add({
      name: k < 8 ? `${e.name}职工培训中心` : `${e.name}高技能人才培训基地`,
      kind: k < 8 ? '企业培训中心' : '高技能人才培训基地',
      county: e.county,
      scope,
      weights: scope.map((o) => mixWeight(e, o)),
      creditCode: credit(e.id, '91', e.county),
      enterprise: e
    });
  });
  for (const s of schools.filter((x) => x.kind === '技师学院' || x.kind === '高级技工学校')) {
    const scope = [...new Set(s.majors.map((m) => m.occupation).filter((o) => o >= 0 && OCCUPATIONS[o].maxLevel >= 5))];
    add({ name: `${s.name}高技能人才培训基地`, kind: '高技能人才培训基地', county: s.county, scope, creditCode: credit(s.name, '12', s.county), school: s });
  }

  for (const [name, code, list] of PUBLIC_BASES) {
    const county = COUNTIES.findIndex((c) => c.code === code);
    add({ name, kind: '公共实训基地', county, scope: codes(list), creditCode: credit(name, '12', county) });
  }

  for (const studio of studios.filter((s) => s.year <= 2024).slice(-8)) {
    add({ name: studio.name, kind: '技能大师工作室', county: studio.county, scope: [studio.occupation], firstYear: Math.max(2021, studio.year + 1), studio });
  }

  const privates = providers.filter((p) => p.kind === '民办培训机构');
  const [revoked, ...suspended] = rng.shuffle([...privates]).slice(0, 3);
  Object.assign(revoked, { status: '撤销', statusNote: REVOCATION_NOTE, lastYear: 2023, quality: -1.4, inflated: true });
  suspended.forEach((p, k) => Object.assign(p, { status: '暂停', statusNote: SUSPENSION_NOTES[k], quality: -0.8 }));

  return providers.map((p, k) => ({ ...p, id: `TP${String(k + 1).padStart(3, '0')}` }));
}

export const providerRows = (providers: readonly Provider[]): Record<string, Cell>[] =>
  providers.map((p) => ({
    provider_id: p.id,
    name: p.name,
    kind: p.kind,
    region_code: COUNTIES[p.county].code,
    credit_code: p.creditCode,
    status: p.status,
    status_note: p.statusNote
  }));
