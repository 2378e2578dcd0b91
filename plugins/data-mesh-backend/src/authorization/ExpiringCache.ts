/** Options of {@link ExpiringCache}. */
export interface ExpiringCacheOptions {
  /** How long a value is reused; 0 or less disables the cache. */
  ttlMs: number;
  /** Most keys kept; the oldest go first. */
  maxEntries: number;
  /**
   * Age after which a value, still fresh, is loaded again in the background
   * when asked for: a key in steady use then never makes a caller wait for
   * its load, and no value is served longer than the TTL after its load
   * began. Unset, a value is loaded again only once it has expired.
   */
  refreshAfterMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface Entry<V> {
  value: Promise<V>;
  expiresAt: number;
  refreshing: boolean;
}

/**
 * Values loaded asynchronously and reused for a while. Callers asking for
 * a key while it loads share the one load (fifty clients arriving at once
 * cause one permission round trip, not fifty); a load that fails is
 * forgotten at once, so the next caller tries again.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly now: () => number;

  constructor(private readonly options: ExpiringCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The value for a key: reused while fresh, else loaded. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.options.ttlMs <= 0) return load();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      if (this.isDueForRefresh(hit, now)) this.refresh(key, hit, load, now);
      return hit.value;
    }
    this.entries.delete(key);

    // Every entry lives as long, so the oldest expire first: drop those
    // that have, so that callers gone quiet hold no memory.
    for (const [oldKey, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(oldKey);
    }
    const value = load();
    this.entries.set(key, {
      value,
      expiresAt: now + this.options.ttlMs,
      refreshing: false,
    });
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

  private isDueForRefresh(entry: Entry<V>, now: number): boolean {
    const { refreshAfterMs, ttlMs } = this.options;
    return (
      refreshAfterMs !== undefined &&
      !entry.refreshing &&
      now >= entry.expiresAt - ttlMs + refreshAfterMs
    );
  }

  /**
   * Loads the key again while its value is served: the new value replaces
   * it once loaded, and lives from when its load began. A failed refresh
   * is not tried again: the value expires as it would have, and the next
   * caller then loads it (and sees the failure).
   */
  private refresh(
    key: string,
    entry: Entry<V>,
    load: () => Promise<V>,
    startedAt: number,
  ): void {
    entry.refreshing = true;
    load().then(
      value => {
        if (this.entries.get(key) !== entry) return;
        // Set anew at the end, where the newest entries are.
        this.entries.delete(key);
        this.entries.set(key, {
          value: Promise.resolve(value),
          expiresAt: startedAt + this.options.ttlMs,
          refreshing: false,
        });
      },
      () => undefined,
    );
  }
}
