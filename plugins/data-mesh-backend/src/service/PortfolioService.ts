import type {
  CapabilityItem,
  CapabilityNeed,
  DanglingReference,
  PhaseHistoryPoint,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { StoredAssessment, StoredDomain } from './snapshot';

/** When the served data was computed, and whether refreshing it fails. */
export interface Freshness {
  computedAt: string;
  stale: boolean;
}

/**
 * The portfolio as the API serves it: read from the stored snapshot, never
 * computed on a request path. Answers are not yet filtered by the caller's
 * permissions; the router does that.
 */
export interface PortfolioService {
  /** Recomputes from the catalog and stores a snapshot (the scheduled task). */
  refresh(): Promise<void>;
  /** The organisation's or a domain's assessment; undefined for unknown scopes. */
  getAssessment(
    scope: string,
  ): Promise<(StoredAssessment & Freshness) | undefined>;
  getDomains(): Promise<{ items: StoredDomain[] } & Freshness>;
  getHistory(
    scope: string,
    range: { from?: string; to?: string },
  ): Promise<PhaseHistoryPoint[]>;
  getCapabilities(): Promise<{ items: CapabilityItem[] } & Freshness>;
  /** Needs of a DataProduct or UseCase; undefined when it is not known. */
  getEntityNeeds(entityRef: string): Promise<CapabilityNeed[] | undefined>;
  getDanglingReferences(): Promise<{ items: DanglingReference[] } & Freshness>;
}
