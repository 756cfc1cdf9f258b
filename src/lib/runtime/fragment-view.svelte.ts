/**
 * A `UrlView` kept in the URL's fragment (`/match/#occ=6-18-02-04&level=4`) instead of its query
 * string. Browsers never send the fragment to a server, so what a reader describes there (a job
 * seeker's skills and pay) stays on the device, even when the link is reloaded or shared. A link
 * from another page may still carry the view as a query string (`/match/?job=J…`): it is read
 * when the fragment is empty, and the next change writes the fragment instead.
 */
import { page } from '$app/state';
import { UrlView } from './url-view.svelte';

export class FragmentView<V extends object> extends UrlView<V> {
  protected override params(url: URL): URLSearchParams {
    return new URLSearchParams(url.hash.length > 1 ? url.hash.slice(1) : url.search);
  }

  protected override link(query: string): string {
    return query ? `${page.url.pathname}#${query}` : page.url.pathname;
  }
}
