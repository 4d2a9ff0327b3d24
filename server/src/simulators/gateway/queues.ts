/** First in, first out without Array#shift, which copies the whole array on each call (100k queued SMS). */
export class Fifo<T> {
  #items: T[] = [];
  #head = 0;

  get size() {
    return this.#items.length - this.#head;
  }

  push(item: T) {
    this.#items.push(item);
  }

  take(n: number): T[] {
    const out = this.#items.slice(this.#head, this.#head + n);
    this.#head += out.length;
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return out;
  }

  clear() {
    this.#items = [];
    this.#head = 0;
  }
}

/** Items ordered by due time (a binary min-heap), ties in insertion order. */
export class DueQueue<T> {
  #heap: Array<{ due: number; seq: number; value: T }> = [];
  #seq = 0;

  get size() {
    return this.#heap.length;
  }

  push(due: number, value: T) {
    const heap = this.#heap;
    heap.push({ due, seq: this.#seq++, value });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns every item due at or before `now`, earliest first. */
  popDue(now: number): T[] {
    const out: T[] = [];
    const heap = this.#heap;
    while (heap.length && heap[0]!.due <= now) {
      out.push(heap[0]!.value);
      const last = heap.pop()!;
      if (!heap.length) break;
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < heap.length && this.#before(l, min)) min = l;
        if (r < heap.length && this.#before(r, min)) min = r;
        if (min === i) break;
        this.#swap(i, min);
        i = min;
      }
    }
    return out;
  }

  clear() {
    this.#heap = [];
  }

  #before(a: number, b: number) {
    const x = this.#heap[a]!;
    const y = this.#heap[b]!;
    return x.due < y.due || (x.due === y.due && x.seq < y.seq);
  }

  #swap(a: number, b: number) {
    const heap = this.#heap;
    [heap[a], heap[b]] = [heap[b]!, heap[a]!];
  }
}
