import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/lib/pipeline/read-source';
import { publishSources } from '../helpers/publish';
import { baseTables, toCsv, writeSources } from '../helpers/sources';

/** The base fixture's occupations with Chinese headers, as a bureau spreadsheet would have them. */
const chineseOccupations = [
  ['职业编码', '职业名称', '工种及别名', '标识', '最高等级'],
  ['6-18-02-04', '焊工', '电焊工；氩弧焊工', '', '首席技师'],
  ['4-03-02-01', '中式烹调师', '厨师', '', '一级']
];

async function publishedOccupations(dir: string) {
  const p = await publishSources(dir);
  expect(p.result.ok, p.messages.join('\n')).toBe(true);
  return { p, rows: await p.read<{ code: string; name: string; aliases: string[]; max_level: number }>('occupations') };
}

describe('source encodings and formats', () => {
  it('detects UTF-8, UTF-8 with BOM and GB18030', () => {
    expect(detectEncoding(Buffer.from('职业', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('职业')]))).toBe('utf-8-bom');
    expect(detectEncoding(iconv.encode('职业编码,职业名称', 'gbk'))).toBe('gb18030');
  });

  it('accepts a GBK file with Chinese headers', async () => {
    const dir = await writeSources(baseTables());
    await writeFile(join(dir, 'occupations.csv'), iconv.encode(toCsv(chineseOccupations), 'gbk'));
    const { p, rows } = await publishedOccupations(dir);
    expect(rows.map((r) => r.name)).toEqual(['中式烹调师', '焊工']);
    expect(rows[1].aliases).toEqual(['电焊工', '氩弧焊工']);
    expect(rows[1].max_level).toBe(8);
    expect(p.manifest.sources.find((s) => s.table === 'occupations')!.encoding).toBe('gb18030');
  });

  it('accepts UTF-8 with a BOM', async () => {
    const dir = await writeSources(baseTables());
    await writeFile(join(dir, 'occupations.csv'), '\ufeff' + toCsv(chineseOccupations));
    const { rows } = await publishedOccupations(dir);
    expect(rows.map((r) => r.code)).toEqual(['4-03-02-01', '6-18-02-04']);
  });

  it('accepts XLSX with numbers, Chinese levels and full-width digits', async () => {
    const t = baseTables();
    const dir = await writeSources(t);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('wage_survey');
    ws.addRow(['调查年份', '行政区划代码', '行业', '企业编码', '职业编码', '技能等级', '年工资']);
    for (const r of t.wage_survey.slice(1)) ws.addRow([Number(r[0]), r[1], '制造业', r[3], r[4], '高级工', Number(r[6])]);
    ws.getCell('G2').value = '６５，０００';
    await import('node:fs/promises').then((fs) => fs.rm(join(dir, 'wage_survey.csv')));
    await wb.xlsx.writeFile(join(dir, 'wage_survey.xlsx'));
    const p = await publishSources(dir);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const [cell] = await p.read<{ n_workers: number; p50: number }>('wage_prices', "occupation_depth = 4 AND region_code = '532501' AND skill_level = 4 AND industry = 'C'");
    expect(cell.n_workers).toBe(60);
    expect(p.manifest.sources.find((s) => s.table === 'wage_survey')!.encoding).toBe('xlsx');
  });

  it('rejects a table given twice', async () => {
    const dir = await writeSources(baseTables());
    await writeFile(join(dir, 'Regions.CSV'), await readFile(join(dir, 'regions.csv')));
    const p = await publishSources(dir);
    expect(p.result.ok).toBe(false);
    expect(p.messages.some((m) => m.includes('是同一张表 regions'))).toBe(true);
  });
});
