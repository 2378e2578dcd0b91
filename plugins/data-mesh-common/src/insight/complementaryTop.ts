/*
 * The most similar pairs of a complementary search, kept in a bounded
 * binary heap while every qualifying pair is counted. A catalog where
 * nearly every pair of use cases qualifies (millions of pairs) must cost
 * the search no more than the pairs it keeps: the heap holds three numbers
 * per kept pair in typed arrays, and nothing is allocated for a pair that
 * is merely counted.
 */

/**
 * A kept pair of a complementary search: its similarity and its two use
 * cases' ranks.
 *
 * @public
 */
export interface RankedPair {
  /** Jaccard similarity of the two use cases' needs. */
  similarity: number;
  /** The rank of the pair's first use case in title order. */
  first: number;
  /** The rank of its second use case, above `first`. */
  second: number;
}

/** The heap's first allocation: small searches stay small. */
const INITIAL_CAPACITY = 1024;

/**
 * True when pair A comes before pair B in the list: most similar first,
 * then by the first use case's rank, then the second's. Ranks are distinct
 * per use case, so no two pairs tie.
 */
function comesBefore(
  similarityA: number,
  firstA: number,
  secondA: number,
  similarityB: number,
  firstB: number,
  secondB: number,
): boolean {
  if (similarityA !== similarityB) return similarityA > similarityB;
  if (firstA !== firstB) return firstA < firstB;
  return secondA < secondB;
}

/**
 * The list's order of two kept pairs, for `Array.prototype.sort`: most
 * similar first, then by the first use case's rank, then the second's.
 */
export function compareRankedPairs(a: RankedPair, b: RankedPair): number {
  return comesBefore(
    a.similarity,
    a.first,
    a.second,
    b.similarity,
    b.first,
    b.second,
  )
    ? -1
    : 1;
}

/**
 * The first `limit` pairs in the list's order among all pairs offered,
 * and how many were offered. The heap's root is the kept pair that comes
 * last, so a pair that comes after it is only counted.
 *
 * @internal
 */
export class TopPairs {
  /** Every pair offered, kept or not. */
  total = 0;
  private size = 0;
  private similarity: Float64Array;
  private first: Int32Array;
  private second: Int32Array;

  constructor(private readonly limit: number) {
    const capacity = Math.min(limit, INITIAL_CAPACITY);
    this.similarity = new Float64Array(capacity);
    this.first = new Int32Array(capacity);
    this.second = new Int32Array(capacity);
  }

  /** Counts a qualifying pair and keeps it while it is among the first. */
  offer(similarity: number, first: number, second: number): void {
    this.total++;
    if (this.size < this.limit) {
      if (this.size === this.similarity.length) this.grow();
      this.set(this.size, similarity, first, second);
      this.siftUp(this.size++);
    } else if (
      this.size > 0 &&
      comesBefore(
        similarity,
        first,
        second,
        this.similarity[0],
        this.first[0],
        this.second[0],
      )
    ) {
      this.set(0, similarity, first, second);
      this.siftDown(0);
    }
  }

  /** The kept pairs in the list's order. */
  sorted(): RankedPair[] {
    const kept: RankedPair[] = [];
    for (let k = 0; k < this.size; k++) {
      kept.push({
        similarity: this.similarity[k],
        first: this.first[k],
        second: this.second[k],
      });
    }
    return kept.sort(compareRankedPairs);
  }

  /** True when the pair at `a` comes after the one at `b`. */
  private after(a: number, b: number): boolean {
    return comesBefore(
      this.similarity[b],
      this.first[b],
      this.second[b],
      this.similarity[a],
      this.first[a],
      this.second[a],
    );
  }

  private siftUp(at: number): void {
    let child = at;
    while (child > 0) {
      const parent = (child - 1) >>> 1;
      if (!this.after(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(at: number): void {
    let parent = at;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const later = right < this.size && this.after(right, left) ? right : left;
      if (!this.after(later, parent)) return;
      this.swap(later, parent);
      parent = later;
    }
  }

  private set(at: number, similarity: number, first: number, second: number) {
    this.similarity[at] = similarity;
    this.first[at] = first;
    this.second[at] = second;
  }

  private swap(a: number, b: number): void {
    const similarity = this.similarity[a];
    const first = this.first[a];
    const second = this.second[a];
    this.set(a, this.similarity[b], this.first[b], this.second[b]);
    this.set(b, similarity, first, second);
  }

  /** Doubles the arrays, never beyond the limit. */
  private grow(): void {
    const capacity = Math.min(this.limit, this.similarity.length * 2);
    const similarity = new Float64Array(capacity);
    const first = new Int32Array(capacity);
    const second = new Int32Array(capacity);
    similarity.set(this.similarity);
    first.set(this.first);
    second.set(this.second);
    this.similarity = similarity;
    this.first = first;
    this.second = second;
  }
}
