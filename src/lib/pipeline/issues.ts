/**
 * Problems found in the sources, reported as `file:row:column: message` (compiler style), so
 * staff can jump to the cell. Row 1 is the header row; data starts on row 2, as Excel shows it.
 *
 * Each problem has a kind (the rule it broke, e.g. `annual_wage:type`). Kinds are counted in full;
 * the first rows of each are kept for the listing and the staff report, so a column that is
 * wrong a million times costs a count, not a million strings.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  file: string;
  row: number;
  column: number;
  message: string;
  severity: Severity;
  /** The rule broken, e.g. `annual_wage:type`, `duplicate-key`, `unknown-skill:吃苦耐劳`. */
  kind: string;
  /** The cell as written, where there is one. */
  value?: string | null;
}

/** Beyond this many problems with the same file, column and kind, the rest are counted, not listed. */
export const MAX_ISSUES_PER_KIND = 50;
/** …and this many are kept for the staff report (report.csv). */
export const REPORT_ISSUES_PER_KIND = 1000;

export interface IssueGroup {
  severity: Severity;
  kind: string;
  count: number;
  /** The first problems of the group, in file and row order. */
  first: Issue[];
  hint: string;
}

/** What to do about a kind of problem, in Chinese, for the terminal and the report. */
export function hintFor(kind: string): string {
  const rule = kind.startsWith('unknown-skill:') ? 'unknown-skill' : (kind.split(':')[1] ?? kind);
  switch (rule) {
    case 'type':
      return '按数据字典（docs/data-dictionary.md）中该列的格式改正';
    case 'required':
      return '补齐该必填单元格';
    case 'ref':
      return '改正编码，或先在被引用的表中补充该项';
    case 'duplicate-key':
      return '删除重复行，或改正编号使其唯一';
    case 'future':
      return '检查年份或日期；如确为新数据，用 --as-of 指定更晚的发布基准日';
    case 'unrecognised':
      return '该列仅作描述，已按「未注明」发布；可改用数据字典列出的写法';
    case 'unknown-skill':
      return '在 skills 表的同义词（synonyms）中加入该写法，或改用词表中的技能名称';
    case 'undefined-level':
      return '核对技能等级，或在 occupations 的最高等级（max_level）中更正';
    case 'order':
      return '核对该行的数值或日期先后';
    case 'header':
      return '改正表头，或删除多余的列';
    case 'not-listed':
      return '核对开班日期、职业和等级与紧缺目录（shortage_list）是否一致；不符合上浮条件的请删去上浮比例';
    default:
      return '按提示改正后重新运行';
  }
}

export class IssueLog {
  readonly issues: Issue[] = [];
  private readonly perKind = new Map<string, number>();

  error(file: string, row: number, column: number, message: string, kind = message, value?: string | null): void {
    this.add({ file, row, column, message, severity: 'error', kind, value });
  }

  warning(file: string, row: number, column: number, message: string, kind = message, value?: string | null): void {
    this.add({ file, row, column, message, severity: 'warning', kind, value });
  }

  private static key(i: Pick<Issue, 'severity' | 'file' | 'column' | 'kind'>): string {
    return `${i.severity}\u0000${i.file}\u0000${i.column}\u0000${i.kind}`;
  }

  private add(issue: Issue): void {
    const key = IssueLog.key(issue);
    const n = (this.perKind.get(key) ?? 0) + 1;
    this.perKind.set(key, n);
    if (n <= REPORT_ISSUES_PER_KIND) this.issues.push(issue);
  }

  /** Problems counted in SQL: the first ones (file and row order) and how many there are in all. */
  addCounted(first: readonly Issue[], total: number): void {
    if (!first.length) return;
    const key = IssueLog.key(first[0]);
    const before = this.perKind.get(key) ?? 0;
    for (const i of first.slice(0, Math.max(0, REPORT_ISSUES_PER_KIND - before))) this.issues.push(i);
    this.perKind.set(key, before + Math.max(total, first.length));
  }

  get errorCount(): number {
    let n = 0;
    for (const [k, v] of this.perKind) if (k.startsWith('error')) n += v;
    return n;
  }

  get warningCount(): number {
    let n = 0;
    for (const [k, v] of this.perKind) if (k.startsWith('warning')) n += v;
    return n;
  }

  /** How many problems of each (severity, file, column, kind) were found, listed or not. */
  count(i: Pick<Issue, 'severity' | 'file' | 'column' | 'kind'>): number {
    return this.perKind.get(IssueLog.key(i)) ?? 0;
  }

  /** Summary lines for kinds that went over the listing limit. */
  overflow(): string[] {
    const out: string[] = [];
    for (const [k, n] of this.perKind) {
      if (n <= MAX_ISSUES_PER_KIND) continue;
      const [severity, file, column, kind] = k.split('\u0000');
      out.push(`${file}:*:${column}: ${severity === 'error' ? '错误' : '警告'}：同类问题共 ${n} 处，以上仅列出前 ${MAX_ISSUES_PER_KIND} 处（${kind}）`);
    }
    return out;
  }

  /** Every listed problem as `file:row:column: 错误：message`, then the overflow counts. */
  format(): string[] {
    const shown = new Map<string, number>();
    const listed = this.sorted().filter((i) => {
      const k = IssueLog.key(i);
      const n = (shown.get(k) ?? 0) + 1;
      shown.set(k, n);
      return n <= MAX_ISSUES_PER_KIND;
    });
    return [...listed.map(formatIssue), ...this.overflow()];
  }

  sorted(): Issue[] {
    return [...this.issues].sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row || a.column - b.column);
  }

  /** Problems grouped by severity and kind (across files and columns), largest first. */
  groups(): IssueGroup[] {
    const groups = new Map<string, IssueGroup>();
    for (const [k, n] of this.perKind) {
      const [severity, , , kind] = k.split('\u0000') as [Severity, string, string, string];
      const g = groups.get(`${severity}\u0000${kind}`) ?? { severity, kind, count: 0, first: [], hint: hintFor(kind) };
      g.count += n;
      groups.set(`${severity}\u0000${kind}`, g);
    }
    for (const i of this.sorted()) groups.get(`${i.severity}\u0000${i.kind}`)?.first.push(i);
    return [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
  }

  /**
   * What the terminal shows: per kind of problem its first rows as `file:row:column: message`,
   * then the count and a hint; errors first, at most a screenful. Every problem is in the report.
   */
  summary(limits = { error: { groups: 10, rows: 2 }, warning: { groups: 6, rows: 1 } }): string[] {
    const out: string[] = [];
    for (const severity of ['error', 'warning'] as const) {
      const gs = this.groups().filter((g) => g.severity === severity);
      if (!gs.length) continue;
      const word = severity === 'error' ? '错误' : '警告';
      const total = gs.reduce((a, g) => a + g.count, 0);
      out.push(`${word} ${total.toLocaleString('en')} 处，共 ${gs.length} 类${gs.length > limits[severity].groups ? `（以下为最多的 ${limits[severity].groups} 类）` : ''}：`);
      for (const g of gs.slice(0, limits[severity].groups)) {
        for (const i of g.first.slice(0, limits[severity].rows)) out.push(formatIssue(i));
        out.push(`  └ 同类共 ${g.count.toLocaleString('en')} 处。提示：${g.hint}`);
      }
      if (gs.length > limits[severity].groups) out.push(`  另有 ${gs.length - limits[severity].groups} 类${word}，见报告`);
    }
    return out;
  }
}

export const formatIssue = (i: Issue): string => `${i.file}:${i.row}:${i.column}: ${i.severity === 'error' ? '错误' : '警告'}：${i.message}`;
