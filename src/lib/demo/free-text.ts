/**
 * How people actually write skills and certificates in registry and job records: canonical
 * names, synonyms, short names, ids, decorations (熟练掌握…, 精通…) and the odd full-width letter,
 * so the publisher's normalisation onto the vocabulary has real work to do.
 */
import { UNMAPPED_SKILL_TEXTS, type DemoCertificate, type DemoSkill } from './catalogue';
import type { Random } from './random';

const DECORATIONS = ['熟练掌握{}', '精通{}', '{}（熟练）', '会{}', '擅长{}', '{}经验丰富', '具备{}能力'];

/** ASCII letters and digits to their full-width forms (ＰＬＣ), which NFKC folds back. */
export const toFullWidth = (s: string): string =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function skillText(rng: Random, skill: DemoSkill): string {
  const u = rng();
  const word = u < 0.5 || skill.synonyms.length === 0 ? skill.name : rng.pick(skill.synonyms);
  let text = u >= 0.8 ? rng.pick(DECORATIONS).replace('{}', word) : word;
  if (/[A-Za-z0-9]/.test(text) && rng.chance(0.15)) text = toFullWidth(text);
  return text;
}

/** Up to `count` (at least one) skills of the pool as free text, sometimes with a phrase that maps to nothing. */
export function skillTexts(rng: Random, pool: readonly DemoSkill[], count: number, unmappedChance = 0.03): string[] {
  const chosen = rng.shuffle([...pool]).slice(0, Math.max(1, count));
  const texts = chosen.map((s) => skillText(rng, s));
  if (rng.chance(unmappedChance)) texts.push(rng.pick(UNMAPPED_SKILL_TEXTS));
  return texts;
}

/** 0 official name, 1 short name, 2 certificate id. */
export type CertificateStyle = 0 | 1 | 2;

export function certificateStyle(rng: Random): CertificateStyle {
  const u = rng();
  return u < 0.45 ? 0 : u < 0.85 ? 1 : 2;
}

export function certificateText(rng: Random, cert: DemoCertificate, style: CertificateStyle): string {
  if (style === 1 && cert.aliases.length) return rng.pick(cert.aliases);
  if (style === 2) return cert.id;
  return cert.name;
}
