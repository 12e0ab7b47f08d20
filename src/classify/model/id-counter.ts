// Counts feature ids of one text at a time without a Map (scorer.ts, danger/reader.ts).

/** Counts of known feature ids in order of first occurrence (the order termCounts iterates a Map in). */
export class IdCounter {
  private counts: Int32Array;
  readonly order: number[] = [];

  constructor(size = 1024) {
    this.counts = new Int32Array(size);
  }

  add(id: number, n = 1): void {
    if (id < 0) return;
    if (id >= this.counts.length) this.grow(id);
    if (this.counts[id] === 0) this.order.push(id);
    this.counts[id] += n;
  }

  count(id: number): number {
    return this.counts[id];
  }

  private grow(id: number): void {
    const counts = new Int32Array(Math.max(id + 1, this.counts.length * 2));
    counts.set(this.counts);
    this.counts = counts;
  }

  /** Empties the counter for the next text (touches only the ids it holds). */
  clear(): void {
    for (const id of this.order) this.counts[id] = 0;
    this.order.length = 0;
  }
}
