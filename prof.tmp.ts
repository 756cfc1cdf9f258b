import { launchChromium } from './scripts/lib/chromium';
import { startServer } from './scripts/serve';
const server = await startServer('build', 0);
const base = `http://127.0.0.1:${(server.address() as any).port}`;
const browser = await launchChromium();
const ctx = await browser.newContext({ bypassCSP: true });
const page = await ctx.newPage();
await page.goto(`${base}/wages/`);
await page.waitForSelector('[data-testid="engine-status"][data-status="ready"]', { timeout: 60000 });
await page.waitForTimeout(2000);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t = await page.evaluate(`(async () => { const input = document.querySelector('input[type="search"]'); const out = [];
  for (const w of ['h', 's', 'd', '6', 'han', 'shu']) { for (let k = 0; k < 3; k++) {
    const t0 = performance.now(); input.value = w; input.dispatchEvent(new Event('input', { bubbles: true })); await new Promise((r) => setTimeout(r, 0)); out.push(w + ':' + (performance.now() - t0).toFixed(1));
    input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true })); await new Promise((r) => setTimeout(r, 30)); } }
  return out.join(' '); })()`);
const { profile } = await cdp.send('Profiler.stop') as any;
console.log(t);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); server.close();
