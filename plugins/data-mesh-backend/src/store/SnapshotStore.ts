import type { PhaseHistoryPoint } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from '../service/snapshot';

/** Outcome of the latest refresh attempts. */
export interface RefreshStatus {
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  /** The error of the latest attempt, when it failed. */
  lastError: string | null;
}

/** Where computed snapshots and the phase history live. */
export interface SnapshotStore {
  /**
   * Stores a snapshot, records one history point per scope for its day
   * (replacing an earlier point of the same day), marks the refresh as
   * successful, and removes snapshots other than the newest few.
   */
  saveSnapshot(snapshot: PortfolioSnapshot): Promise<number>;
  /** Id of the newest snapshot; cheap, for cache checks. */
  getLatestSnapshotId(): Promise<number | undefined>;
  getSnapshot(id: number): Promise<PortfolioSnapshot | undefined>;
  /** History points of one scope between two days (inclusive), oldest first. */
  getHistory(
    scope: string,
    range: { from?: string; to?: string },
  ): Promise<PhaseHistoryPoint[]>;
  /** Records a failed refresh; the last snapshot stays in service. */
  recordFailure(at: Date, error: string): Promise<void>;
  getRefreshStatus(): Promise<RefreshStatus>;
  /** Deletes history points older than the given day (YYYY-MM-DD). */
  pruneHistory(olderThanDay: string): Promise<number>;
}
