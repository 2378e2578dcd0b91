import type { ComplementarySearchRun } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  SnapshotStore,
  StoredComplementarySearch,
} from '../store/SnapshotStore';

/** A stored search with its id. */
export interface LoadedComplementarySearch {
  id: number;
  search: StoredComplementarySearch;
}

/**
 * The newest stored complementary search as one replica serves it: loaded
 * once per id (its pairs are a few hundred kilobytes at most) and kept
 * when the store cannot be read.
 */
export class ComplementaryCache {
  private held?: LoadedComplementarySearch;
  private loading?: { id: number; done: Promise<LoadedComplementarySearch> };

  constructor(private readonly store: SnapshotStore) {}

  /** The newest stored search as `GET /status` reports it, or null. */
  async latestRun(): Promise<ComplementarySearchRun | null> {
    const run = await this.store.getLatestComplementarySearchRun();
    if (!run) return null;
    const { id, snapshotId, ...reported } = run;
    return reported;
  }

  /**
   * The search with the given id (the newest, as the store last said), or
   * the one held when the id is unknown; undefined before any.
   */
  async serve(
    newestId: number | undefined,
  ): Promise<LoadedComplementarySearch | undefined> {
    if (newestId === undefined || this.held?.id === newestId) return this.held;
    if (this.loading?.id !== newestId) {
      const done = this.load(newestId).finally(() => {
        if (this.loading?.id === newestId) this.loading = undefined;
      });
      this.loading = { id: newestId, done };
    }
    return this.loading.done;
  }

  /** Holds `loaded` unless a newer search is held already. */
  offer(loaded: LoadedComplementarySearch): void {
    if (!this.held || loaded.id > this.held.id) this.held = loaded;
  }

  private async load(id: number): Promise<LoadedComplementarySearch> {
    const search = await this.store.getComplementarySearch(id);
    // Replaced by a newer one between the look and the read: keep what
    // is held (the next look finds the newer one).
    if (!search) {
      if (this.held) return this.held;
      throw new Error(`Complementary search ${id} vanished`);
    }
    const loaded = { id, search };
    this.offer(loaded);
    return loaded;
  }
}
