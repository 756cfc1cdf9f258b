import { describe, expect, it } from 'vitest';
import { Live, type Runner } from '../../src/lib/runtime/live.svelte';

interface Ask {
  name: string;
  id: number;
}

/** A runner whose answers the test releases one by one. */
function runner() {
  const calls: { ask: Ask; resolve: (v: unknown) => void; reject: (e: Error) => void }[] = [];
  const r: Runner<Ask> & { calls: typeof calls; broken: boolean; restarts: number } = {
    calls,
    broken: false,
    restarts: 0,
    name: (a) => a.name,
    key: (a) => `${a.name}:${a.id}`,
    run: (ask) => new Promise((resolve, reject) => calls.push({ ask, resolve, reject })),
    restart() {
      this.restarts++;
      this.broken = false;
    }
  };
  return r;
}
const flush = () => new Promise((r) => setTimeout(r, 0));
const a = (id: number, name = 'table'): Ask => ({ name, id });

describe('Live', () => {
  it('answers a seeded request from the prerendered result without running it', () => {
    const r = runner();
    const live = new Live(r, [[a(1), 'prerendered']]);
    live.want([a(1)]);
    expect(r.calls).toHaveLength(0);
    expect(live.get(a(1))).toBe('prerendered');
    expect(live.status([a(1)])).toEqual({ kind: 'ready' });
  });

  it('keeps the last result of the same name on screen while a new request runs (stale), then shows the new one', async () => {
    const r = runner();
    const live = new Live(r, [[a(1), 'one']]);
    live.want([a(2)]);
    expect(live.get(a(2))).toBe('one');
    expect(live.exact(a(2))).toBeNull();
    expect(live.status([a(2)])).toEqual({ kind: 'stale' });
    r.calls[0].resolve('two');
    await flush();
    expect(live.get(a(2))).toBe('two');
    expect(live.status([a(2)])).toEqual({ kind: 'ready' });
  });

  it('is loading when nothing of that name has ever been shown', () => {
    const live = new Live(runner());
    live.want([a(1, 'other')]);
    expect(live.status([a(1, 'other')])).toEqual({ kind: 'loading' });
  });

  it('runs a request once however often it is wanted, and nulls are requests not made', () => {
    const r = runner();
    const live = new Live(r);
    live.want([a(1), null]);
    live.want([a(1)]);
    expect(r.calls).toHaveLength(1);
    expect(live.status([null])).toEqual({ kind: 'ready' });
  });

  it('keeps a failure (with its reason, and whether stale results are shown) without asking again', async () => {
    const r = runner();
    const live = new Live(r, [[a(1), 'one']]);
    live.want([a(2)]);
    r.calls[0].reject(new Error('数据 wage_prices 下载失败（网络错误）'));
    await flush();
    live.want([a(2)]);
    expect(r.calls).toHaveLength(1);
    expect(live.failure(a(2))).toContain('下载失败');
    expect(live.status([a(2)])).toEqual({ kind: 'error', message: '数据 wage_prices 下载失败（网络错误）', stale: true });
  });

  it('retry() re-issues exactly the requests that failed', async () => {
    const r = runner();
    const live = new Live(r);
    live.want([a(1), a(2, 'other'), a(3, 'third')]);
    r.calls[0].reject(new Error('x'));
    r.calls[1].resolve('fine');
    r.calls[2].reject(new Error('y'));
    await flush();
    live.retry();
    expect(r.calls.slice(3).map((c) => c.ask)).toEqual([a(1), a(3, 'third')]);
    r.calls[3].resolve('now');
    r.calls[4].resolve('also');
    await flush();
    expect(live.status([a(1), a(2, 'other'), a(3, 'third')])).toEqual({ kind: 'ready' });
    expect(live.error).toBeNull();
  });

  it('retry() restarts a broken runner before re-issuing', async () => {
    const r = runner();
    const live = new Live(r);
    live.want([a(1)]);
    r.broken = true;
    r.calls[0].reject(new Error('无法获取分析引擎文件（网络错误）'));
    await flush();
    live.retry();
    expect(r.restarts).toBe(1);
    expect(r.calls).toHaveLength(2);
  });

  it('forgets the failure of a request no longer wanted, so coming back asks again', async () => {
    const r = runner();
    const live = new Live(r);
    live.want([a(1)]);
    r.calls[0].reject(new Error('x'));
    await flush();
    live.want([a(2)]);
    live.want([a(1)]);
    expect(r.calls.map((c) => c.ask.id)).toEqual([1, 2, 1]);
  });

  it('does not let a slow earlier answer replace a newer one as the last of its name', async () => {
    const r = runner();
    const live = new Live(r);
    live.want([a(1)]);
    live.want([a(2)]);
    r.calls[1].resolve('new');
    await flush();
    r.calls[0].resolve('old');
    await flush();
    expect(live.last('table')).toBe('new');
  });
});
