import type { ChangeQueue } from './ChangeQueue';
import type {
  AdoptionSparklinePoint,
  PageWindow,
  PhaseHistoryPoint,
  RefreshRun,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { PortfolioSnapshot } from './PortfolioSnapshot';
import type {
  ContractVersionStore,
  ContractsToSave,
} from './ContractVersionStore';

/**
 * Outcome of the latest refresh attempts.
 */
export interface RefreshStatus {
  /** When a refresh was last attempted; null before the first. */
  lastAttemptAt: Date | null;
  /** When a refresh last succeeded; null before the first. */
  lastSuccessAt: Date | null;
  /** The error of the latest attempt, when it failed. */
  lastError: string | null;
  /** What the last successful run took. */
  lastRun: RefreshRun | null;
}

/**
 * A complementary use-case search as stored: which snapshot it searched,
 * what it took, and the pairs it found.
 */
export interface StoredComplementarySearch {
  /** The snapshot whose facts were searched. */
  snapshotId: number;
  /** When that snapshot was computed (ISO timestamp). */
  snapshotComputedAt: string;
  /** When the search ended (ISO timestamp). */
  searchedAt: string;
  /** Milliseconds the search took. */
  durationMs: number;
  /** How many pairs qualified, before the stored ones were cut. */
  pairsFound: number;
  /** The least similarity of a pair. */
  threshold: number;
  /** The refs of each pair (first, second), most similar first. */
  pairs: Array<[string, string]>;
}

/**
 * One history point of one scope, as stored.
 */
export interface ScopeHistoryPoint extends PhaseHistoryPoint {
  /** The scope the point is of. */
  scope: string;
}

/**
 * Options of {@link SnapshotStore.saveSnapshot}.
 */
export interface SaveSnapshotOptions {
  /**
   * Example points to write in the same transaction. They replace the
   * example points their scopes had; a day with a measured point keeps it.
   */
  exampleHistory?: ScopeHistoryPoint[];
  /**
   * Notifications telling what changed since the previous snapshot, to be
   * sent once the snapshot is stored: written to the outbox in the same
   * transaction, so that they are sent at least once even if the process
   * stops before sending. Each replaces a pending notification with the
   * same scope and recipients.
   */
  notifications?: NotificationSendOptions[];
  /**
   * The contract versions this run saw for the first time, and the etags
   * it read, written in the same transaction: a failed run stores neither
   * the snapshot nor the versions, and the next run reads them again.
   */
  contracts?: ContractsToSave;
}

/**
 * A notification in the outbox, waiting to be sent.
 */
export interface PendingNotification {
  /** The outbox row's id. */
  id: number;
  /** When the snapshot that found it was stored. */
  createdAt: Date;
  /** How many attempts to send it failed so far. */
  attempts: number;
  /** What to send. */
  notification: NotificationSendOptions;
}

/**
 * Where computed snapshots and the phase history live.
 */
export interface SnapshotStore {
  /** The versions of the data contracts, written by `saveSnapshot`. */
  readonly contracts: ContractVersionStore;
  /** The changes the catalog told of, waiting to be applied. */
  readonly changes: ChangeQueue;
  /**
   * Stores a snapshot, records one history point per scope for its day
   * (replacing an earlier point of the same day), marks the refresh as
   * successful, and removes snapshots other than the newest few. All in
   * one transaction: a snapshot is never half-written. The organisation,
   * every domain and every business unit get their own point.
   */
  saveSnapshot(
    snapshot: PortfolioSnapshot,
    options?: SaveSnapshotOptions,
  ): Promise<number>;
  /** The scopes with a measured (not example) point before the given day. */
  scopesMeasuredBefore(day: string): Promise<Set<string>>;
  /** Records what the last successful run took. */
  recordRun(run: RefreshRun): Promise<void>;
  /** Id of the newest snapshot; cheap, for cache checks. */
  getLatestSnapshotId(): Promise<number | undefined>;
  /** The snapshot with this id, if it is still stored. */
  getSnapshot(id: number): Promise<PortfolioSnapshot | undefined>;
  /**
   * A page of the history points of one scope between two days
   * (inclusive), oldest first, and how many there are in the range.
   */
  getHistory(
    scope: string,
    query: PageWindow & { from?: string; to?: string },
  ): Promise<{ points: PhaseHistoryPoint[]; totalItems: number }>;
  /**
   * The adoption of several scopes from a day on (inclusive), oldest
   * first, for sparklines; a scope without points is left out.
   */
  getAdoptionSince(
    scopes: string[],
    fromDay: string,
  ): Promise<Map<string, AdoptionSparklinePoint[]>>;
  /** Records a failed refresh; the last snapshot stays in service. */
  recordFailure(at: Date, error: string): Promise<void>;
  /** The outcome of the latest refresh attempts. */
  getRefreshStatus(): Promise<RefreshStatus>;
  /** Up to `limit` notifications of the outbox, oldest first. */
  getPendingNotifications(limit: number): Promise<PendingNotification[]>;
  /**
   * Removes a notification from the outbox; called only once the
   * notifications service has accepted it.
   */
  markNotificationSent(id: number): Promise<void>;
  /** Counts a failed attempt to send a notification of the outbox. */
  recordNotificationFailure(id: number, at: Date, error: string): Promise<void>;
  /**
   * Gives up the outbox's notifications stored before the given time;
   * returns how many.
   */
  dropNotificationsCreatedBefore(before: Date): Promise<number>;
  /** Deletes history points older than the given day (YYYY-MM-DD). */
  pruneHistory(olderThanDay: string): Promise<number>;
  /**
   * Stores a complementary use-case search and removes the older ones but
   * one; returns its id.
   */
  saveComplementarySearch(search: StoredComplementarySearch): Promise<number>;
  /**
   * The newest complementary search without its pairs (cheap, for status
   * and cache checks), with its id; undefined before the first.
   */
  getLatestComplementarySearchRun(): Promise<
    | (Omit<StoredComplementarySearch, 'pairs' | 'threshold'> & { id: number })
    | undefined
  >;
  /** The complementary search with this id, if it is still stored. */
  getComplementarySearch(
    id: number,
  ): Promise<StoredComplementarySearch | undefined>;
}
