/**
 * npm run data -- [--sources DIR] [--out DIR] [--private DIR] [--as-of YYYY-MM-DD]
 * Validates data/sources and publishes static/data (public) and data/private (bureau only).
 */
import { parseArgs } from 'node:util';
import { publish } from '../src/lib/pipeline/publish';

const USAGE = 'usage: npm run data -- [--sources DIR] [--out DIR] [--private DIR] [--as-of YYYY-MM-DD]';

function options() {
  try {
    const { values } = parseArgs({
      options: {
        sources: { type: 'string', default: 'data/sources' },
        out: { type: 'string', default: 'static/data' },
        private: { type: 'string', default: 'data/private' },
        'as-of': { type: 'string', default: new Date().toISOString().slice(0, 10) },
        help: { type: 'boolean', short: 'h' }
      }
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']!)) throw new Error(`--as-of must be YYYY-MM-DD, got ${values['as-of']}`);
    return values as { sources: string; out: string; private: string; 'as-of': string };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const o = options();
const started = performance.now();
const result = await publish({
  sources: o.sources,
  out: o.out,
  private: o.private,
  asOf: o['as-of'],
  progress: (line) => console.error(`  ${line}`)
});
// Grouped by kind, a screenful at most; every problem is in the report.
for (const line of result.log.summary()) console.error(line);
const reportLine = result.report ? `报告：${result.report}（另有 report.csv，可用 Excel 打开）` : `未能写入报告（${o.private} 不可写）`;
if (!result.ok) {
  console.error(`\n发布失败：${result.log.errorCount} 个错误，${result.log.warningCount} 个警告。${o.out} 未作任何改动。\n${reportLine}`);
  process.exit(1);
}
const m = result.manifest!;
console.log(`\n已发布到 ${o.out}（${((performance.now() - started) / 1000).toFixed(1)} s${m.demo ? '，示例数据' : ''}）`);
for (const d of Object.values(m.datasets)) console.log(`  ${d.file.padEnd(40)} ${String(d.rows).padStart(9)} 行  ${(d.bytes / 1024).toFixed(0).padStart(7)} KiB`);
for (const x of m.missing) console.log(`  未发布 ${x.name}：${x.reason}`);
const changes = m.release?.changes;
if (changes) console.log(`  与上期相比：${changes.rows.length} 个数据集行数变化，${changes.wage_cells_changed} 个工资价位单元格数值变化`);
if (result.log.warningCount) console.log(`  ${result.log.warningCount} 个警告（见上）`);
console.log(reportLine);
