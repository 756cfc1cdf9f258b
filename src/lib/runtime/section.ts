/**
 * What a section of a page on the runtime receives: the page's URL view, its live queries, and
 * the query whose result the section shows (null when the release did not publish its data, or
 * while what it depends on is on its way). A new section is a component taking these, and one
 * more entry in the page's declared queries.
 */
import type { Query } from '../core/query';
import type { LiveQueries } from './live-queries.svelte';
import type { UrlView } from './url-view.svelte';

export interface LiveSection<V extends object, T> {
  view: UrlView<V>;
  live: LiveQueries;
  q: Query<T> | null;
}
