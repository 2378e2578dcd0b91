import type {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { DataMeshBackendOptions } from '../config';
import type { SnapshotStore } from '../store/SnapshotStore';

/**
 * What the portfolio's reads and refresh need (`createPortfolioServices`
 * wires them). In a file of its own, so that the steps of the refresh
 * (`computeAndStore`) can take it without importing the services.
 */
export interface DefaultPortfolioServiceOptions {
  store: SnapshotStore;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  scheduler: SchedulerService;
  /** Id of the scheduled task that runs `PortfolioRefresh.recompute`. */
  refreshTaskId: string;
  /**
   * Id of the scheduled task that runs
   * `PortfolioRefresh.searchComplementaryUseCases`; the first
   * stored snapshot asks it to run. Without it, nothing asks.
   */
  complementaryTaskId?: string;
  options: DataMeshBackendOptions;
  /**
   * Where phase changes and new blockers are sent after each stored
   * recompute; without it, nothing is sent.
   */
  notifications?: NotificationService;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /**
   * How long, in milliseconds, one look at the store (is there a newer
   * snapshot, did the last refresh fail) serves requests;
   * `DEFAULT_STORE_CHECK_INTERVAL_MS` by default.
   */
  storeCheckIntervalMs?: number;
}
