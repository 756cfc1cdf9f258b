/**
 * Regenerates the registry evaluation set (README.md): npx tsx tests/match-eval/registry/build.ts
 * [--reference-from DIR]. Sampled with a fixed seed: jobs and seekers per trade, people with
 * k defects around each job, decoys, background people, jobs around each seeker; then every tag
 * is written the way registries write them, and every pair is labelled by label.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { rng } from '../../../scripts/lib/synthetic-pool';
import { jobRelevance, seekerRelevance, type Label, type LabelJob, type LabelPerson } from './label';
import type { RawJob, RawPerson, RawSeeker } from './rows';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20261201;

interface Reference {
  skills: { skill_id: string; name: string; synonyms: string[]; occupation_codes: string[] }[];
  certificates: { cert_id: string; name: string; kind: string; mandatory_for: string[]; aliases: string[] }[];
  occupations: { code: string; name: string }[];
  occupationGroups: { code: string; name: string }[];
  regions: { code: string; name: string; kind: string }[];
  adjacency: Record<string, string[]>;
}

const refArg = process.argv.indexOf('--reference-from');
if (refArg > 0) {
  const dir = process.argv[refArg + 1];
  const { NodeEngine } = await import('../../../src/lib/engine/node');
  const { countyAdjacency } = await import('../../../src/lib/core/match/adjacency');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const e = await NodeEngine.open(dir, manifest);
  const reference: Reference = {
    skills: (await e.rows('SELECT skill_id, name, synonyms, occupation_codes FROM skills ORDER BY skill_id')) as Reference['skills'],
    certificates: (await e.rows('SELECT cert_id, name, kind, mandatory_for, aliases FROM certificates ORDER BY cert_id')) as Reference['certificates'],
    occupations: (await e.rows('SELECT code, name FROM occupations ORDER BY code')) as Reference['occupations'],
    occupationGroups: (await e.rows('SELECT code, name FROM occupation_groups ORDER BY code')) as Reference['occupationGroups'],
    regions: (await e.rows('SELECT code, name, kind FROM regions ORDER BY code')) as Reference['regions'],
    adjacency: countyAdjacency(JSON.parse(readFileSync(join(dir, manifest.topology.file), 'utf8')), manifest.topology.object)
  };
  writeFileSync(join(here, 'reference.json'), JSON.stringify(reference, null, 1) + '\n');
}
const ref: Reference = JSON.parse(readFileSync(join(here, 'reference.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Trades, parts, and the recruiter's annotations
// ---------------------------------------------------------------------------------------------

type Part = 'tune' | 'heldout';

/** The query trades: one job and one seeker each. */
const TRADES: Record<Part, string[]> = {
  tune: ['6-18-02-04', '6-31-01-03', '4-03-02-01', '6-30-05-03', '4-10-01-05', '6-18-01-02', '4-02-06-01', '6-29-01-01', '6-11-02-03', '4-01-02-02'],
  heldout: [
    '6-18-01-01', '6-29-03-01', '6-31-01-02', '6-29-03-02', '4-12-01-01', '6-17-03-01', '6-16-01-01', '6-30-05-01', '6-31-01-05', '6-29-04-01',
    '4-03-02-02', '4-10-01-01', '4-07-05-01', '4-04-05-01', '5-01-02-01', '6-02-06-05', '6-28-02-01', '4-02-06-03', '6-16-02-01', '6-31-01-09'
  ]
};

/** Trades a recruiter would also take for a job of this trade (one defect), by domain knowledge. */
const ACCEPTABLE: Record<string, string[]> = {
  '6-18-02-04': ['6-29-03-02'],
  '6-31-01-03': ['6-29-03-01'],
  '6-29-03-01': ['6-31-01-03'],
  '6-29-03-02': ['6-18-02-04'],
  '6-18-01-01': ['6-18-01-07'],
  '6-18-01-02': ['6-18-01-07'],
  '4-12-01-01': ['5-05-02-02', '4-12-01-02'],
  '4-10-01-05': ['4-14-01-02'],
  '4-02-06-01': ['4-02-06-03'],
  '4-02-06-03': ['4-02-06-01'],
  '6-30-05-01': ['6-30-05-02'],
  '6-30-05-03': ['5-05-02-01'],
  '6-17-03-01': ['6-17-03-03'],
  '6-16-01-01': ['6-16-01-03', '6-16-01-05'],
  '6-11-02-03': ['6-11-01-05'],
  '4-01-02-02': ['4-01-02-07'],
  '4-07-05-01': ['4-07-05-04'],
  '5-01-02-01': ['5-01-02-02'],
  '6-29-04-01': ['6-29-01-01'],
  '6-29-01-01': ['6-29-04-01'],
  '6-31-01-05': ['6-31-01-03'],
  '6-28-02-01': ['6-31-01-03']
};

const LEGAL_KINDS = ['special_operation', 'qualification'];
const certById = new Map(ref.certificates.map((c) => [c.cert_id, c]));
const skillById = new Map(ref.skills.map((s) => [s.skill_id, s]));
const counties = ref.regions.filter((r) => r.kind === 'county').map((r) => r.code);
const occupations = ref.occupations.map((o) => o.code).filter((c) => c.split('-').length === 4);
const skillsOf = (occ: string) => ref.skills.filter((s) => s.occupation_codes.includes(occ)).map((s) => s.skill_id);
const tradesWithSkills = occupations.filter((o) => skillsOf(o).length > 0);
/** Certificates the law requires for a trade (特种作业, 特种设备, 准入类). */
const legalFor = (occ: string) => ref.certificates.filter((c) => LEGAL_KINDS.includes(c.kind) && c.mandatory_for.includes(occ)).map((c) => c.cert_id);
const partOfTrade = (occ: string): Part => (TRADES.tune.includes(occ) ? 'tune' : TRADES.heldout.includes(occ) ? 'heldout' : hash(occ) % 2 ? 'tune' : 'heldout');

// ---------------------------------------------------------------------------------------------
// Randomness and ids
// ---------------------------------------------------------------------------------------------

const R = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(R() * xs.length)];
const chance = (p: number) => R() < p;
const between = (a: number, b: number) => a + R() * (b - a);
const round100 = (x: number) => Math.round(x / 100) * 100;
function sample<T>(xs: readonly T[], n: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const k = Math.floor(R() * (i + 1));
    [a[i], a[k]] = [a[k], a[i]];
  }
  return a.slice(0, n);
}
function weighted<T extends string>(w: Record<T, number>): T {
  const total = Object.values<number>(w).reduce((s, x) => s + x, 0);
  let x = R() * total;
  for (const [k, v] of Object.entries<number>(w)) if ((x -= v) < 0) return k as T;
  return Object.keys(w)[0] as T;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}
/** Opaque ids: nothing in an id says what the generator made the row for. */
const ALPHA = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function opaque(prefix: string, key: string): string {
  let h = hash(key);
  let h2 = hash(key + '#');
  let s = '';
  for (let i = 0; i < 4; i++) s += ALPHA[(h >>> (i * 5)) & 31] + ALPHA[(h2 >>> (i * 5)) & 31];
  return prefix + s;
}

// ---------------------------------------------------------------------------------------------
// How people and enterprises write things: the generator's own lists, each split by part
// ---------------------------------------------------------------------------------------------

/** Trade variants (slang, Latin abbreviations, short forms) per skill; even positions → tune, odd → held-out. */
const VARIANTS: Record<string, string[]> = {
  SK001: ['氩焊', 'TIG', 'TIG氩弧焊', '钨极惰性气体保护焊'],
  SK002: ['气保焊', 'CO2保护焊', 'MAG焊', '二保', '气体保护焊', '半自动焊'],
  SK003: ['电焊', '手把焊', '手工电焊', 'SMAW'],
  SK004: ['埋弧', 'SAW埋弧焊'],
  SK005: ['气割', '氧气切割', '割枪', '火焰切割'],
  SK007: ['管焊', '压力管道焊', '管道焊工'],
  SK008: ['不锈钢焊', '焊不锈钢'],
  SK014: ['看图', '识图能力', '会看图纸', '看懂图纸'],
  SK015: ['CAD', '画图', 'AutoCAD制图', 'CAD绘图'],
  SK016: ['数控车', 'CNC车床', '数车编程', '数车'],
  SK017: ['普车', '普通车工', '车床', '开车床'],
  SK018: ['数铣', 'CNC铣床', '加工中心', 'CNC加工中心编程'],
  SK019: ['UG', 'UG编程', 'CAM', 'Mastercam编程'],
  SK021: ['车螺纹', '螺纹'],
  SK022: ['量具', '三坐标', '卡尺千分尺'],
  SK030: ['装配', '机修装配'],
  SK031: ['机修', '设备检修', '修设备'],
  SK032: ['点检', '巡检'],
  SK033: ['液压', '气动', '液压维修'],
  SK036: ['机器人编程', '示教编程', 'ABB编程', '发那科编程'],
  SK037: ['机器人维保', '机器人维修'],
  SK038: ['PLC', '西门子PLC', '三菱PLC', '可编程控制器'],
  SK039: ['配电柜安装', '低压配电', '配电'],
  SK040: ['倒闸', '高压操作'],
  SK041: ['电气接线', '接线', '电控线路'],
  SK042: ['变频器', '变频调速'],
  SK043: ['修电机', '电动机维修'],
  SK044: ['看电路图', '电气图纸'],
  SK045: ['仪表校准', '仪表维修'],
  SK046: ['拉电缆', '电缆施工', '放电缆'],
  SK047: ['继保', '保护调试'],
  SK048: ['HMI', '触摸屏', '组态'],
  SK051: ['变电值班', '变电站运行'],
  SK057: ['炼锡', '锡冶炼工艺'],
  SK058: ['熔炼', '熔炼炉', '顶吹炉'],
  SK059: ['烟化炉'],
  SK060: ['鼓风炉'],
  SK065: ['DCS', '中控操作', 'DCS中控', '集散控制'],
  SK066: ['化工操作', '化工生产', '化工外操'],
  SK067: ['合成氨', '氨合成'],
  SK074: ['打眼', '风钻', '凿岩机'],
  SK075: ['爆破', '放炮', '装药'],
  SK076: ['支护', '打锚杆'],
  SK077: ['铲运机', '开铲运机'],
  SK081: ['浮选', '浮选工艺'],
  SK082: ['磨矿', '球磨'],
  SK083: ['摇床', '重力选矿'],
  SK085: ['砌墙', '砌砖', '砌筑施工'],
  SK086: ['粉墙', '抹墙', '批荡'],
  SK087: ['绑钢筋', '扎钢筋'],
  SK088: ['打灰', '浇混凝土', '砼浇筑'],
  SK089: ['搭架子', '搭脚手架'],
  SK090: ['装修', '家装'],
  SK091: ['贴砖', '贴瓷砖', '铺砖'],
  SK092: ['水电', '水电工'],
  SK093: ['水管安装', '给排水'],
  SK094: ['空调维修', '修空调', '冷库维修'],
  SK095: ['挖机', '开挖机', '勾机', '挖土机'],
  SK096: ['铲车', '装载机', '开铲车'],
  SK097: ['吊装', '起重'],
  SK098: ['叉车', '开叉车', '铲车', '叉车司机'],
  SK099: ['行车', '天车', '开行车'],
  SK102: ['故障诊断', '电脑检测', '解码'],
  SK103: ['修发动机', '发动机大修'],
  SK104: ['汽车电路', '汽车电工'],
  SK105: ['电车维修', '三电维修', '新能源车'],
  SK106: ['钣金', '车身钣金'],
  SK107: ['喷漆', '烤漆'],
  SK109: ['滇菜', '云南菜'],
  SK110: ['川菜'],
  SK111: ['切配', '墩子', '砧板'],
  SK112: ['宴席', '酒席'],
  SK113: ['米线', '过桥米线'],
  SK114: ['面点', '白案'],
  SK117: ['食品安全'],
  SK125: ['制茶', '炒茶'],
  SK126: ['普洱', '晒青'],
  SK127: ['滇红', '红茶'],
  SK140: ['种水稻', '水稻栽培'],
  SK141: ['种玉米'],
  SK147: ['植保', '打药'],
  SK153: ['稻鱼', '稻田鱼'],
  SK162: ['淘宝运营', '开网店', '电商运营'],
  SK163: ['直播', '带货', '主播'],
  SK164: ['剪辑', '短视频', '抖音运营'],
  SK165: ['跨境', '亚马逊运营'],
  SK166: ['农产品电商'],
  SK170: ['仓管', '库管', '仓储'],
  SK171: ['调度', '派车'],
  SK172: ['冷链'],
  SK175: ['Python', 'python', 'py开发'],
  SK176: ['Java', 'JAVA', 'java后端'],
  SK180: ['SQL', 'MySQL', '数据库'],
  SK183: ['Linux', 'linux'],
  SK188: ['Excel', '数据统计'],
  SK189: ['育婴', '带小孩'],
  SK190: ['月嫂', '月子护理'],
  SK191: ['早教'],
  SK192: ['养老护理', '护理老人', '照顾老人'],
  SK193: ['康复训练', '康复'],
  SK194: ['急救', '心肺复苏', 'CPR'],
  SK196: ['配餐', '营养餐'],
  SK201: ['保安', '巡逻', '门岗'],
  SK202: ['消防控制室', '消控'],
  SK203: ['监控', '视频监控'],
  SK206: ['安全管理'],
  SK207: ['班组长', '带班'],
  SK208: ['5S', '6S'],
  SK209: ['带徒弟'],
  SK211: ['Office', '电脑操作', 'Word Excel']
};

const CERT_VARIANTS: Record<string, string[]> = {
  TZ01: ['焊工操作证', '特种作业操作证(焊工)', '焊接与热切割作业证', '焊工上岗证', '电焊工证'],
  TZ02: ['特种作业操作证(低压电工)', '电工操作证', '低压电工上岗证', '电工上岗证'],
  TZ03: ['高压电工操作证', '高压电工上岗证'],
  TZ07: ['爆破员证', '爆破工证'],
  TZ13: ['冶金煤气证', '煤气作业证'],
  TZ14: ['合成氨工艺证', '合成氨作业证'],
  ZG01: ['叉车司机证', '叉车操作证', '特种设备作业人员证(叉车)', '场内机动车辆驾驶证'],
  ZG02: ['行车操作证', '起重机操作证', '桥式起重机司机证'],
  ZG06: ['消防设施操作员证书', '消防员证'],
  JN3: ['中级工证书', '四级/中级工', '中级技能证书', '中级职业资格证'],
  JN4: ['高级工证书', '三级/高级工', '高级技能证书', '高级职业资格证'],
  JN5: ['技师证书', '二级技师证'],
  QT01: ['健康证明', '食品健康证', '从业健康证']
};

const DECOR: Record<Part, string[]> = {
  tune: ['熟练掌握{}', '{}经验', '会{}', '精通{}', '{}(熟练)', '擅长{}'],
  heldout: ['能独立完成{}', '有{}工作经验', '懂{}', '{}技术', '具备{}能力', '掌握{}', '{}操作熟练', '从事{}多年']
};
const JOB_DECOR: Record<Part, string[]> = {
  tune: ['熟练掌握{}', '有{}经验', '会{}'],
  heldout: ['能独立完成{}', '具备{}能力', '熟悉{}']
};
const CONNECTORS: Record<Part, string[]> = { tune: ['及', '、', '和'], heldout: ['与', '/', ',', '+', '以及'] };
const SOFT: Record<Part, string[]> = {
  tune: ['吃苦耐劳', '责任心强', '团队协作', '沟通能力强', '踏实肯干'],
  heldout: ['认真负责', '服从安排', '能吃苦', '工作细心', '学习能力强', '抗压能力强', '身体健康']
};

/** Characters people mistype through a pinyin input method (the build keeps only equal-pinyin ones). */
const HOMOPHONES: Record<string, string> = {
  焊: '汗悍旱翰', 电: '点店垫', 弧: '胡湖壶', 氩: '亚压', 控: '空孔', 机: '鸡基积', 编: '边变', 程: '成城承', 修: '休羞',
  维: '为围', 装: '庄桩', 配: '陪佩', 驾: '架假', 驶: '使史', 烹: '砰', 饪: '任认', 护: '户互沪', 理: '里礼', 检: '减简剪',
  测: '侧策', 调: '掉', 试: '式是事', 操: '糙', 作: '做坐', 床: '创', 铣: '洗喜', 叉: '插差', 砌: '气器', 筑: '住注',
  浇: '交焦', 凝: '宁', 茶: '查察', 叶: '业页', 炒: '吵', 烤: '考', 种: '重中', 植: '职直', 养: '样阳', 殖: '职直',
  营: '赢应', 销: '消', 管: '馆', 道: '到', 钳: '前钱', 接: '街节', 割: '歌哥', 保: '宝报', 挖: '哇蛙', 掘: '决绝',
  载: '在再', 铲: '产', 运: '云', 仓: '苍舱', 储: '除', 货: '或获', 物: '务误', 流: '留刘', 菜: '才', 刀: '到导',
  线: '先现', 路: '露鹿', 安: '按岸', 绑: '帮', 钢: '刚', 筋: '斤今', 混: '魂', 砖: '专', 抹: '末', 灰: '挥', 漆: '七期',
  诊: '真针', 断: '段', 发: '法', 动: '冻', 汽: '气器', 监: '尖坚', 防: '房方', 巡: '寻', 照: '找', 康: '抗', 复: '付副',
  急: '及极', 救: '就旧', 婴: '应英', 育: '预玉', 数: '树述', 据: '剧具', 网: '往', 络: '洛落', 播: '波', 剪: '减简',
  辑: '及集', 视: '是事', 氨: '安', 艺: '亿意', 炉: '路', 熔: '容融', 炼: '练', 冶: '也野', 矿: '况', 浮: '服福',
  磨: '魔', 凿: '早', 岩: '言严', 爆: '报暴', 支: '知之', 仪: '一以', 表: '标', 器: '气', 变: '便', 识: '实时', 图: '涂',
  制: '治志', 刃: '认任', 镗: '堂', 孔: '控', 锻: '断段', 铸: '注住', 造: '早', 液: '夜页', 压: '鸭', 倒: '到', 闸: '炸',
  缆: '懒', 敷: '夫肤', 设: '社射', 继: '记计', 组: '祖', 态: '太泰', 面: '免', 点: '电', 宴: '燕', 席: '习',
  滇: '颠', 烧: '稍', 豆: '斗', 腐: '府', 粉: '份', 墙: '强', 贴: '铁', 瓷: '词', 吊: '掉', 重: '种', 盘: '判', 钣: '板版',
  金: '今', 喷: '盆', 胶: '交', 标: '表', 注: '住', 训: '讯', 练: '炼', 老: '劳', 幼: '有又'
};

const VALID_HOMOPHONES: Record<string, string[]> = {};
for (const [ch, alts] of Object.entries(HOMOPHONES)) {
  if ([...ch].length !== 1) continue;
  const py = pinyin(ch, { toneType: 'none' });
  const ok = [...alts].filter((a) => pinyin(a, { toneType: 'none' }) === py);
  if (ok.length) VALID_HOMOPHONES[ch] = ok;
}
const toneless = (s: string) => pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');

/** One character replaced by a same-pinyin one (the term's pinyin must not change); null when none fits. */
function typo(term: string): string | null {
  const chars = [...term];
  const spots = chars.map((c, i) => (VALID_HOMOPHONES[c] ? i : -1)).filter((i) => i >= 0);
  for (const i of sample(spots, spots.length)) {
    const out = [...chars];
    out[i] = pick(VALID_HOMOPHONES[chars[i]]);
    const t = out.join('');
    if (toneless(t) === toneless(term)) return t;
  }
  return null;
}

const FULL_WIDTH = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function widthNoise(term: string): string {
  if (/[A-Za-z0-9]/.test(term) && chance(0.6)) return chance(0.5) ? FULL_WIDTH(term) : chance(0.5) ? term.toLowerCase() : term.toUpperCase();
  const chars = [...term];
  if (chars.length >= 3 && chance(0.6)) {
    const at = 1 + Math.floor(R() * (chars.length - 1));
    return [...chars.slice(0, at), ' ', ...chars.slice(at)].join('');
  }
  return ` ${term}。`;
}

const partList = <T>(xs: readonly T[] | undefined, part: Part): T[] => (xs ?? []).filter((_, i) => (i % 2 === 0) === (part === 'tune'));
const decorate = (templates: readonly string[], term: string) => pick(templates).replace('{}', term);

/** How a person writes one skill they have. */
function writeSkill(id: string, part: Part): string {
  const s = skillById.get(id)!;
  const variants = partList(VARIANTS[id], part);
  const kind = weighted({ name: 30, synonym: 15, variant: 17, decor: 12, typo: 10, width: 8, plain: 8 });
  const base = () => (s.synonyms.length && chance(0.4) ? pick(s.synonyms) : s.name);
  switch (kind) {
    case 'synonym':
      return s.synonyms.length ? pick(s.synonyms) : s.name;
    case 'variant':
      return variants.length ? pick(variants) : base();
    case 'decor':
      return decorate(DECOR[part], variants.length && chance(0.3) ? pick(variants) : base());
    case 'typo':
      return typo(base()) ?? base();
    case 'width':
      return widthNoise(variants.length && chance(0.5) ? pick(variants) : base());
    default:
      return s.name;
  }
}

function writeCertificate(id: string, part: Part): string {
  const c = certById.get(id)!;
  const variants = partList(CERT_VARIANTS[id], part);
  const kind = weighted({ name: 30, alias: 35, variant: 25, width: 10 });
  if (kind === 'alias' && c.aliases.length) return pick(c.aliases);
  if (kind === 'variant' && variants.length) return pick(variants);
  if (kind === 'width') return widthNoise(c.aliases.length ? pick(c.aliases) : c.name);
  return c.name;
}

/** A person's skill column: each skill written, sometimes two merged into one tag, soft qualities added. */
function writeSkills(ids: readonly string[] | null, part: Part, stuffed = false): string {
  if (ids === null) return '';
  const tags = ids.map((id) => writeSkill(id, part));
  if (tags.length >= 2 && chance(stuffed ? 0.5 : 0.12)) {
    const [a, b] = [tags.shift()!, tags.shift()!];
    tags.unshift(`${a}${pick(CONNECTORS[part])}${b}`);
  }
  if (chance(0.35)) tags.push(...sample(SOFT[part], chance(0.5) ? 2 : 1));
  return sample(tags, tags.length).join(chance(0.8) ? ';' : '；');
}

function writeJobSkills(ids: readonly string[], part: Part): string {
  return ids
    .map((id) => {
      const s = skillById.get(id)!;
      const variants = partList(VARIANTS[id], part);
      const kind = weighted({ name: 45, synonym: 20, decor: 20, variant: 10, typo: 5 });
      if (kind === 'synonym' && s.synonyms.length) return pick(s.synonyms);
      if (kind === 'decor') return decorate(JOB_DECOR[part], s.name);
      if (kind === 'variant' && variants.length) return pick(variants);
      if (kind === 'typo') return typo(s.name) ?? s.name;
      return s.name;
    })
    .join(';');
}

const writeCertificates = (ids: readonly string[], part: Part) => ids.map((id) => writeCertificate(id, part)).join(';');

// ---------------------------------------------------------------------------------------------
// Jobs
// ---------------------------------------------------------------------------------------------

interface JobTruth extends LabelJob {
  job_id: string;
  part: Part;
  preferred_skills: string[];
}

const GENERAL_SKILLS = ['SK206', 'SK207', 'SK208', 'SK209', 'SK211'];
const basePay = (level: number) => 2600 + 900 * level;
const levelCert = (level: number) => (level >= 2 && level <= 6 ? `JN${level}` : null);

function makeJob(key: string, occ: string, part: Part, over: Partial<JobTruth> = {}): JobTruth {
  const own = skillsOf(occ);
  const specific = own.filter((s) => !GENERAL_SKILLS.includes(s));
  const required = sample(specific.length >= 2 ? specific : own, Math.min(own.length, chance(0.5) ? 2 : 3));
  const rest = own.filter((s) => !required.includes(s));
  const preferred = sample(rest.length ? rest : GENERAL_SKILLS, Math.floor(R() * 3));
  const level = Number(weighted({ 2: 10, 3: 40, 4: 40, 5: 10 } as Record<string, number>));
  const certs = [...legalFor(occ)];
  if (occ === '4-02-06-01' && required.includes('SK098')) certs.push('ZG01');
  const optional: string[] = [];
  if (chance(0.35) && levelCert(level)) optional.push(levelCert(level)!);
  if (occ.startsWith('4-03-02') && chance(0.7)) optional.push('QT01');
  const lo = round100(basePay(level) * between(0.9, 1.15));
  return {
    job_id: opaque('J', key),
    part,
    occupation_code: occ,
    min_level: level,
    region_code: pick(counties),
    salary_min: lo,
    salary_max: round100(lo + between(1500, 4000)),
    required_skills: required,
    preferred_skills: preferred,
    required_certificates: [...certs, ...optional],
    acceptable_occupations: ACCEPTABLE[occ] ?? [],
    mandatory_certificates: certs,
    ...over
  };
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

interface Draft {
  occupation_code: string;
  skill_level: number;
  region_code: string;
  willing_to_relocate: boolean | null;
  expected_salary: number | null;
  years_experience: number | null;
  skills: string[] | null;
  certificates: string[];
  honors: string[];
  availability: string;
}

const adjacentOf = (c: string) => ref.adjacency[c] ?? [];
const farFrom = (c: string) => counties.filter((x) => x !== c && !adjacentOf(c).includes(x));
const siblingsOf = (occ: string, job: JobTruth) =>
  occupations.filter((o) => o !== occ && o.startsWith(occ.split('-').slice(0, 3).join('-') + '-') && !job.acceptable_occupations.includes(o));
const unrelatedTo = (occ: string) => tradesWithSkills.filter((o) => o.split('-').slice(0, 2).join('-') !== occ.split('-').slice(0, 2).join('-'));
const years = () => (chance(0.1) ? null : Math.floor(between(0, 28)));
const availability = () => weighted({ available: 55, open: 35, unavailable: 10 });
const HONORS = ['红河州技术能手', '云南省技术能手', '红河州首席技师', '技术标兵', '优秀员工'];

function fitFor(job: JobTruth): Draft {
  const where = weighted({ same: 50, adjWilling: 15, adjUnknown: 15, farWilling: 20 });
  const adj = adjacentOf(job.region_code);
  const region = where === 'same' || !adj.length ? job.region_code : where.startsWith('adj') ? pick(adj) : pick(farFrom(job.region_code));
  const level = job.min_level + Number(weighted({ 0: 40, 1: 35, 2: 25 } as Record<string, number>));
  const skills = [...job.required_skills, ...sample(job.preferred_skills, Math.floor(R() * 2)), ...sample(skillsOf(job.occupation_code).filter((s) => !job.required_skills.includes(s)), Math.floor(R() * 2))];
  const certs = [...job.required_certificates];
  if (chance(0.3) && levelCert(level) && !certs.some((c) => c.startsWith('JN'))) certs.push(levelCert(level)!);
  const pay = chance(0.1) ? null : round100(between((job.salary_min ?? 4000) - 1500, job.salary_max ?? 8000));
  return {
    occupation_code: job.occupation_code,
    skill_level: Math.min(8, level),
    region_code: region,
    willing_to_relocate: where === 'same' ? ({ yes: true, no: false, unknown: null } as const)[weighted({ yes: 30, no: 40, unknown: 30 })] : where === 'adjUnknown' ? null : true,
    expected_salary: pay,
    years_experience: years(),
    skills: [...new Set(skills)],
    certificates: [...new Set(certs)],
    honors: chance(0.1) ? [pick(HONORS)] : [],
    availability: availability()
  };
}

type DefectGroup = 'level' | 'trade' | 'certificate' | 'skills' | 'location' | 'pay';

function applyDefect(d: Draft, job: JobTruth, group: DefectGroup): boolean {
  const adj = adjacentOf(job.region_code);
  switch (group) {
    case 'level':
      if (job.min_level < 1) return false;
      d.skill_level = chance(0.6) ? job.min_level - 1 : Math.max(0, job.min_level - 2 - (chance(0.3) ? 1 : 0));
      return true;
    case 'trade': {
      const kind = weighted({ acceptable: job.acceptable_occupations.length ? 50 : 0, sibling: 30, unrelated: 20 });
      const options = kind === 'acceptable' ? job.acceptable_occupations : kind === 'sibling' ? siblingsOf(job.occupation_code, job) : unrelatedTo(job.occupation_code);
      if (!options.length) return false;
      d.occupation_code = pick(options);
      if (kind === 'unrelated') d.skills = [...sample(job.required_skills, 1), ...sample(skillsOf(d.occupation_code), 2)];
      return true;
    }
    case 'certificate': {
      const soft = job.required_certificates.filter((c) => !job.mandatory_certificates.includes(c));
      const kind = weighted({ mandatory: job.mandatory_certificates.length ? 60 : 0, soft: soft.length ? 40 : 0 });
      if (kind === 'mandatory' && job.mandatory_certificates.length) d.certificates = d.certificates.filter((c) => !job.mandatory_certificates.includes(c));
      else if (soft.length) d.certificates = d.certificates.filter((c) => !soft.includes(c) && !c.startsWith('JN'));
      else return false;
      return true;
    }
    case 'skills': {
      const kind = weighted({ one: job.required_skills.length > 1 ? 50 : 0, all: 30, blank: 20 });
      if (kind === 'blank') d.skills = null;
      else if (kind === 'one') {
        const drop = pick(job.required_skills);
        d.skills = (d.skills ?? []).filter((s) => s !== drop);
      } else {
        const others = (d.skills ?? []).filter((s) => !job.required_skills.includes(s));
        d.skills = others.length ? others : sample(GENERAL_SKILLS, 1);
      }
      return true;
    }
    case 'location': {
      const kind = weighted({ adjUnwilling: adj.length ? 35 : 0, farUnknown: 35, farUnwilling: 30 });
      d.region_code = kind === 'adjUnwilling' ? pick(adj) : pick(farFrom(job.region_code));
      d.willing_to_relocate = kind === 'farUnknown' ? null : false;
      return true;
    }
    case 'pay': {
      const top = job.salary_max!;
      d.expected_salary = round100(top * (chance(0.55) ? between(1.05, 1.2) : between(1.25, 1.6)));
      return true;
    }
  }
}

function personAround(job: JobTruth): Draft {
  const d = fitFor(job);
  const k = Number(weighted({ 0: 35, 1: 40, 2: 17, 3: 8 } as Record<string, number>));
  const groups = sample<DefectGroup>(['level', 'trade', 'certificate', 'skills', 'location', 'pay'], 6);
  let applied = 0;
  for (const g of groups) if (applied < k && applyDefect(d, job, g)) applied++;
  return d;
}

function decoys(job: JobTruth): Draft[] {
  const everything = [...new Set([...job.required_skills, ...job.preferred_skills, ...sample(ref.skills.map((s) => s.skill_id), 6)])];
  const base = (): Draft => ({ ...fitFor(job), region_code: job.region_code, willing_to_relocate: true, skills: everything, certificates: [...job.required_certificates], years_experience: 20 });
  const sibling = siblingsOf(job.occupation_code, job);
  return [
    { ...base(), occupation_code: sibling.length ? pick(sibling) : pick(unrelatedTo(job.occupation_code)), skill_level: Math.min(8, job.min_level + 2) },
    { ...base(), occupation_code: pick(unrelatedTo(job.occupation_code)), skill_level: 6 },
    { ...base(), skill_level: Math.max(0, job.min_level - 2), honors: ['云南省技术能手'] }
  ];
}

function background(): Draft {
  const occ = chance(0.6) ? pick([...TRADES.tune, ...TRADES.heldout]) : pick(tradesWithSkills);
  const level = Number(weighted({ 1: 6, 2: 20, 3: 28, 4: 26, 5: 14, 6: 6 } as Record<string, number>));
  const own = skillsOf(occ);
  const certs = legalFor(occ).filter(() => chance(0.75));
  if (chance(0.4) && levelCert(level)) certs.push(levelCert(level)!);
  return {
    occupation_code: occ,
    skill_level: level,
    region_code: pick(counties),
    willing_to_relocate: chance(0.25) ? null : chance(0.45),
    expected_salary: chance(0.1) ? null : round100(between(2800, 12000)),
    years_experience: years(),
    skills: chance(0.05) ? null : sample(own, 1 + Math.floor(R() * Math.min(4, own.length))),
    certificates: certs,
    honors: chance(0.05) ? [pick(HONORS)] : [],
    availability: availability()
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段普李者';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉鹏飞云凤梅建国志红春燕金山林海波宁';
const ETHNICITY = ['汉族', '彝族', '哈尼族', '苗族', '傣族', '壮族', '瑶族'];

function writePerson(id: string, d: Draft, part: Part, stuffed = false): RawPerson {
  return {
    person_id: id,
    name: pick([...SURNAMES]) + pick([...GIVEN]) + (chance(0.6) ? pick([...GIVEN]) : ''),
    gender: chance(0.5) ? 'F' : 'M',
    birth_year: 1965 + Math.floor(R() * 40),
    ethnicity: pick(ETHNICITY),
    hukou: chance(0.5) ? '农业' : '非农业',
    region_code: d.region_code,
    occupation_code: d.occupation_code,
    skill_level: d.skill_level,
    certificates: writeCertificates(d.certificates, part),
    skills: writeSkills(d.skills, part, stuffed),
    years_experience: d.years_experience,
    honors: d.honors.join(';'),
    availability: d.availability,
    willing_to_relocate: d.willing_to_relocate,
    expected_salary: d.expected_salary,
    consent_public: true
  };
}

// ---------------------------------------------------------------------------------------------
// Seekers and the jobs around them
// ---------------------------------------------------------------------------------------------

function seekerDraft(occ: string): Draft {
  const level = Number(weighted({ 3: 40, 4: 35, 5: 25 } as Record<string, number>));
  const own = skillsOf(occ);
  // Someone looking for work in their trade holds the licences the law requires for it.
  const certs = legalFor(occ);
  if (chance(0.5) && levelCert(level)) certs.push(levelCert(level)!);
  return {
    occupation_code: occ,
    skill_level: level,
    region_code: pick(counties),
    willing_to_relocate: chance(0.2) ? null : chance(0.5),
    expected_salary: round100(basePay(level) * between(1.05, 1.5)),
    years_experience: Math.floor(between(2, 25)),
    skills: sample(own, Math.min(own.length, 2 + Math.floor(R() * 3))),
    certificates: certs,
    honors: [],
    availability: 'available'
  };
}

type SeekerJobKind =
  | 'fit'
  | 'pay10'
  | 'pay35'
  | 'levelAbove1'
  | 'levelAbove2'
  | 'levelBelow3'
  | 'far'
  | 'missingSkill'
  | 'mandatoryCert'
  | 'neighbourTrade'
  | 'decoy';

function jobAroundSeeker(key: string, s: Draft, part: Part, kind: SeekerJobKind): JobTruth | null {
  const occ = s.occupation_code;
  const skills = s.skills ?? [];
  const exp = s.expected_salary ?? basePay(s.skill_level);
  const payingMax = round100(exp * between(1.05, 1.4));
  const good = {
    min_level: Math.max(0, s.skill_level - (chance(0.5) ? 0 : 1)),
    region_code: chance(0.6) || !adjacentOf(s.region_code).length ? s.region_code : pick(adjacentOf(s.region_code)),
    salary_max: payingMax,
    salary_min: round100(payingMax - between(1500, 3000)),
    required_skills: sample(skills, Math.min(skills.length, 2)),
    required_certificates: legalFor(occ),
    mandatory_certificates: legalFor(occ)
  };
  const job = makeJob(key, occ, part, good);
  switch (kind) {
    case 'fit':
      return job;
    case 'pay10':
    case 'pay35': {
      const max = round100(exp * (kind === 'pay10' ? 0.9 : 0.65));
      return { ...job, salary_max: max, salary_min: round100(max * 0.75) };
    }
    case 'levelAbove1':
      return { ...job, min_level: s.skill_level + 1 };
    case 'levelAbove2':
      return { ...job, min_level: s.skill_level + 2 };
    case 'levelBelow3':
      return s.skill_level >= 3 ? { ...job, min_level: s.skill_level - 3, salary_max: round100(exp * 1.1), salary_min: round100(exp * 0.8) } : null;
    case 'far':
      return { ...job, region_code: pick(farFrom(s.region_code)) };
    case 'missingSkill': {
      const lacking = skillsOf(occ).filter((x) => !skills.includes(x));
      return lacking.length ? { ...job, required_skills: [...job.required_skills.slice(0, 1), pick(lacking)] } : null;
    }
    case 'mandatoryCert': {
      const lacking = ref.certificates.filter((c) => LEGAL_KINDS.includes(c.kind) && !s.certificates.includes(c.cert_id) && (c.mandatory_for.includes(occ) || c.kind === 'qualification'));
      if (!lacking.length) return null;
      const c = pick(lacking).cert_id;
      return { ...job, required_certificates: [...job.required_certificates, c], mandatory_certificates: [...job.mandatory_certificates, c] };
    }
    case 'neighbourTrade': {
      const hosts = Object.keys(ACCEPTABLE).filter((o) => ACCEPTABLE[o].includes(occ));
      if (!hosts.length) return null;
      const host = pick(hosts);
      const legal = legalFor(host);
      return { ...job, occupation_code: host, acceptable_occupations: ACCEPTABLE[host], required_certificates: legal, mandatory_certificates: legal };
    }
    case 'decoy': {
      const other = pick(unrelatedTo(occ));
      return { ...job, occupation_code: other, acceptable_occupations: ACCEPTABLE[other] ?? [], required_skills: skills.slice(0, 3), salary_max: round100(exp * 1.6), salary_min: round100(exp * 1.2), required_certificates: [], mandatory_certificates: [] };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

const occName = new Map(ref.occupations.map((o) => [o.code, o.name]));
const writeJob = (j: JobTruth): RawJob => ({
  job_id: j.job_id,
  enterprise: `评测企业${j.job_id.slice(1, 5)}`,
  region_code: j.region_code,
  occupation_code: j.occupation_code,
  title: occName.get(j.occupation_code) ?? null,
  min_level: j.min_level,
  required_skills: writeJobSkills(j.required_skills, j.part),
  preferred_skills: writeJobSkills(j.preferred_skills, j.part),
  required_certificates: writeCertificates(j.required_certificates, j.part),
  salary_min: j.salary_min,
  salary_max: j.salary_max
});

const queryJobs: JobTruth[] = [];
const seekerJobs: JobTruth[] = [];
const people: { raw: RawPerson; truth: Draft }[] = [];
const seekers: { raw: RawSeeker; truth: Draft; part: Part }[] = [];

for (const part of ['tune', 'heldout'] as const) {
  for (const occ of TRADES[part]) queryJobs.push(makeJob(`query:${occ}`, occ, part));
}
let n = 0;
for (const job of queryJobs) {
  for (let i = 0; i < 50; i++) {
    const d = personAround(job);
    people.push({ raw: writePerson(opaque('P', `${job.job_id}:${i}`), d, job.part), truth: d });
  }
  decoys(job).forEach((d, i) => people.push({ raw: writePerson(opaque('P', `${job.job_id}:decoy${i}`), d, job.part, true), truth: d }));
}
while (people.length < 2270) {
  const d = background();
  people.push({ raw: writePerson(opaque('P', `bg:${n++}`), d, partOfTrade(d.occupation_code)), truth: d });
}
const SEEKER_KINDS: SeekerJobKind[] = ['pay10', 'pay35', 'levelAbove1', 'levelAbove2', 'levelBelow3', 'far', 'missingSkill', 'mandatoryCert', 'neighbourTrade', 'decoy'];
for (const part of ['tune', 'heldout'] as const) {
  for (const occ of TRADES[part]) {
    const d = seekerDraft(occ);
    const id = opaque('S', `seeker:${occ}`);
    seekers.push({
      part,
      truth: d,
      raw: {
        seeker_id: id,
        name: pick([...SURNAMES]) + pick([...GIVEN]),
        gender: chance(0.5) ? 'F' : 'M',
        birth_year: 1970 + Math.floor(R() * 35),
        occupation_code: occ,
        skill_level: d.skill_level,
        region_code: d.region_code,
        skills: writeSkills(d.skills, part).split(/[;；]/).filter(Boolean),
        certificates: d.certificates.map((c) => writeCertificate(c, part)),
        expected_salary: d.expected_salary,
        willing_to_relocate: d.willing_to_relocate,
        years_experience: d.years_experience
      }
    });
    const kinds: SeekerJobKind[] = ['fit', 'fit', 'fit', ...sample(SEEKER_KINDS, 7)];
    kinds.forEach((kind, i) => {
      const j = jobAroundSeeker(`${id}:${i}:${kind}`, d, part, kind) ?? jobAroundSeeker(`${id}:${i}:fit`, d, part, 'fit')!;
      seekerJobs.push(j);
    });
  }
}
// A skill a job requires is not also listed as preferred.
for (const j of [...queryJobs, ...seekerJobs]) j.preferred_skills = j.preferred_skills.filter((s) => !j.required_skills.includes(s));
const allJobs = [...queryJobs, ...seekerJobs].sort((a, b) => (a.job_id < b.job_id ? -1 : 1));
people.sort((a, b) => (a.raw.person_id < b.raw.person_id ? -1 : 1));

const labelPerson = (d: Draft): LabelPerson => ({
  occupation_code: d.occupation_code,
  skill_level: d.skill_level,
  region_code: d.region_code,
  willing_to_relocate: d.willing_to_relocate,
  expected_salary: d.expected_salary,
  skills: d.skills,
  certificates: d.certificates
});

const csvRows = (rows: [string, string, Label][]) =>
  rows.filter(([, , l]) => l.hard !== 'trade').map(([a, b, l]) => `${a},${b},${l.relevance},${l.hard ?? ''}`);
const jobLabels = csvRows(queryJobs.flatMap((j) => people.map((p) => [j.job_id, p.raw.person_id, jobRelevance(j, labelPerson(p.truth), ref.adjacency)] as [string, string, Label])));
const seekerLabels = csvRows(seekers.flatMap((s) => allJobs.map((j) => [s.raw.seeker_id, j.job_id, seekerRelevance(j, labelPerson(s.truth), ref.adjacency)] as [string, string, Label])));

const truth = {
  people: Object.fromEntries(people.map((p) => [p.raw.person_id, { skills: p.truth.skills, certificates: p.truth.certificates }])),
  seekers: Object.fromEntries(seekers.map((s) => [s.raw.seeker_id, { skills: s.truth.skills, certificates: s.truth.certificates }])),
  jobs: Object.fromEntries(
    allJobs.map((j) => [
      j.job_id,
      {
        required_skills: j.required_skills,
        preferred_skills: j.preferred_skills,
        required_certificates: j.required_certificates,
        acceptable_occupations: j.acceptable_occupations,
        mandatory_certificates: j.mandatory_certificates
      }
    ])
  )
};
const split = {
  tune: { jobs: queryJobs.filter((j) => j.part === 'tune').map((j) => j.job_id), seekers: seekers.filter((s) => s.part === 'tune').map((s) => s.raw.seeker_id) },
  heldout: { jobs: queryJobs.filter((j) => j.part === 'heldout').map((j) => j.job_id), seekers: seekers.filter((s) => s.part === 'heldout').map((s) => s.raw.seeker_id) }
};

const lines = (xs: unknown[]) => '[\n' + xs.map((x) => JSON.stringify(x)).join(',\n') + '\n]\n';
writeFileSync(join(here, 'people.json'), lines(people.map((p) => p.raw)));
writeFileSync(join(here, 'jobs.json'), lines(allJobs.map(writeJob)));
writeFileSync(join(here, 'seekers.json'), lines(seekers.map((s) => s.raw)));
writeFileSync(join(here, 'truth.json'), JSON.stringify(truth) + '\n');
writeFileSync(join(here, 'split.json'), JSON.stringify(split, null, 1) + '\n');
writeFileSync(join(here, 'labels-jobs.csv'), ['job_id,person_id,relevance,hard', ...jobLabels].join('\n') + '\n');
writeFileSync(join(here, 'labels-seekers.csv'), ['seeker_id,job_id,relevance,hard', ...seekerLabels].join('\n') + '\n');

const hist = (rows: string[]) => [0, 1, 2, 3].map((g) => rows.filter((r) => r.split(',')[2] === String(g)).length).join('/');
console.log(`${queryJobs.length} query jobs, ${people.length} people; ${seekers.length} seekers, ${allJobs.length} jobs`);
console.log(`job labels 0/1/2/3 (listed pairs): ${hist(jobLabels)}; seeker labels: ${hist(seekerLabels)}`);
