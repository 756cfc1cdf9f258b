/**
 * Honour titles the pool may publish. A free-text honour can name a workshop or a person, so only
 * titles recognised here are published (as these canonical names); the rest stay private.
 * `weight` is the title's standing, used by the matcher's honours component.
 */
import { toHalfWidth } from './normalize';
export interface HonorTitle {
  name: string;
  weight: number;
  aliases?: readonly string[];
}

export const HONOR_TITLES: readonly HonorTitle[] = [
  { name: '中华技能大奖', weight: 1 },
  { name: '全国技术能手', weight: 0.9 },
  { name: '全国五一劳动奖章', weight: 0.8, aliases: ['五一劳动奖章（全国）'] },
  { name: '国家级技能大师工作室领办人', weight: 0.8 },
  { name: '云岭首席技师', weight: 0.7 },
  { name: '云南省技术能手', weight: 0.6, aliases: ['省级技术能手', '省技术能手'] },
  { name: '云南省五一劳动奖章', weight: 0.6, aliases: ['省五一劳动奖章'] },
  { name: '技能大师工作室领办人', weight: 0.5, aliases: ['技能大师工作室负责人'] },
  { name: '红河州首席技师', weight: 0.5, aliases: ['州首席技师'] },
  { name: '红河州技术能手', weight: 0.4, aliases: ['州级技术能手', '州技术能手'] }
];

const BY_KEY: ReadonlyMap<string, HonorTitle> = new Map(
  HONOR_TITLES.flatMap((h) => [h.name, ...(h.aliases ?? [])].map((k) => [toHalfWidth(k).replace(/\s+/g, ''), h] as const))
);

/** The canonical title for a written honour, or null when it is not a recognised title. */
export const recognizeHonor = (raw: string): HonorTitle | null =>
  BY_KEY.get(toHalfWidth(raw).replace(/\s+/g, '')) ?? null;
