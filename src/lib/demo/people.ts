/**
 * Realistic fake personal data, so the publisher's privacy rules have something real-looking to
 * remove: Chinese names, GB 11643 ID numbers with a valid check digit, mobile numbers.
 */
import { cumulative, drawIndex, type Random } from './random';

/** Common surnames with rough frequencies (%), weighted towards Yunnan (杨, 李, 普, 白, 马…). */
const SURNAMES: readonly [string, number][] = [
  ['李', 8.5], ['王', 6.2], ['张', 6.0], ['杨', 5.8], ['刘', 4.4], ['陈', 4.2], ['赵', 2.2], ['黄', 1.8],
  ['周', 1.6], ['吴', 1.4], ['徐', 1.1], ['孙', 1.0], ['胡', 1.1], ['朱', 1.0], ['高', 1.0], ['林', 0.8],
  ['何', 1.2], ['郭', 0.9], ['马', 1.5], ['罗', 1.4], ['梁', 0.6], ['宋', 0.6], ['郑', 0.6], ['谢', 0.5],
  ['韩', 0.4], ['唐', 0.6], ['冯', 0.4], ['于', 0.3], ['董', 0.4], ['肖', 0.4], ['程', 0.3], ['曹', 0.4],
  ['袁', 0.4], ['邓', 0.6], ['许', 0.4], ['傅', 0.2], ['沈', 0.2], ['曾', 0.4], ['彭', 0.4], ['吕', 0.2],
  ['苏', 0.3], ['卢', 0.4], ['蒋', 0.3], ['蔡', 0.3], ['贾', 0.2], ['丁', 0.2], ['魏', 0.3], ['薛', 0.2],
  ['叶', 0.2], ['余', 0.3], ['潘', 0.3], ['杜', 0.3], ['戴', 0.2], ['夏', 0.2], ['钟', 0.3], ['汪', 0.2],
  ['田', 0.4], ['任', 0.2], ['姜', 0.2], ['范', 0.2], ['方', 0.2], ['石', 0.3], ['姚', 0.2], ['谭', 0.2],
  ['廖', 0.2], ['邹', 0.2], ['熊', 0.3], ['金', 0.2], ['陆', 0.2], ['孔', 0.1], ['白', 0.9], ['崔', 0.1],
  ['毛', 0.2], ['秦', 0.1], ['史', 0.1], ['侯', 0.2], ['孟', 0.1], ['龙', 0.5], ['段', 0.4], ['雷', 0.2],
  ['钱', 0.1], ['汤', 0.1], ['尹', 0.2], ['易', 0.1], ['常', 0.1], ['武', 0.1], ['文', 0.2], ['普', 0.6],
  ['陶', 0.4], ['刀', 0.2], ['矣', 0.1], ['施', 0.2], ['起', 0.1], ['卜', 0.1], ['盘', 0.1], ['车', 0.2],
  ['欧阳', 0.05], ['司马', 0.01], ['诸葛', 0.005], ['上官', 0.005]
];

const MALE_CHARS = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志文东海峰亮云成春兴福德荣昌贵顺江松涛坤';
const FEMALE_CHARS = '芳娜敏静丽艳娟霞秀英华慧巧美琳玲婷雪燕红梅莉兰凤洁琴云萍倩佳欣怡思雨婧瑶蓉丹';

/** Given names in the style of the region's 哈尼, 彝, 苗, 傣 and 瑶 peoples. */
const REGIONAL_GIVEN: Readonly<Record<'M' | 'F', readonly string[]>> = {
  M: ['者黑', '沙莫', '批收', '然收', '阿者', '车收', '黑努', '普然', '龙者', '岩温', '岩罕', '阿普', '德保', '金勇', '福山'],
  F: ['玉香', '玉罕', '咪者', '阿咪', '批玛', '然咪', '玉兰', '阿芝', '秀梅', '美英']
};

const surnameCum = cumulative(SURNAMES.map(([, w]) => w));

export function chineseName(rng: Random, gender: 'M' | 'F'): string {
  const surname = SURNAMES[drawIndex(surnameCum, rng())][0];
  if (rng.chance(0.1)) return surname + rng.pick(REGIONAL_GIVEN[gender]);
  const chars = gender === 'M' ? MALE_CHARS : FEMALE_CHARS;
  const first = chars[Math.floor(rng() * chars.length)];
  if (surname.length === 2 || rng.chance(0.3)) return surname + first;
  return surname + first + chars[Math.floor(rng() * chars.length)];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check digit of the first 17 digits of a 居民身份证号码. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export const isValidIdNumber = (id: string): boolean =>
  /^\d{17}[\dX]$/.test(id) && idCheckDigit(id.slice(0, 17)) === id[17];

/**
 * An 18-digit ID: area code, birth date, a 3-digit sequence whose last digit is odd for men and
 * even for women, and the check digit.
 */
export function idNumber(areaCode: string, birth: { year: number; month: number; day: number }, sequence: number, gender: 'M' | 'F'): string {
  const seq = Math.floor(sequence / 2) * 2 + (gender === 'M' ? 1 : 0);
  const first17 = areaCode + String(birth.year) + pad2(birth.month) + pad2(birth.day) + String(seq % 1000).padStart(3, '0');
  return first17 + idCheckDigit(first17);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const MOBILE_PREFIXES = [
  '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '178', '182', '183',
  '184', '187', '188', '195', '198', '130', '131', '132', '155', '156', '166', '175', '176', '185', '186', '133',
  '149', '153', '173', '177', '180', '181', '189', '191', '199'
];

export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + String(Math.floor(rng() * 1e8)).padStart(8, '0');
}

/** A calendar date in the year, uniformly. */
export function dayOfYear(rng: Random, year: number): { year: number; month: number; day: number } {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const d = new Date(start + Math.floor(rng() * days) * 86_400_000);
  return { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const isoDate = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
