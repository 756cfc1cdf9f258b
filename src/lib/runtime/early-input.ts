/**
 * A reader may choose a filter in the prerendered page before its script has run. The choice is
 * on screen but no handler saw it, and hydration may even reset it. So the root layout takes a
 * snapshot of every control the reader changed, before hydration touches the page, and once the
 * router is live gives each its value and its event again: the page does what the reader asked.
 * (Text boxes bound with `bind:value` are picked up by Svelte itself; replaying them is harmless.)
 */
type Early = { el: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement; value: string | boolean; event: 'change' | 'input' };

function changed(el: Element): Early | null {
  if (el instanceof HTMLSelectElement) {
    const initial = Math.max(0, [...el.options].findIndex((o) => o.defaultSelected));
    return el.selectedIndex !== initial ? { el, value: el.value, event: 'change' } : null;
  }
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
    return el.checked !== el.defaultChecked && el.checked ? { el, value: true, event: 'change' } : null;
  if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.value !== el.defaultValue) return { el, value: el.value, event: 'input' };
  return null;
}

/** Call before hydration; the returned function replays what the reader did (call it once the router is live). */
export function captureEarlyInput(root: ParentNode): () => void {
  const early = [...root.querySelectorAll('select, input, textarea')].map(changed).filter((e): e is Early => e !== null);
  return () => {
    for (const { el, value, event } of early) {
      if (!el.isConnected) continue;
      if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
      else el.value = value;
      el.dispatchEvent(new Event(event, { bubbles: true }));
    }
  };
}
