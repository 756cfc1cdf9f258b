/**
 * The k best (score, id) pairs seen, in a binary min-heap over typed arrays: O(n log k) with no
 * allocation per push. Ties on score go to the smaller `order` (e.g. the rank of the reference in
 * sorted order), so a result never depends on the order rows arrived in.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly ids: Int32Array;
  private readonly orders: Float64Array;
  size = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(Math.max(k, 1));
    this.ids = new Int32Array(Math.max(k, 1));
    this.orders = new Float64Array(Math.max(k, 1));
  }

  /** a is worse than b: lower score, or equal score and later order. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a];
    const sb = this.scores[b];
    return sa < sb || (sa === sb && this.orders[a] > this.orders[b]);
  }

  /** The score a new entry must beat once the heap is full (−Infinity before). */
  get threshold(): number {
    return this.size < this.k ? -Infinity : this.scores[0];
  }

  push(score: number, id: number, order: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      this.scores[i] = score;
      this.ids[i] = id;
      this.orders[i] = order;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const s0 = this.scores[0];
    if (score < s0 || (score === s0 && order >= this.orders[0])) return;
    this.scores[0] = score;
    this.ids[0] = id;
    this.orders[0] = order;
    this.siftDown(0);
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = s;
    const d = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = d;
    const o = this.orders[a];
    this.orders[a] = this.orders[b];
    this.orders[b] = o;
  }

  /** Best first. */
  sorted(): { id: number; score: number }[] {
    const idx = Array.from({ length: this.size }, (_, i) => i);
    idx.sort((a, b) => this.scores[b] - this.scores[a] || this.orders[a] - this.orders[b]);
    return idx.map((i) => ({ id: this.ids[i], score: this.scores[i] }));
  }
}
