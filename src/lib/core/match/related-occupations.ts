/**
 * Occupations in different 小类 whose skills transfer well, so a job in one may consider people in
 * the other (焊工 ↔ 管工: pipe welding; 电工 ↔ 电气设备安装工). Pairs inside one 小类 need no entry:
 * the code hierarchy already relates them. Codes are those of the 2022 大典 used by the demo data.
 */
export interface RelatedPair {
  a: string;
  b: string;
  why: string;
}

export const RELATED_OCCUPATIONS: readonly RelatedPair[] = [
  { a: '6-18-02-04', b: '6-29-03-02', why: '管道焊接' },
  { a: '6-18-02-04', b: '6-31-03-06', why: '焊缝检验' },
  { a: '6-31-01-03', b: '6-29-03-01', why: '电气安装' },
  { a: '6-31-01-03', b: '6-28-02-01', why: '变配电' },
  { a: '6-18-01-07', b: '6-18-04-01', why: '数控加工' },
  { a: '6-31-01-09', b: '6-25-03-01', why: '电气装调' },
  { a: '4-12-01-01', b: '5-05-02-02', why: '发动机与底盘维修' },
  { a: '5-05-02-01', b: '6-30-05-03', why: '机械驾驶' },
  { a: '6-02-06-05', b: '5-01-02-03', why: '茶叶' },
  { a: '6-02-06-06', b: '4-03-02-07', why: '茶叶品鉴' },
  { a: '6-28-01-14', b: '6-28-02-01', why: '电力运行' },
  { a: '4-04-02-02', b: '6-28-02-05', why: '线缆敷设' },
  { a: '4-10-01-05', b: '4-14-01-02', why: '护理' },
  { a: '6-17-03-01', b: '6-17-05-01', why: '火法冶炼' },
  { a: '6-29-03-05', b: '4-12-03-01', why: '制冷与电器维修' },
  { a: '6-11-01-05', b: '6-11-02-03', why: '化工操作' },
  { a: '6-11-01-05', b: '6-11-03-01', why: '化工操作' },
  { a: '6-31-03-01', b: '4-08-05-01', why: '理化检验' }
];

const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const PAIRS: ReadonlyMap<string, RelatedPair> = new Map(RELATED_OCCUPATIONS.map((p) => [key(p.a, p.b), p]));

/** The table entry relating two 细类 (in either order), or null. */
export const relatedPair = (x: string, y: string): RelatedPair | null => PAIRS.get(key(x, y)) ?? null;
