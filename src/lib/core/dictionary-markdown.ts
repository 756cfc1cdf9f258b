/**
 * Renders the data dictionary as Markdown (docs/data-dictionary.md); a test keeps the committed
 * file equal to this output, so the document cannot drift from the code.
 */
import { TABLES, REQUIRED_TABLES, BOUNDARIES_FILE, isKeyReference, type ColumnDef, type ColumnType, type Reference } from './dictionary';
import { UNSTATED } from './enums';
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

const refText = (r: Reference): string => (isKeyReference(r) ? `\`${r.table}.${r.column}\`${r.ifPresent ? ' (when given)' : ''}` : r);

function columnRow(c: ColumnDef): string {
  const headers = [c.label, ...(c.aliases ?? [])].map((h) => `${h}`).join('、');
  const notes = [
    c.description,
    c.ref ? `must exist: ${refText(c.ref)}` : '',
    c.lenient ? `forgiving: an unrecognised value is a warning and is published as ${UNSTATED.label}` : '',
    c.notAfterAsOf ? 'not after the release date (`--as-of`)' : '',
    c.type.kind === 'year' ? (c.plannedYear ? 'may be after the release year (a plan)' : 'not after the release year') : '',
    c.private ? '**never published as such**' : ''
  ]
    .filter(Boolean)
    .join('; ');
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
  out.push(
    '## Dates and the release',
    '',
    'Every year column must be at most the year of the release date (`npm run data -- --as-of YYYY-MM-DD`, default today); a job',
    'may not expire before it is posted, and needs posted after the release date are not published yet.',
    ''
  );
  const lenient = TABLES.flatMap((t) => t.columns.filter((c) => c.lenient && c.type.kind === 'enum').map((c) => ({ t, c })));
  out.push(
    '## Descriptive scales (forgiving columns)',
    '',
    'Descriptive columns accept the phrasings below (case, width, spaces and punctuation are ignored). A value none of them',
    `matches does not stop the release: it is a warning and is published as ${UNSTATED.label} (\`${UNSTATED.code}\`, or empty).`,
    ''
  );
  for (const { t, c } of lenient) {
    if (c.type.kind !== 'enum') continue;
    out.push(`### \`${t.name}.${c.name}\` — ${c.label}`, '', '| code | published as | also accepted |', '| --- | --- | --- |');
    for (const v of c.type.values) out.push(`| \`${v.code}\` | ${v.label} | ${cell((v.aliases ?? []).join('、'))} |`);
    out.push('');
  }
  out.push('Yes/no columns marked forgiving also accept 愿意/不愿意, 可以/不可以, 接受/不接受 and similar.', '');
  for (const t of TABLES) {
    out.push(`## \`${t.name}\` — ${t.label}`, '', t.description, '');
    if (t.confidential) out.push('**Confidential microdata**: never published row by row, only aggregated with small cells withheld.', '');
    if (t.key) out.push(`Unique key: ${t.key.map((k) => `\`${k}\``).join(' + ')}.`, '');
    for (const r of t.rules ?? [])
      out.push(
        r.kind === 'ascending'
          ? `Rule: ${r.columns.map((x) => `\`${x}\``).join(' ≤ ')} (${r.message}).`
          : r.kind === 'date_order'
            ? `Rule: \`${r.from}\` ≤ \`${r.to}\`.`
            : `Rule: \`${r.column}\` within the occupation's \`max_level\`.`,
        ''
      );
    out.push('| column | Chinese headers | type | notes |', '| --- | --- | --- | --- |', ...t.columns.map(columnRow), '');
  }
  return out.join('\n');
}
