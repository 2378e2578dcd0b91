/** Options of {@link ExpiringCache}. */
export interface ExpiringCacheOptions {
  /** How long a value is reused; 0 or less disables the cache. */
  ttlMs: number;
  /** Most keys kept; the oldest go first. */
  maxEntries: number;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * Values loaded asynchronously and reused for a while. Callers asking for
 * a key while it loads share the one load (fifty clients arriving at once
 * cause one permission round trip, not fifty); a load that fails is
 * forgotten at once, so the next caller tries again.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<
    string,
    { value: Promise<V>; expiresAt: number }
  >();
  private readonly now: () => number;

  constructor(private readonly options: ExpiringCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The value for a key: reused while fresh, else loaded. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.options.ttlMs <= 0) return load();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    this.entries.delete(key);

    // Every entry lives as long, so the oldest expire first: drop those
    // that have, so that callers gone quiet hold no memory.
    for (const [oldKey, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(oldKey);
    }
    const value = load();
    this.entries.set(key, { value, expiresAt: now + this.options.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    // Maps iterate in insertion order: the first key is the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Number of keys held, expired or not. */
  get size(): number {
    return this.entries.size;
  }
}
