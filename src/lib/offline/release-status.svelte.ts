/**
 * Whether the release a page shows may be superseded. The service worker answers pages from its
 * cache only when the server cannot be reached; it tells the page so, and once the network is
 * back the page compares its release with the server's manifest.
 */
import { base } from '$app/paths';
import { MANIFEST_FILE, type Manifest } from '../core/manifest';
import { ASK_SERVED, isServedMessage } from './protocol';

export type ReleaseState =
  /** Fresh from the server (or no service worker): nothing to say. */
  | { kind: 'live' }
  /** From the cache; not known whether a newer release exists. */
  | { kind: 'saved'; savedAt: string | null }
  /** A newer release is on the server than the one on screen. */
  | { kind: 'superseded'; builtAt: string };

export class ReleaseStatus {
  state = $state<ReleaseState>({ kind: 'live' });
  private builtAt = '';

  private started = false;

  /** Call from the layout, in the browser, with the release on screen (again after navigations). */
  start(manifest: Pick<Manifest, 'built_at'>): void {
    this.builtAt = manifest.built_at;
    const container = navigator.serviceWorker;
    if (!container || this.started) return;
    this.started = true;
    container.addEventListener('message', (e) => {
      if (!isServedMessage(e.data) || !e.data.fromCache || this.state.kind === 'superseded') return;
      this.state = { kind: 'saved', savedAt: e.data.savedAt };
    });
    container.controller?.postMessage({ type: ASK_SERVED });
    addEventListener('online', () => this.check());
  }

  /** Asks the server which release is current (only after the cache answered for it). */
  async check(): Promise<void> {
    if (this.state.kind !== 'saved') return;
    try {
      const res = await fetch(`${base}/data/${MANIFEST_FILE}`, { cache: 'no-store' });
      if (!res.ok) return;
      const latest = (await res.json()) as Pick<Manifest, 'built_at'>;
      this.state = latest.built_at === this.builtAt ? { kind: 'live' } : { kind: 'superseded', builtAt: latest.built_at };
    } catch {
      // still offline: the notice stays as it is
    }
  }
}

export const releaseStatus = new ReleaseStatus();
