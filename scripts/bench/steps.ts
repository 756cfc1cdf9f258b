/**
 * The in-page timing loop of the page benches: for each step, `act(step)` and time until `done(step,
 * main)` holds, observed by a MutationObserver on <main> (not by animation frames, which would round
 * every measurement up to the next vsync); NaN when nothing settles within 10 s. Both functions
 * are JavaScript source, evaluated in the page.
 */
export const stepsScript = (act: string, done: string): string => `async (steps) => {
  const main = document.querySelector('main');
  const act = (${act});
  const done = (${done});
  const out = [];
  for (const step of steps) {
    const t0 = performance.now();
    const finished = new Promise((resolve) => {
      const mo = new MutationObserver(() => { if (done(step, main)) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 10000);
    });
    act(step);
    out.push((await finished) - t0);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;
