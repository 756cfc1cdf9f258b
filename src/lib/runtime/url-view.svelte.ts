/**
 * A page's view state, kept in the URL through the page's codec (core/view-codec.ts):
 * - `current` is the codec's defaults while the prerendered HTML hydrates (that HTML is the
 *   default view), then the URL's view. It is the same object as long as the view is the same,
 *   so hydrating a default URL re-renders nothing.
 * - `set` navigates (a new history entry: the back button steps through filter changes),
 *   `replace` replaces the entry, `type` is for text being typed: `current` follows at once and
 *   the URL follows by a shallow replace once typing pauses (no router round trip per keystroke).
 * - `typed(key)` is the setter for a text or number box's `bind:value`.
 * Construct it in a page's `<script>` (it registers an afterNavigate for the component's life).
 */
import { afterNavigate, goto, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { ViewCodec } from '../core/view-codec';

/** Set once the app has hydrated; from then on a new page reads its URL at once. */
const app = $state({ hydrated: false });

/** Typing pauses this long before the URL follows the box. */
export const URL_AFTER_TYPING_MS = 250;

export class UrlView<V extends object> {
  #drafts = $state.raw<Partial<V>>({});
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastUrl: { key: string; view: V };
  #lastCurrent: { key: string; view: V };

  readonly #fromUrl = $derived.by(() => (app.hydrated ? this.#stable('url', this.codec.parse(this.params(page.url))) : this.codec.defaults));

  /** The view on screen: the URL's, with any text being typed. */
  readonly current: V = $derived.by(() => {
    const drafts = this.#drafts;
    return Object.keys(drafts).length ? this.#stable('current', { ...this.#fromUrl, ...drafts }) : this.#fromUrl;
  });

  constructor(readonly codec: ViewCodec<V>) {
    const d = { key: this.#keyOf(codec.defaults), view: codec.defaults };
    this.#lastUrl = d;
    this.#lastCurrent = d;
    $effect(() => {
      app.hydrated = true;
    });
    afterNavigate((nav) => {
      // The page's own first navigation can land after the reader began typing: keep the text.
      if (nav.type === 'enter') return;
      this.#clearDrafts();
    });
  }

  /** True when the view on screen is the prerendered one. */
  get isDefault(): boolean {
    return this.codec.same(this.current, this.codec.defaults);
  }

  /** A filter change: navigates, adding a history entry. */
  set(patch: Partial<V>): Promise<void> {
    return this.#go(patch, false);
  }

  /** A change not worth a history entry (expanding a group): replaces the current entry. */
  replace(patch: Partial<V>): Promise<void> {
    return this.#go(patch, true);
  }

  /** Text being typed: on screen at once, in the URL once typing pauses. */
  type(patch: Partial<V>): void {
    this.#drafts = { ...this.#drafts, ...patch };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const href = this.href({});
      try {
        replaceState(href, page.state);
      } catch {
        // the router is not ready yet (the reader typed during hydration): navigate instead
        goto(href, { replaceState: true, keepFocus: true, noScroll: true });
      }
    }, URL_AFTER_TYPING_MS);
  }

  /** The link to the view with `patch` applied (for <a href>). */
  href(patch: Partial<V>): string {
    return this.link(this.codec.serialise({ ...this.current, ...patch }).toString());
  }

  /** Where the view is kept in a URL: its query string. */
  protected params(url: URL): URLSearchParams {
    return url.searchParams;
  }

  /** The link to a serialised view (`query` empty for the defaults). */
  protected link(query: string): string {
    return query ? `?${query}` : page.url.pathname;
  }

  /**
   * The setter of a text or number box bound to `key`:
   * `<input bind:value={() => view.current.q, view.typed('q')} />`. What the reader types is read
   * as the codec reads a URL; Svelte's binding also picks up text typed into the prerendered box
   * before the page's script ran, so it is kept, not dropped. `also` goes with every keystroke
   * (a new search starts at page 1: `view.typed('q', { page: 1 })`).
   */
  typed<K extends keyof V>(key: K, also: Partial<V> = {}): (raw: unknown) => void {
    return (raw) => this.type({ ...also, [key]: this.codec.read(key, raw == null ? '' : String(raw)) } as unknown as Partial<V>);
  }

  #go(patch: Partial<V>, replace: boolean): Promise<void> {
    const href = this.href(patch);
    this.#clearDrafts();
    return goto(href, { replaceState: replace, keepFocus: true, noScroll: true });
  }

  #clearDrafts() {
    clearTimeout(this.#timer);
    if (Object.keys(this.#drafts).length) this.#drafts = {};
  }

  #keyOf(v: V): string {
    return this.codec.serialise(v).toString();
  }

  /** Returns the previous object when the view is the same, so nothing downstream re-runs. */
  #stable(which: 'url' | 'current', v: V): V {
    const key = this.#keyOf(v);
    const last = which === 'url' ? this.#lastUrl : this.#lastCurrent;
    if (last.key === key) return last.view;
    const next = { key, view: v };
    if (which === 'url') this.#lastUrl = next;
    else this.#lastCurrent = next;
    return v;
  }
}
