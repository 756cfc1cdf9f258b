/**
 * Problems found in the sources, reported as `file:row:column: message` (compiler style), so
 * staff can jump to the cell. Row 1 is the header row; data starts on row 2, as Excel shows it.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  file: string;
  row: number;
  column: number;
  message: string;
  severity: Severity;
}

/** Beyond this many problems with the same file, column and kind, the rest are counted, not listed. */
export const MAX_ISSUES_PER_KIND = 50;

export class IssueLog {
  readonly issues: Issue[] = [];
  private readonly perKind = new Map<string, number>();

  error(file: string, row: number, column: number, message: string, kind = message): void {
    this.add({ file, row, column, message, severity: 'error' }, kind);
  }

  warning(file: string, row: number, column: number, message: string, kind = message): void {
    this.add({ file, row, column, message, severity: 'warning' }, kind);
  }

  private add(issue: Issue, kind: string): void {
    const key = `${issue.severity}\u0000${issue.file}\u0000${issue.column}\u0000${kind}`;
    const n = (this.perKind.get(key) ?? 0) + 1;
    this.perKind.set(key, n);
    if (n <= MAX_ISSUES_PER_KIND) this.issues.push(issue);
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

  format(): string[] {
    const sorted = [...this.issues].sort(
      (a, b) => a.file.localeCompare(b.file) || a.row - b.row || a.column - b.column
    );
    return [
      ...sorted.map((i) => `${i.file}:${i.row}:${i.column}: ${i.severity === 'error' ? '错误' : '警告'}：${i.message}`),
      ...this.overflow()
    ];
  }
}
