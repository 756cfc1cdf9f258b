/**
 * How a typed term was read, in one sentence, for the page and the CLI: 按“电悍”理解为“电焊”（焊条电弧焊，部分计分）,
 * or 按“MAG焊”理解为 二氧化碳气体保护焊 when the word read is the vocabulary's own. Small on
 * purpose: the page imports it without the matcher.
 */
import { foldTerm } from '../terms/fold';
import type { TermNote } from './types';

export function readingSentence(names: { skills: ReadonlyMap<string, string>; certificates: ReadonlyMap<string, string> }, n: TermNote): string {
  const name = (n.kind === 'skill' ? names.skills : names.certificates).get(n.id) ?? n.id;
  const partial = n.inferred ? '，部分计分' : '';
  const via = foldTerm(n.via) !== foldTerm(n.text) && n.via !== name;
  return via ? `按“${n.text}”理解为“${n.via}”（${name}${partial}）` : `按“${n.text}”理解为 ${name}${n.inferred ? '（部分计分）' : ''}`;
}
