/**
 * The staff report, written on every run (success or failure) to --private: `report.html`
 * (zh-CN, one self-contained file, no external assets) for the bureau to open without a terminal,
 * and `report.csv` (UTF-8 BOM, opens in Excel) with every listed error and warning.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../core/csv';
import { DATASET_LABELS, type DatasetName } from '../core/manifest';
import type { MinimisationNote } from './datasets/dataset';
import type { ReleaseDiff } from './history';
import { REPORT_ISSUES_PER_KIND, type IssueLog } from './issues';
import type { UnmatchedTerm } from './skill-terms';
import type { LoadedTable } from './sources';

export const REPORT_HTML = 'report.html';
export const REPORT_CSV = 'report.csv';
/** Problems of one kind shown in the HTML (the CSV has up to REPORT_ISSUES_PER_KIND). */
const HTML_ROWS_PER_KIND = 20;

export interface DatasetReport {
  name: string;
  rows: number;
  /** Cells published without values, where the dataset has a `suppressed` column. */
  suppressed: number | null;
}

export interface ReportInput {
  ok: boolean;
  startedAt: Date;
  asOf: string;
  sourcesDir: string;
  out: string;
  log: IssueLog;
  sources: readonly LoadedTable[];
  datasets: readonly DatasetReport[];
  minimised: readonly MinimisationNote[];
  unmatched: readonly UnmatchedTerm[];
  diff?: ReleaseDiff;
}

const esc = (v: unknown): string =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (n: number | null | undefined): string => (n == null ? '—' : n.toLocaleString('zh-CN'));
const table = (head: readonly string[], rows: readonly (readonly unknown[])[], cls = ''): string =>
  rows.length
    ? `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'number' ? num(c) : esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '<p class="none">无</p>';

const level = (l: number | null) => (l == null ? '全部' : String(l));
const money = (v: number | null, suppressed: boolean) => (suppressed ? '不公布' : v == null ? '—' : v.toLocaleString('zh-CN'));

export function reportHtml(r: ReportInput): string {
  const groups = r.log.groups();
  const errors = groups.filter((g) => g.severity === 'error');
  const warnings = groups.filter((g) => g.severity === 'warning');
  const status = r.ok
    ? `<p class="ok">发布成功：新的数据已写入 <code>${esc(r.out)}</code>。</p>`
    : `<p class="fail">发布失败：${num(r.log.errorCount)} 个错误。<code>${esc(r.out)}</code> 未作任何改动，请按下表改正后重新运行 <code>npm run data</code>。</p>`;
  const detail = groups
    .map((g) => {
      const rows = g.first.slice(0, HTML_ROWS_PER_KIND).map((i) => [`${i.file}:${i.row}:${i.column}`, i.value ?? '', i.message]);
      const more = g.count > rows.length ? `<p class="more">共 ${num(g.count)} 处，此处列出前 ${rows.length} 处；report.csv 列出前 ${num(Math.min(g.count, REPORT_ISSUES_PER_KIND))} 处。</p>` : '';
      return `<details><summary>${g.severity === 'error' ? '错误' : '警告'} · ${esc(g.kind)} · ${num(g.count)} 处</summary>${table(['位置（文件:行:列）', '原值', '说明'], rows)}${more}</details>`;
    })
    .join('\n');
  const diff = r.diff;
  const changes = diff?.entry.changes;
  const diffHtml = !diff
    ? '<p class="none">本次未发布，无比较。</p>'
    : !changes
      ? '<p>这是首次发布（--out 中没有上一期发布）。</p>'
      : `<p>与上一期发布（${esc(diff.previous?.id)}，基准日 ${esc(diff.previous?.as_of)}）相比：</p>
         <ul>
           <li>新增数据集：${esc(changes.datasets_added.join('、') || '无')}；移除：${esc(changes.datasets_removed.join('、') || '无')}</li>
           <li>新增年份：工资价位 ${esc(changes.years_added.wage.join('、') || '无')}；人才统计 ${esc(changes.years_added.talent.join('、') || '无')}；竞赛 ${esc(changes.years_added.competitions.join('、') || '无')}</li>
           <li>已发布的工资价位单元格中数值有变化的：${num(changes.wage_cells_changed)} 个（全部见 release-changes.csv）</li>
         </ul>
         ${table(['数据集', '上期行数', '本期行数'], changes.rows.map((x) => [x.dataset, x.before, x.after]))}
         <h3>数值变化最大的工资价位单元格</h3>
         ${table(
           ['年份', '地区', '职业', '等级', '行业', '单位', 'P10 上期', 'P10 本期', '中位数 上期', '中位数 本期', 'P90 上期', 'P90 本期'],
           diff.cells.map((c) => [
             c.year, c.region_code, c.occupation_code ?? '全部', level(c.skill_level), c.industry ?? '全部', c.unit,
             money(c.before.p10, c.before.suppressed), money(c.after.p10, c.after.suppressed),
             money(c.before.p50, c.before.suppressed), money(c.after.p50, c.after.suppressed),
             money(c.before.p90, c.before.suppressed), money(c.after.p90, c.after.suppressed)
           ])
         )}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>数据发布报告 ${esc(r.startedAt.toISOString().slice(0, 10))}</title>
<style>
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; } th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } td { overflow-wrap: anywhere; }
.ok { background: #e7f5e9; border-left: 4px solid #2e7d32; padding: .5rem 1rem; } .fail { background: #fdecea; border-left: 4px solid #c62828; padding: .5rem 1rem; }
.none { color: #666; } .more { color: #555; font-size: .9rem; } details { margin: .25rem 0; } summary { cursor: pointer; }
code { background: #f3f3f3; padding: 0 .25rem; }
</style>
</head>
<body>
<h1>数据发布报告</h1>
${status}
<p>运行时间 ${esc(r.startedAt.toISOString())} · 发布基准日（--as-of）${esc(r.asOf)} · 源数据目录 <code>${esc(r.sourcesDir)}</code></p>
<p>本报告仅供人社局工作人员使用，含源数据中的原值，请勿放到网站上。每个问题的完整列表（含文件、行、列、原值、规则和提示）见同目录下的 <code>report.csv</code>，可用 Excel 打开。</p>

<h2>源文件</h2>
${table(['表', '文件', '编码', '数据行数', 'SHA-256（前 12 位）'], r.sources.map((s) => [s.def.name, s.file, s.encoding, s.length, s.sha256.slice(0, 12)]))}

<h2>问题汇总</h2>
<p>错误 ${num(r.log.errorCount)} 个（须改正，否则不发布）；警告 ${num(r.log.warningCount)} 个（已按提示处理，不影响发布）。</p>
${table(['级别', '类别', '数量', '示例', '首见位置', '提示'], [...errors, ...warnings].map((g) => [g.severity === 'error' ? '错误' : '警告', g.kind, g.count, g.first[0]?.message ?? '', g.first.slice(0, 3).map((i) => `${i.file}:${i.row}`).join('、'), g.hint]))}

<h2>问题明细</h2>
${detail || '<p class="none">无</p>'}

<h2>未匹配的技能写法（按出现次数）</h2>
<p>这些写法不在技能词表（skills）中，不参与匹配。常见的写法可加入 skills 表的同义词，词表就会逐年完善。</p>
${table(['写法', '出现次数', '说明'], r.unmatched.map((t) => [t.term, t.count, t.note ?? '']))}

<h2>发布的数据集</h2>
${table(['数据集', '名称', '行数', '不公布数值的单元格'], r.datasets.map((d) => [d.name, DATASET_LABELS[d.name as DatasetName] ?? d.name, d.rows, d.suppressed ?? '—']))}

<h2>隐私处理</h2>
<p>下列内容在发布前被删除或概括（个人信息保护法；小样本不公布，见 docs/methodology.md）。</p>
${table(['数据集', '处理', '数量'], r.minimised.map((m) => [m.dataset, m.what, m.count]))}

<h2>与上期相比</h2>
${diffHtml}
</body>
</html>
`;
}

export function reportCsv(log: IssueLog): string {
  return toCsv(
    ['severity', 'file', 'row', 'column', 'value', 'kind', 'message', 'hint'],
    log.groups().flatMap((g) => g.first.map((i) => ({ ...i, severity: i.severity === 'error' ? '错误' : '警告', hint: g.hint }))),
    ['级别', '文件', '行', '列', '原值', '规则', '说明', '提示']
  );
}

/** Writes report.html and report.csv into `dir` (created if needed); returns the HTML's path. */
export async function writeReport(dir: string, r: ReportInput): Promise<string> {
  // Not recursive: a --private whose parent is missing was reported and gets nothing.
  await mkdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  await writeFile(join(dir, REPORT_HTML), reportHtml(r));
  await writeFile(join(dir, REPORT_CSV), reportCsv(r.log));
  return join(dir, REPORT_HTML);
}
