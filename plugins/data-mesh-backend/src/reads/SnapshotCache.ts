import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import type { Freshness } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { RefreshStatus, SnapshotStore } from '../store/SnapshotStore';
import { PortfolioView } from './PortfolioView';

/** A stored snapshot this replica has loaded and indexed. */
export interface LoadedSnapshot {
  id: number;
  view: PortfolioView;
}

/** One look at the store: what is newest there, and how the last run went. */
export interface StoreLook {
  /** The newest stored snapshot's id; none before the first recompute. */
  snapshotId: number | undefined;
  status: RefreshStatus;
  /** The newest stored complementary search's id, if any. */
  complementarySearchId: number | undefined;
}

/** What {@link SnapshotCache} needs. */
export interface SnapshotCacheOptions {
  store: SnapshotStore;
  logger: LoggerService;
  /**
   * How long, in milliseconds, one look at the store serves requests.
   */
  storeCheckIntervalMs: number;
}

/** True when the latest refresh attempt failed after the last success. */
export function isStale(status: RefreshStatus): boolean {
  return (
    status.lastError !== null &&
    (status.lastSuccessAt === null ||
      (status.lastAttemptAt?.getTime() ?? 0) > status.lastSuccessAt.getTime())
  );
}

/**
 * The newest stored snapshot as one replica holds it. Each replica keeps
 * the snapshot it last loaded, indexed, and swaps in a newer one once it
 * has loaded it, so requests never wait for a load except the very first.
 */
export class SnapshotCache {
  private held?: LoadedSnapshot;
  private loading?: Promise<LoadedSnapshot>;
  /** Whether the store's being unreachable was logged since it last answered. */
  private warned = false;
  private storeCheck?: { at: number; result: Promise<StoreLook> };

  constructor(private readonly options: SnapshotCacheOptions) {}

  /** The snapshot this replica holds, if it has loaded one. */
  get current(): LoadedSnapshot | undefined {
    return this.held;
  }

  /** Holds `loaded` unless a newer snapshot is held already. */
  offer(loaded: LoadedSnapshot): void {
    if (!this.held || loaded.id > this.held.id) this.held = loaded;
  }

  /**
   * What the store holds newest. Requests arriving within a second share
   * one look at the store: under load, two queries per request cost more
   * than the answer, and another replica's snapshot may show a second
   * later.
   */
  look(): Promise<StoreLook> {
    const now = Date.now();
    if (
      !this.storeCheck ||
      now - this.storeCheck.at >= this.options.storeCheckIntervalMs
    ) {
      const { store } = this.options;
      const result = Promise.all([
        store.getLatestSnapshotId(),
        store.getRefreshStatus(),
        store.getLatestComplementarySearchRun().then(run => run?.id),
      ]).then(([snapshotId, status, complementarySearchId]) => ({
        snapshotId,
        status,
        complementarySearchId,
      }));
      this.storeCheck = { at: now, result };
      // A failed look is not reused.
      result.catch(() => {
        if (this.storeCheck?.result === result) this.storeCheck = undefined;
      });
    }
    return this.storeCheck.result;
  }

  /** Forgets the last look: the store has just changed. */
  forgetLook(): void {
    this.storeCheck = undefined;
  }

  /** Loads a stored snapshot; loads asked for while one runs share it. */
  load(id: number): Promise<LoadedSnapshot> {
    this.loading ??= (async () => {
      try {
        const snapshot = await this.options.store.getSnapshot(id);
        if (!snapshot) throw new ServiceUnavailableError('Snapshot vanished');
        const loaded = { id, view: await PortfolioView.build(snapshot) };
        this.offer(loaded);
        return loaded;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** Logs a warning once per spell of the store being unreachable. */
  warnOnce(message: string): void {
    if (!this.warned) this.options.logger.warn(message);
    this.warned = true;
  }

  /** The newest snapshot's view, and how fresh it is. */
  async latest(): Promise<{ view: PortfolioView } & Freshness> {
    let look: StoreLook;
    try {
      look = await this.look();
    } catch (error) {
      // The database is unreachable (restarting, say): what this replica
      // holds is the newest it knows, and better than an error page.
      if (!this.held) {
        // The error may name the database's host and user: it goes to the
        // log, and the caller learns only that the store is unreachable.
        this.warnOnce(
          `The data-mesh portfolio cannot be read: ${stringifyError(error)}`,
        );
        throw new ServiceUnavailableError(
          'The data-mesh portfolio cannot be read now; see the backend log',
        );
      }
      this.warnOnce(
        `Serving the loaded snapshot as stale: ${stringifyError(error)}`,
      );
      return {
        view: this.held.view,
        computedAt: this.held.view.snapshot.computedAt,
        stale: true,
      };
    }
    this.warned = false;
    const id = look.snapshotId;
    if (id === undefined) {
      throw new ServiceUnavailableError(
        'The data-mesh portfolio has not been computed yet; the first run starts shortly after the backend starts',
      );
    }
    let current = this.held;
    if (!current) {
      current = await this.load(id);
    } else if (id > current.id) {
      // Serve the loaded snapshot while the newer one loads.
      this.load(id).catch(error =>
        this.options.logger.warn(
          `Could not load snapshot ${id}: ${stringifyError(error)}`,
        ),
      );
    }
    return {
      view: current.view,
      computedAt: current.view.snapshot.computedAt,
      stale: isStale(look.status),
    };
  }
}
