/**
 * A file fetched whole, reporting each chunk as it arrives: the engine's dataset downloads and the
 * matcher worker's both show byte progress. Works in a page and in a worker.
 */
export async function fetchBytes(url: string, onChunk: (received: number, loaded: number, total: number | null) => void): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length')) || null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onChunk(value.length, loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
