/**
 * Skill competitions 2021–2025 and their results. Most are county or prefecture contests; a few
 * provincial ones a year; one national (第二届全国技能大赛, 2023). Many contestants are registry
 * people (same name, county and employer); winners linked to the registry were promoted to the
 * level the result grants in the next snapshot, so the two tables tell one story.
 */
import { COUNTIES, OCCUPATIONS, PREFECTURE, SURVEY_YEARS, occupationIndex } from './catalogue';
import type { EnterpriseUniverse } from './enterprises';
import { chineseName, dayOfYear, isoDate } from './people';
import { cumulative, drawIndex, type Random } from './random';
import type { RegistryIndex } from './talent';

type Tier = 'national' | 'provincial' | 'prefecture' | 'county' | 'industry';

/** Units are typed in each organiser's words (企业, 国企, 技师学院 …); the pipeline maps them onto the scale. */
const UNIT_KIND_WORDING: Readonly<Record<string, readonly string[]>> = {
  enterprise: ['企业', '企业', 'enterprise', '公司', '国企', '民营企业'],
  school: ['院校', '技师学院', '技工院校', 'school'],
  other: ['其他', '个人', 'other']
};
const unitKindWording = (kind: string, n: number): string => {
  const words = UNIT_KIND_WORDING[kind] ?? [kind];
  return words[(Math.imul(n + 1, 0x9e3779b1) >>> 7) % words.length];
};

export interface Competition {
  competition_id: string;
  name: string;
  year: number;
  tier: Tier;
  organizer: string;
  date: string;
}

export type ResultRow = Record<string, string | number | boolean | null>;

/** Event names by occupation: [prefecture-style name, national/provincial-style name]. */
const EVENTS: readonly [string, string, string][] = [
  ['6-18-02-04', '焊工', '焊接'],
  ['6-31-01-03', '电工', '电气装置'],
  ['6-18-01-01', '数控车工', '数控车'],
  ['6-18-01-02', '数控铣工', '数控铣'],
  ['6-31-01-02', '钳工', '机修钳工'],
  ['4-03-02-01', '中式烹调师', '烹饪（中餐）'],
  ['4-03-02-02', '中式面点师', '中式面点'],
  ['4-12-01-01', '汽车维修工', '汽车技术'],
  ['6-02-06-05', '茶叶加工工', '茶叶加工'],
  ['4-03-02-07', '茶艺师', '茶艺'],
  ['4-01-02-02', '电子商务师', '电子商务'],
  ['4-01-02-07', '互联网营销师（直播销售员）', '直播销售'],
  ['4-10-01-05', '养老护理员', '健康和社会照护'],
  ['4-10-01-01', '育婴员', '育婴'],
  ['4-10-01-06', '家政服务员', '家政服务'],
  ['4-10-03-01', '美发师', '美发'],
  ['6-17-03-01', '重冶火法冶炼工', '有色金属冶炼'],
  ['6-17-03-03', '电解精炼工', '电解精炼'],
  ['6-16-02-01', '选矿工', '选矿'],
  ['6-31-03-01', '化学检验员', '化学实验室技术'],
  ['6-29-01-01', '砌筑工', '砌筑'],
  ['6-29-04-01', '装饰装修工', '瓷砖贴面'],
  ['6-30-05-03', '挖掘机司机', '工程机械操作'],
  ['5-01-02-01', '农艺工', '农作物种植'],
  ['5-01-02-02', '果树园艺工', '园艺'],
  ['5-05-01-05', '植保无人机驾驶员', '植保无人机'],
  ['4-04-05-05', '人工智能训练师', '人工智能训练'],
  ['4-04-04-01', '网络与信息安全管理员', '网络安全'],
  ['6-31-01-09', '工业机器人系统运维员', '工业机器人系统运维'],
  ['6-03-03-01', '卷烟卷接设备操作工', '卷烟卷接'],
  ['6-03-01-02', '烟叶分级工', '烟叶分级'],
  ['6-28-02-01', '变配电运行值班员', '变配电运行'],
  ['6-28-02-03', '送配电线路工', '配电线路'],
  ['4-02-07-02', '快递员', '快递服务'],
  ['4-03-01-01', '前厅服务员', '酒店接待'],
  ['4-03-02-05', '餐厅服务员', '餐厅服务'],
  ['6-14-04-02', '紫陶制作工', '陶艺']
];

const NATIONAL_EVENTS = ['6-18-02-04', '6-31-01-03', '6-18-01-01', '4-03-02-01', '4-12-01-01', '4-04-04-01', '6-31-01-09'];
const RURAL_EVENTS = ['5-01-02-01', '5-01-02-02', '5-05-01-05', '6-02-06-05', '4-01-02-02', '4-01-02-07', '4-10-01-06', '4-03-02-01'];

const INDUSTRY_THEMES: readonly { theme: string; organizer: string; events: string[] }[] = [
  { theme: '有色金属', organizer: '红河州工业和信息化局、红河州总工会', events: ['6-17-03-01', '6-17-03-03', '6-16-02-01', '6-31-03-01', '6-31-01-03'] },
  { theme: '烟草', organizer: '红河州烟草专卖局、红河州总工会', events: ['6-03-01-02', '6-03-03-01'] },
  { theme: '电力', organizer: '红河州能源局、红河州总工会', events: ['6-28-02-01', '6-28-02-03', '6-31-01-03'] },
  { theme: '建筑', organizer: '红河州住房和城乡建设局、红河州总工会', events: ['6-29-01-01', '6-29-04-01', '6-18-02-04', '6-30-05-03'] },
  { theme: '旅游餐饮', organizer: '红河州文化和旅游局、红河州总工会', events: ['4-03-02-01', '4-03-02-02', '4-03-01-01', '4-03-02-05', '4-03-02-07'] }
];

const SCHOOLS = ['职业高级中学', '职业技术学校', '技工学校'];
const PREFECTURE_SCHOOLS = ['红河州技师学院', '红河州高级技工学校', '红河州职业技术学院'];

const TIER_CODE: Record<Tier, string> = { national: 'N', provincial: 'S', prefecture: 'Z', county: 'X', industry: 'H' };

/** Level a result grants; null when it grants none. */
function promotionFor(tier: Tier, award: string): number | null {
  const table: Record<Tier, Record<string, number>> = {
    national: { gold: 6, silver: 6, bronze: 6, excellence: 5 },
    provincial: { gold: 6, silver: 5, bronze: 5, excellence: 4 },
    prefecture: { first: 5, second: 4, third: 4 },
    county: { first: 4 },
    industry: { first: 5, second: 4 }
  };
  return table[tier][award] ?? null;
}

function awardFor(tier: Tier, rank: number, field: number): string {
  if (tier === 'national' || tier === 'provincial') {
    if (rank === 1) return 'gold';
    if (rank === 2) return 'silver';
    if (rank === 3) return 'bronze';
    // 优胜奖: national ≈ those above the standardised median of 700, provincial the top fifth.
    return rank <= Math.ceil(field * (tier === 'national' ? 0.5 : 0.2)) ? 'excellence' : 'none';
  }
  const first = Math.max(1, Math.round(field * 0.05));
  const second = first + Math.max(1, Math.round(field * 0.1));
  const third = second + Math.max(1, Math.round(field * 0.15));
  return rank <= first ? 'first' : rank <= second ? 'second' : rank <= third ? 'third' : 'none';
}

interface Plan extends Competition {
  events: string[];
  county?: number;
  /** Contestants per event from this prefecture, and the size of the whole field. */
  local: [number, number];
  field: [number, number];
}

function planCompetitions(rng: Random): Plan[] {
  const plans: Plan[] = [];
  const countyCum = cumulative(COUNTIES.map((c) => c.population2021));
  const allEvents = EVENTS.map((e) => e[0]);
  for (const year of SURVEY_YEARS) {
    let n = 0;
    const add = (tier: Tier, name: string, organizer: string, month: [number, number], events: string[], local: [number, number], field: [number, number], county?: number) => {
      n++;
      const date = dayOfYear(rng, year);
      date.month = rng.int(month[0], month[1]);
      date.day = Math.min(date.day, 28);
      plans.push({
        competition_id: `C${year}${TIER_CODE[tier]}${String(n).padStart(2, '0')}`,
        name, year, tier, organizer, date: isoDate(date), events, local, field, county
      });
    };
    const pickEvents = (pool: string[], min: number, max: number) => rng.shuffle([...pool]).slice(0, rng.int(min, max));

    if (year === 2023) {
      plans.push({
        competition_id: 'C2023N01', name: '第二届全国技能大赛', year, tier: 'national', organizer: '人力资源社会保障部',
        date: '2023-09-16', events: pickEvents(NATIONAL_EVENTS, 3, 4), local: [1, 2], field: [30, 45]
      });
      add('provincial', '第二届全国技能大赛云南省选拔赛', '云南省人力资源和社会保障厅', [3, 5], pickEvents(allEvents, 6, 10), [1, 4], [20, 40]);
    }
    add('provincial', `${year}年云南省职业技能大赛`, '云南省人力资源和社会保障厅', [7, 10], pickEvents(allEvents, 8, 12), [1, 4], [30, 60]);
    if (year % 2 === 0) {
      add('provincial', `${year}年云南省乡村振兴职业技能大赛`, '云南省人力资源和社会保障厅、云南省农业农村厅', [5, 9], pickEvents(RURAL_EVENTS, 4, 6), [1, 3], [25, 50]);
    }
    add('prefecture', `${year}年红河州职业技能大赛`, '红河州人力资源和社会保障局、红河州总工会', [8, 11], pickEvents(allEvents, 7, 10), [10, 30], [0, 0]);
    if (rng.chance(0.7)) {
      add('prefecture', `${year}年红河州乡村振兴职业技能大赛`, '红河州人力资源和社会保障局、红河州农业农村局', [5, 9], pickEvents(RURAL_EVENTS, 4, 6), [8, 24], [0, 0]);
    }
    if (rng.chance(0.5)) {
      add('prefecture', `${year}年红河州“红河工匠”养老护理职业技能竞赛`, '红河州民政局、红河州人力资源和社会保障局', [4, 10], ['4-10-01-05'], [10, 25], [0, 0]);
    }
    const counties = new Set<number>();
    const countyCount = rng.int(4, 7);
    while (counties.size < countyCount) counties.add(drawIndex(countyCum, rng()));
    for (const c of [...counties].sort((a, b) => a - b)) {
      const pool = COUNTIES[c].urban ? allEvents : RURAL_EVENTS;
      add('county', `${year}年${COUNTIES[c].name}职业技能竞赛`, `${COUNTIES[c].name}人力资源和社会保障局`, [4, 10], pickEvents(pool, 3, 5), [6, 20], [0, 0], c);
    }
    for (const theme of rng.shuffle([...INDUSTRY_THEMES]).slice(0, rng.int(1, 2))) {
      add('industry', `${year}年${PREFECTURE.short}${theme.theme}行业职业技能竞赛`, theme.organizer, [5, 11], pickEvents(theme.events, 2, 4), [10, 25], [0, 0]);
    }
  }
  return plans;
}

const LEVEL_YEAR = (year: number) => year - SURVEY_YEARS[0];

export function generateCompetitions(rng: Random, index: RegistryIndex, universe: EnterpriseUniverse): { competitions: Competition[]; results: ResultRow[] } {
  const plans = planCompetitions(rng.fork('plan'));
  const results: ResultRow[] = [];
  const countyCum = cumulative(COUNTIES.map((c) => c.population2021));
  const eventName = new Map(EVENTS.map(([code, local, national]) => [code, { local, national }]));
  const Y = SURVEY_YEARS.length;

  for (const plan of plans) {
    const r = rng.fork('results', plan.competition_id);
    for (const code of plan.events) {
      const occ = occupationIndex(code);
      const o = OCCUPATIONS[occ];
      const big = plan.tier === 'national' || plan.tier === 'provincial';
      const event = big ? eventName.get(code)!.national : eventName.get(code)!.local;
      const local = r.int(plan.local[0], plan.local[1]);
      const field = big ? r.int(plan.field[0], plan.field[1]) : local;
      // Delegations to national and provincial contests are selected, so they place in the upper
      // half more often than chance; medals stay rare for an inland prefecture.
      const medalOdds = plan.tier === 'national' ? 0.15 : 0.35;
      const rankWeights = Array.from({ length: field }, (_, i) => Math.pow(i + 1, -0.6) * (i < 3 ? medalOdds : 1));
      const ranks = big
        ? r.sampleWeighted(Array.from({ length: field }, (_, i) => i + 1), rankWeights, local).sort((a, b) => a - b)
        : Array.from({ length: local }, (_, i) => i + 1);

      const t = LEVEL_YEAR(plan.year);
      const next = Math.min(t + 1, Y - 1);
      const candidates = Array.from(index.byOccupation.get(occ) ?? []).filter(
        (i) => index.entryYear[i] <= plan.year && (plan.county == null || index.county[i] === plan.county)
      );
      const used = new Set<number>();
      const linkChance = big ? 0.7 : 0.6;

      for (const rank of ranks) {
        const award = awardFor(plan.tier, rank, field);
        const granted = promotionFor(plan.tier, award);
        const promotion = granted == null ? null : Math.min(granted, o.maxLevel);
        let person: number | null = null;
        if (r.chance(linkChance)) {
          const fits = (i: number) => {
            const now = index.levels[i * Y + t];
            const after = index.levels[i * Y + next];
            if (promotion == null) return now >= 2 && now <= 5;
            return t === next ? now >= promotion : now < promotion && after >= promotion;
          };
          for (let tries = 0; tries < 400 && candidates.length; tries++) {
            const i = candidates[r.int(0, candidates.length - 1)];
            if (!used.has(i) && fits(i)) {
              person = i;
              break;
            }
          }
        }
        let name: string;
        let county: number;
        let unit: string;
        let unitKind: string;
        if (person != null) {
          used.add(person);
          const p = index.registry.person(person);
          name = p.name;
          county = p.county;
          unit = p.employers[t];
          unitKind = unit === '个体经营' ? 'other' : 'enterprise';
        } else {
          county = plan.county ?? drawIndex(countyCum, r());
          name = chineseName(r, r.chance(o.male) ? 'M' : 'F');
          const employer = universe.pickInCounty(r, county);
          if (plan.tier !== 'industry' && (r.chance(0.3) || !employer)) {
            unit = r.chance(0.3) ? r.pick(PREFECTURE_SCHOOLS) : `${COUNTIES[county].name}${r.pick(SCHOOLS)}`;
            unitKind = 'school';
          } else {
            unit = employer ? employer.name : `${COUNTIES[county].short}个体经营`;
            unitKind = employer ? 'enterprise' : 'other';
          }
        }
        const spread = plan.tier === 'national' ? 120 : 40;
        const top = plan.tier === 'national' ? 760 : 96;
        const step = spread / Math.max(1, field - 1);
        const score = top - step * (rank - 1) - r() * 0.5 * step;
        const medal = award !== 'none';
        results.push({
          competition_id: plan.competition_id,
          event,
          occupation_code: code,
          contestant_name: name,
          person_id: person == null ? null : index.registry.personId(person),
          unit,
          unit_kind: unitKindWording(unitKind, results.length),
          region_code: COUNTIES[county].code,
          rank,
          award,
          score: Math.round(score * 10) / 10,
          level_promotion: promotion,
          announced: medal && (big || plan.tier === 'prefecture' || r.chance(0.25))
        });
      }
    }
  }
  const competitions = plans.map(({ competition_id, name, year, tier, organizer, date }) => ({ competition_id, name, year, tier, organizer, date }));
  return { competitions, results };
}
