/** What every per-occupation page loads first: the entry, its groups (for the crumbs) and the standard's top level. */
import { error } from '@sveltejs/kit';
import { occupationEntries } from '$lib/core/queries/wages';
import type { NodeEngine } from '$lib/engine/node';

export async function occupationContext(engine: NodeEngine, code: string, detailedOnly = false) {
  const all = await engine.run(occupationEntries);
  const occupation = all.find((o) => o.code === code && (!detailedOnly || o.code.split('-').length === 4));
  if (!occupation) error(404, `没有职业编码 ${code}`);
  const path = all.filter((o) => code.startsWith(`${o.code}-`)).sort((a, b) => a.code.length - b.code.length);
  const maxLevel = (await engine.rows('SELECT max_level::INTEGER AS m FROM occupations WHERE code = ?', [code]))[0]?.m ?? null;
  return { occupation, path, maxLevel: maxLevel as number | null };
}
