/**
 * Personal qualities written among skills (吃苦耐劳, 责任心强, 身体健康): recognised so that they are
 * neither reported as unknown skills nor ever scored. The list is in the thesaurus.
 */
import { foldTerm } from './fold';
import { THESAURUS } from './thesaurus';

const SOFT = new Set(THESAURUS.soft_qualities.map(foldTerm));
const INTENSITY_BEFORE = /^(有|具有|具备|富有|较强的?|很强的?|良好的?|较好的?|很好的?|非常)/;
const INTENSITY_AFTER = /(强|较强|很强|好|较好|佳|突出|高)$/;

const BY_LENGTH = [...SOFT].sort((a, b) => b.length - a.length);

/**
 * Is any of a tag's forms (see termForms) a soft quality, with or without 强/良好 and the like, or
 * mostly one (良好的团队合作精神)?
 */
export function isSoftQuality(forms: readonly string[]): boolean {
  for (const f of forms) {
    const g = f.replace(INTENSITY_BEFORE, '').replace(INTENSITY_AFTER, '');
    if (SOFT.has(f) || SOFT.has(g)) return true;
    if (BY_LENGTH.some((w) => w.length >= 2 && w.length * 2 >= g.length && g.includes(w))) return true;
  }
  return false;
}
