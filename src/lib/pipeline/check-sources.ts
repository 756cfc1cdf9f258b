/**
 * Rules across rows and tables: unique keys, codes that must exist, the occupation hierarchy,
 * ordered percentiles, levels an occupation's standard defines. Every problem is logged.
 */
import { TABLES, type ColumnDef } from '../core/dictionary';
import { occupationDepth, occupationParent } from '../core/occupation-codes';
import { skillLevelName } from '../core/skill-levels';
import type { IssueLog } from './issues';
import { columnTag, type ParsedTable } from './parse-table';
import { col, occupationName, type Lookups, type Sources } from './sources';

const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

function at(t: ParsedTable, column: string): number {
  return t.columnNumber[column] ?? 1;
}

function checkKeys(t: ParsedTable, log: IssueLog): void {
  const key = t.def.key;
  if (!key) return;
  const seen = new Map<string, number>();
  const cols = key.map((k) => t.columns[k]);
  for (let i = 0; i < t.length; i++) {
    const k = JSON.stringify(cols.map((c) => c[i]));
    const first = seen.get(k);
    if (first === undefined) seen.set(k, t.rows[i]);
    else
      log.error(t.file, t.rows[i], at(t, key[0]), `与第 ${first} 行重复（${key.join(' + ')} 须唯一）`, 'duplicate-key');
  }
}

function referenceProblem(l: Lookups, c: ColumnDef, v: string): string | null {
  switch (c.ref) {
    case 'region':
      return l.regions.has(v) ? null : `行政区划代码「${v}」不在 regions 中`;
    case 'county':
      if (l.counties.has(v)) return null;
      return l.regions.has(v) ? `「${v}」须为县级区划，不能是州（市）` : `行政区划代码「${v}」不在 regions 中`;
    case 'occupation':
      if (l.occupations.has(v)) return null;
      return l.groups.has(v) ? `「${v}」须为细类编码（如 6-18-02-04）` : `职业编码「${v}」不在 occupations 中`;
    case 'occupation_any':
      return occupationName(l, v) !== null ? null : `职业编码「${v}」不在 occupations 或 occupation_groups 中`;
    case 'certificate':
      return l.certificates.resolve(v) !== null ? null : `证书「${v}」不在 certificates 中（可用证书编码、名称或简称）`;
    case 'competition':
      return l.competitions.has(v) ? null : `竞赛编号「${v}」不在 competitions 中`;
    case 'person':
      return l.persons === null || l.persons.has(v) ? null : `人员编号「${v}」不在 talent 中`;
    default:
      return null;
  }
}

function checkReferences(t: ParsedTable, l: Lookups, log: IssueLog): void {
  for (const c of t.def.columns) {
    if (!c.ref || t.columnNumber[c.name] === undefined) continue;
    const values = t.columns[c.name];
    for (let i = 0; i < t.length; i++) {
      const v = values[i];
      for (const x of Array.isArray(v) ? v : v == null ? [] : [String(v)]) {
        const problem = referenceProblem(l, c, x);
        if (problem) log.error(t.file, t.rows[i], at(t, c.name), `${columnTag(c)}：${problem}`, `${c.name}:ref`);
      }
    }
  }
}

function checkLevelDefined(t: ParsedTable, l: Lookups, levelColumn: string, log: IssueLog): void {
  const occ = col<string>(t, 'occupation_code');
  const lvl = col<number>(t, levelColumn);
  for (let i = 0; i < t.length; i++) {
    const max = occ[i] == null ? null : l.occupations.get(occ[i])?.maxLevel;
    if (max != null && lvl[i] != null && lvl[i] > max)
      log.error(
        t.file,
        t.rows[i],
        at(t, levelColumn),
        `${skillLevelName(lvl[i])}未在「${l.occupations.get(occ[i])!.name}」的职业标准中设置（最高 ${skillLevelName(max)}）`,
        `${levelColumn}:undefined-level`
      );
  }
}

function checkRegions(t: ParsedTable, log: IssueLog): void {
  const kinds = col<string>(t, 'kind');
  const codes = col<string>(t, 'code');
  const parents = col<string>(t, 'parent_code');
  const prefectures = kinds.flatMap((k, i) => (k === 'prefecture' ? [i] : []));
  if (prefectures.length !== 1)
    log.error(t.file, prefectures[1] !== undefined ? t.rows[prefectures[1]] : 1, at(t, 'kind'), `须有且只有一个州（市）级区划，现有 ${prefectures.length} 个`);
  const pref = prefectures.length ? codes[prefectures[0]] : null;
  for (let i = 0; i < t.length; i++)
    if (kinds[i] === 'county' && pref && parents[i] !== pref)
      log.error(t.file, t.rows[i], at(t, 'parent_code'), `县级区划的上级代码须为 ${pref}，现为「${parents[i]}」`);
}

function checkOccupationHierarchy(src: Sources, l: Lookups, log: IssueLog): void {
  const g = src.occupation_groups;
  if (g) {
    const codes = col<string>(g, 'code');
    for (let i = 0; i < g.length; i++) {
      const c = codes[i];
      if (c == null) continue;
      if (occupationDepth(c) > 3) log.error(g.file, g.rows[i], at(g, 'code'), `「${c}」是细类编码，应放在 occupations 中`);
      const p = occupationParent(c);
      if (p && !l.groups.has(p)) log.error(g.file, g.rows[i], at(g, 'code'), `上级分类「${p}」不在 occupation_groups 中`);
    }
  }
  const o = src.occupations;
  if (o) {
    const codes = col<string>(o, 'code');
    for (let i = 0; i < o.length; i++) {
      const c = codes[i];
      if (c == null) continue;
      if (occupationDepth(c) !== 4) log.error(o.file, o.rows[i], at(o, 'code'), `「${c}」不是细类编码（须为 大类-中类-小类-细类，如 6-18-02-04）`);
      else if (!l.groups.has(occupationParent(c)!))
        log.error(o.file, o.rows[i], at(o, 'code'), `所属小类「${occupationParent(c)}」不在 occupation_groups 中`);
    }
  }
}

function checkOrdered(t: ParsedTable, columns: readonly string[], log: IssueLog, what: string): void {
  const cols = columns.map((c) => col<number>(t, c));
  for (let i = 0; i < t.length; i++) {
    let prev: { name: string; v: number } | null = null;
    columns.forEach((name, j) => {
      const v = cols[j][i];
      if (v == null) return;
      if (prev && v < prev.v)
        log.error(t.file, t.rows[i], at(t, name), `${what}：${name} (${v}) 小于 ${prev.name} (${prev.v})`, `${what}:order`);
      prev = { name, v };
    });
  }
}

function checkDates(t: ParsedTable, from: string, to: string, log: IssueLog): void {
  const a = col<string>(t, from);
  const b = col<string>(t, to);
  for (let i = 0; i < t.length; i++)
    if (a[i] && b[i] && b[i] < a[i]) log.error(t.file, t.rows[i], at(t, to), `${to} (${b[i]}) 早于 ${from} (${a[i]})`, `${to}:order`);
}

function checkSkillsResolve(t: ParsedTable, l: Lookups, columns: readonly string[], log: IssueLog): void {
  if (l.skills.names.size === 0) return;
  for (const name of columns) {
    const values = col<string[]>(t, name);
    for (let i = 0; i < t.length; i++)
      for (const u of l.skills.resolveAll(values[i] ?? []).unknown)
        log.warning(t.file, t.rows[i], at(t, name), `技能「${u}」不在技能词表 skills 中，不参与匹配`, `${name}:unknown-skill`);
  }
}

export function checkSources(src: Sources, l: Lookups, log: IssueLog): void {
  for (const def of TABLES) {
    const t = src[def.name];
    if (!t) continue;
    checkKeys(t, log);
    checkReferences(t, l, log);
  }
  if (src.regions) checkRegions(src.regions, log);
  checkOccupationHierarchy(src, l, log);
  for (const [name, level] of [['wage_survey', 'skill_level'], ['talent', 'skill_level'], ['jobs', 'min_level'], ['wage_prices', 'skill_level']] as const) {
    const t = src[name];
    if (t) checkLevelDefined(t, l, level, log);
  }
  if (src.wage_prices) checkOrdered(src.wage_prices, PERCENTILES, log, '分位数须满足 p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90');
  if (src.jobs) {
    checkOrdered(src.jobs, ['salary_min', 'salary_max'], log, '月薪下限不能高于上限');
    checkDates(src.jobs, 'posted_at', 'expires_at', log);
    checkSkillsResolve(src.jobs, l, ['required_skills', 'preferred_skills'], log);
  }
  if (src.talent) {
    checkSkillsResolve(src.talent, l, ['skills'], log);
    const t = src.talent;
    if (t.columnNumber.year === undefined && !col<string>(t, 'updated_at').some((u) => u != null))
      log.error(t.file, 1, 1, 'talent 须有统计年度（year）列或更新日期（updated_at）列，用以确定快照年度');
  }
  if (src.region_stats) checkOrdered(src.region_stats, ['employed', 'population'], log, '就业人员不能多于常住人口');
  if (src.wage_survey && !src.occupations) log.error(src.wage_survey.file, 1, 1, '缺少 occupations，无法核对职业编码');
}
