/**
 * Renders the data dictionary as Markdown (docs/data-dictionary.md); a test keeps the committed
 * file equal to this output, so the document cannot drift from the code.
 */
import { TABLES, REQUIRED_TABLES, BOUNDARIES_FILE, type ColumnDef, type ColumnType } from './dictionary';
import { SKILL_LEVELS } from './skill-levels';
import { INDUSTRIES } from './industries';

function typeText(t: ColumnType): string {
  switch (t.kind) {
    case 'int':
    case 'number': {
      const base = t.kind === 'int' ? 'integer' : 'number';
      const range = [t.min !== undefined ? `≥ ${t.min}` : '', t.max !== undefined ? `≤ ${t.max.toLocaleString('en')}` : ''].filter(Boolean).join(', ');
      return range ? `${base} (${range})` : base;
    }
    case 'enum':
      return `one of ${t.values.map((v) => `\`${v.code}\` ${v.label}`).join(' · ')}`;
    case 'list':
      return 'list (`;` or `；`)';
    case 'occupation_code':
      return 'occupation code';
    case 'region_code':
      return '6-digit region code';
    case 'skill_level':
      return 'skill level';
    default:
      return t.kind;
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function columnRow(c: ColumnDef): string {
  const headers = [c.label, ...(c.aliases ?? [])].map((h) => `${h}`).join('、');
  const notes = [c.description, c.ref ? `must exist: ${c.ref}` : '', c.private ? '**never published as such**' : ''].filter(Boolean).join('; ');
  return `| ${c.required ? `**${c.name}**` : c.name} | ${cell(headers)} | ${cell(typeText(c.type))} | ${cell(notes)} |`;
}

export function dictionaryMarkdown(): string {
  const out: string[] = [
    '# Data dictionary',
    '',
    '<!-- Generated from src/lib/core/dictionary.ts by `npm run docs:dictionary`. Do not edit by hand. -->',
    '',
    'Source files go in `data/sources/`, one table per file, named after the table (`wage_survey.csv` or',
    '`wage_survey.xlsx`). CSV may be UTF-8, UTF-8 with BOM, or GB18030/GBK. Headers may be the English',
    'name or any of the Chinese headers listed. **Bold** columns are required. Numbers may use full-width',
    'digits and thousands separators; lists are separated by `;` or `；`; booleans are 是/否, true/false or 1/0.',
    '',
    `Required tables: ${REQUIRED_TABLES.map((t) => `\`${t}\``).join(', ')}. Every other table is optional; a missing one`,
    'publishes no dataset and the manifest says why. County boundaries come as `' + BOUNDARIES_FILE + '`.',
    '',
    '## Skill levels (职业技能等级)',
    '',
    '| value | name | also accepted |',
    '| --- | --- | --- |',
    ...SKILL_LEVELS.map((l) => `| ${l.level} | ${l.name} | ${[l.grade, l.short !== l.name ? l.short : ''].filter(Boolean).join('、')} |`),
    '',
    '高技能人才 = level ≥ 4 (高级工 and above).',
    '',
    '## Industries (GB/T 4754-2017 门类)',
    '',
    Object.entries(INDUSTRIES).map(([k, v]) => `\`${k}\` ${v}`).join(' · '),
    ''
  ];
  for (const t of TABLES) {
    out.push(`## \`${t.name}\` — ${t.label}`, '', t.description, '');
    if (t.key) out.push(`Unique key: ${t.key.map((k) => `\`${k}\``).join(' + ')}.`, '');
    out.push('| column | Chinese headers | type | notes |', '| --- | --- | --- | --- |', ...t.columns.map(columnRow), '');
  }
  return out.join('\n');
}
