/**
 * The reader's first sign of intent: focus or input in a control of the page (a filter, a search
 * box, a button), or a pointer pressed on one. Reading, scrolling and following links are not
 * intent, so a reader who only reads never pays for the engine. A control that never needs the
 * engine (打印) says so with `data-no-intent`.
 */
import { base } from '$app/paths';
import type { Manifest } from '../core/manifest';
import { engine } from '../engine/engine.svelte';
import { datasetFile } from '../engine/fetch-bytes';
import { warmStartWhenCached } from '../offline/warm-start';

export const CONTROLS = 'input, select, textarea, button, summary, [role="button"], [role="combobox"], [role="tab"], [role="slider"], [contenteditable="true"]';
const EVENTS = ['pointerdown', 'focusin', 'input', 'change'] as const;

/**
 * Calls `act` once, on the first intent shown on a control inside `scope` (the page's <main> by
 * default). Returns a function that stops listening.
 */
export function onIntent(act: () => void, scope: () => Element | null = () => document.querySelector('main')): () => void {
  const handler = (e: Event) => {
    const target = e.target instanceof Element ? e.target : null;
    const control = target?.closest(CONTROLS);
    const within = scope();
    if (!control || (within && !within.contains(control)) || control.closest('[data-no-intent]')) return;
    stop();
    act();
  };
  const stop = () => EVENTS.forEach((t) => document.removeEventListener(t, handler, true));
  EVENTS.forEach((t) => document.addEventListener(t, handler, { capture: true, passive: true }));
  return stop;
}

/**
 * Starts the engine and the page's datasets on the reader's first intent, or earlier on a repeat
 * visit that has all of them cached (offline/warm-start.ts: no bytes, so reading stays free).
 * Returns the disarm.
 */
export function startEngineOnIntent(manifest: Manifest, datasets: readonly string[]): () => void {
  engine.use(manifest);
  const start = () => engine.start(manifest, datasets).catch(() => {});
  const files = datasets.map((d) => datasetFile(manifest, 'duckdb', d)).filter((f) => f !== null);
  const cancelWarm = new URLSearchParams(location.search).has('loader') ? () => {} : warmStartWhenCached(files.map((f) => `${base}/data/${f}`), start);
  const stopIntent = onIntent(start);
  return () => (cancelWarm(), stopIntent());
}
