/*
 * The shapes of the Data Mesh Portfolio HTTP API (`/api/data-mesh`), shared
 * by the backend that serves them and the frontend client that reads them.
 */
import type {
  CapabilityStatus,
  DataMeshPhase,
  Level,
  UseCaseStatus,
} from '../kinds/constants';
import type { DanglingReference } from '../portfolio/dangling';

/**
 * The evidence a phase is assessed from, for one scope.
 *
 * @public
 */
export interface PhaseMetrics {
  /** Domain entities in scope. */
  domains: number;
  /** Domains in scope with at least one active data product. */
  adoptingDomains: number;
  /** adoptingDomains / domains; 0 when there are no domains. */
  adoption: number;
  /** Data products with lifecycle `active`. */
  activeDataProducts: number;
  /** Use cases with status `committed` or `live`. */
  realUseCases: number;
  /** Use cases with status `live`. */
  liveUseCases: number;
  /** Share of active data products owned by their domain's owner or below. */
  domainOwnership: number;
  /** Platform capabilities with status `available`. */
  availableCapabilities: number;
}

/**
 * A metric of {@link PhaseMetrics}.
 *
 * @public
 */
export type PhaseMetric = keyof PhaseMetrics;

/**
 * One criterion of a phase: a metric must reach a threshold.
 *
 * @public
 */
export interface PhaseCriterionResult {
  /** The metric the criterion is about. */
  metric: PhaseMetric;
  /** The value the metric must reach. */
  threshold: number;
  /** The metric's value in the scope. */
  value: number;
  /** True when the value reaches the threshold. */
  met: boolean;
}

/**
 * Where a scope stands on the S-curve of adoption.
 *
 * @public
 */
export type AdopterCategory =
  | 'innovators'
  | 'early-adopters'
  | 'early-majority'
  | 'late-majority'
  | 'laggards';

/**
 * A phase declared by people rather than computed.
 *
 * @public
 */
export interface DeclaredPhase {
  /** The declared phase. */
  phase: DataMeshPhase;
  /** Why it was declared, when someone said so. */
  reason: string | null;
}

/**
 * `GET /phase` response.
 *
 * @public
 */
export interface PhaseResponse extends Freshness {
  /** `organization`, a domain ref or a business unit's group ref. */
  scope: string;
  /** The phase in force: the declared one when set, else the computed one. */
  phase: DataMeshPhase;
  /** The phase the metrics reach, whatever is declared. */
  computedPhase: DataMeshPhase;
  /** The declared phase, when the domain or organisation has one. */
  declared: DeclaredPhase | null;
  /** The evidence the phase was assessed from. */
  metrics: PhaseMetrics;
  /** The criteria of the phase after the computed one; null in exploit. */
  next: { phase: DataMeshPhase; criteria: PhaseCriterionResult[] } | null;
  /** Where the scope stands on the S-curve of adoption. */
  adopterCategory: AdopterCategory;
}

/**
 * One point of `GET /phase/history`.
 *
 * @public
 */
export interface PhaseHistoryPoint {
  /** The day, as `YYYY-MM-DD`. */
  date: string;
  /** The phase in force that day. */
  phase: DataMeshPhase;
  /** Share of domains with an active data product that day. */
  adoption: number;
  /** Domains with an active data product that day. */
  adoptingDomains: number;
  /** Data products with lifecycle `active` that day. */
  activeDataProducts: number;
  /**
   * True when the point is example data (the backend's
   * `dataMesh.exampleHistory`), not a measurement. The backend always says.
   */
  example?: boolean;
}

/**
 * `GET /phase/history` response: a page of points, oldest first.
 *
 * @public
 */
export interface PhaseHistoryResponse extends PageInfo {
  /** The page's points, oldest first. */
  points: PhaseHistoryPoint[];
}

/**
 * Rows a page holds when the request does not say.
 *
 * @public
 */
export const DEFAULT_PAGE_LIMIT = 50;

/**
 * The most rows one page may hold.
 *
 * @public
 */
export const MAX_PAGE_LIMIT = 500;

/**
 * The most rows one page of capabilities, domains or a capability's demand
 * may hold: their rows carry samples and criteria, and a page stays well
 * under 256 kB (about 100 kB at 100k data products).
 *
 * @public
 */
export const MAX_WIDE_PAGE_LIMIT = 50;

/**
 * How many refs a sample inside a list item names at most.
 *
 * @public
 */
export const SAMPLE_SIZE = 5;

/**
 * Which part of a paginated list a request asks for.
 *
 * @public
 */
export interface PageRequest {
  /**
   * Rows to return, 1 to {@link MAX_PAGE_LIMIT} ({@link MAX_WIDE_PAGE_LIMIT}
   * for capabilities, domains and a capability's demand);
   * {@link DEFAULT_PAGE_LIMIT} by default.
   */
  limit?: number;
  /** Rows to skip; 0 by default. */
  offset?: number;
}

/**
 * Where a page sits in its list. `totalItems` counts every row the query
 * matches; rows naming entities the caller may not read are left out of
 * `items`, so a page can hold fewer rows than `limit`.
 *
 * @public
 */
export interface PageInfo {
  /** Rows the query matches in all. */
  totalItems: number;
  /** Rows skipped before this page. */
  offset: number;
  /** The most rows this page may hold. */
  limit: number;
}

/**
 * When the served data was computed, and whether refreshing it fails.
 *
 * @public
 */
export interface Freshness {
  /** ISO timestamp of the snapshot this answer comes from. */
  computedAt: string;
  /** True when the last attempt to refresh the snapshot failed. */
  stale: boolean;
}

/**
 * A long list of entity refs, bounded: its first refs in order (at most
 * {@link SAMPLE_SIZE}) and how many it holds in all. The whole list is
 * served by a paginated drill-down route.
 *
 * @public
 */
export interface RefSample {
  /** How many refs the list holds in all. */
  count: number;
  /** Its first refs, at most {@link SAMPLE_SIZE}. */
  sample: string[];
}

/**
 * Who needs a capability: real (committed or live) use cases.
 *
 * @public
 */
export interface CapabilityDemand {
  /** Number of real use cases that need it. */
  count: number;
  /** Personas of those use cases. */
  personas: string[];
  /** The highest value among those use cases; null when none says. */
  highestValue: Level | null;
  /** Samples of who needs it, each with a drill-down route. */
  samples: {
    /** The use cases (drill-down: `/capabilities/{ns}/{name}/demand`). */
    useCases: RefSample;
    /** Those that require it directly. */
    direct: RefSample;
    /**
     * Data products that require it and that real use cases read, directly
     * or upstream (drill-down: `/capabilities/{ns}/{name}/data-products`).
     */
    dataProducts: RefSample;
    /**
     * Domains of those use cases and data products (drill-down:
     * `/capabilities/{ns}/{name}/domains`).
     */
    domains: RefSample;
  };
}

/**
 * One capability in `GET /capabilities`.
 *
 * @public
 */
export interface CapabilityItem {
  /** The capability's entity ref. */
  ref: string;
  /** The capability's title, or its name. */
  title: string;
  /** The entity's status, or `not-offered` when no entity exists. */
  status: CapabilityStatus | 'not-offered';
  /** True when a PlatformCapability entity exists for it. */
  offered: boolean;
  /** The capability's category, when set. */
  category: string | null;
  /** Demand from real (committed or live) use cases. */
  demand: CapabilityDemand;
  /** Demand from `proposed` use cases only. */
  emergingDemand: { count: number; samples: { useCases: RefSample } };
}

/**
 * How the platform team's view groups capabilities: offered and demanded,
 * demanded but not offered, needed by proposed use cases only, and needed
 * by nobody (YAGNI candidates).
 *
 * @public
 */
export const CAPABILITY_DEMAND_GROUPS = [
  'demanded',
  'not-offered',
  'emerging-only',
  'no-demand',
] as const;

/**
 * One of {@link CAPABILITY_DEMAND_GROUPS}.
 *
 * @public
 */
export type CapabilityDemandGroup = (typeof CAPABILITY_DEMAND_GROUPS)[number];

/**
 * The group of {@link CAPABILITY_DEMAND_GROUPS} a capability falls in.
 *
 * @public
 */
export function capabilityDemandGroup(
  item: Pick<CapabilityItem, 'offered' | 'demand' | 'emergingDemand'>,
): CapabilityDemandGroup {
  if (item.demand.count > 0) return item.offered ? 'demanded' : 'not-offered';
  return item.emergingDemand.count > 0 ? 'emerging-only' : 'no-demand';
}

/**
 * `GET /capabilities` response: a page, most demanded first.
 *
 * @public
 */
export interface CapabilitiesResponse extends PageInfo, Freshness {
  /** The page's capabilities. */
  items: CapabilityItem[];
}

/**
 * `GET /capabilities/{namespace}/{name}` response.
 *
 * @public
 */
export type CapabilityResponse = CapabilityItem & Freshness;

/**
 * One use case in `GET /capabilities/{namespace}/{name}/demand`.
 *
 * @public
 */
export interface CapabilityDemandEntry {
  /** The use case's ref. */
  useCase: string;
  /** The use case's title, or its name. */
  title: string;
  /** The use case's status. */
  status: UseCaseStatus;
  /** The use case's value, when set. */
  value: Level | null;
  /** The use case's personas. */
  personas: string[];
  /** The use case's domain ref, when set. */
  domain: string | null;
  /** True when the use case requires the capability itself. */
  direct: boolean;
  /** The data products it needs the capability through. */
  dataProducts: RefSample;
}

/**
 * `GET /capabilities/{namespace}/{name}/demand` response.
 *
 * @public
 */
export interface CapabilityDemandResponse extends PageInfo, Freshness {
  /** The capability the demand is for. */
  capabilityRef: string;
  /** The page's use cases. */
  items: CapabilityDemandEntry[];
}

/**
 * A page of entity refs, for drill-downs into a sample.
 *
 * @public
 */
export interface EntityRefsResponse extends PageInfo, Freshness {
  /** The page's refs. */
  items: Array<{ ref: string }>;
}

/**
 * One capability an entity needs, in `GET /entities/.../capabilities`.
 *
 * @public
 */
export interface CapabilityNeed {
  /** The capability's entity ref. */
  ref: string;
  /** The capability's title, or its name. */
  title: string;
  /** The capability's status, or `not-offered` when no entity exists. */
  status: CapabilityStatus | 'not-offered';
  /** True when the capability's status is `available`. */
  available: boolean;
  /** True when the entity requires it itself. */
  direct: boolean;
  /**
   * The upstream data products it is needed through (drill-down:
   * `/entities/{kind}/{ns}/{name}/capabilities/{capNs}/{capName}/data-products`).
   */
  dataProducts: RefSample;
}

/**
 * `GET /entities/:kind/:namespace/:name/capabilities` response: a page of
 * needs, not-yet-available first.
 *
 * @public
 */
export interface EntityCapabilitiesResponse extends PageInfo, Freshness {
  /** The data product or use case the needs are of. */
  entityRef: string;
  /** The page's needs. */
  needs: CapabilityNeed[];
  /** How many of all its needs are not available yet. */
  notAvailable: number;
}

/**
 * One domain in `GET /domains`: its phase assessment and what it holds.
 *
 * @public
 */
export interface DomainSummary extends PhaseResponse {
  /** The domain's title, or its name. */
  title: string;
  /** The domain's `spec.type` (archetype), when set. */
  archetype: string | null;
  /** The parent domain's ref (`spec.subdomainOf`), when set. */
  subdomainOf: string | null;
  /** Data products in the domain itself (any lifecycle). */
  dataProducts: number;
  /** Use cases in the domain itself (any status). */
  useCases: number;
}

/**
 * Fields `GET /domains` sorts by.
 *
 * @public
 */
export const DOMAIN_SORT_FIELDS = [
  'title',
  'phase',
  'adoption',
  'dataProducts',
  'useCases',
] as const;

/**
 * One of {@link DOMAIN_SORT_FIELDS}.
 *
 * @public
 */
export type DomainSortField = (typeof DOMAIN_SORT_FIELDS)[number];

/**
 * `GET /domains` response: a page of domains.
 *
 * @public
 */
export interface DomainsResponse extends PageInfo, Freshness {
  /** The page's domains. */
  items: DomainSummary[];
}

/**
 * `GET /references/dangling` response: a page of dangling references.
 *
 * @public
 */
export interface DanglingReferencesResponse extends PageInfo, Freshness {
  /** The same as `totalItems`; kept for earlier clients. */
  count: number;
  /** The page's dangling references. */
  items: DanglingReference[];
}

/**
 * What the last recompute did, in `GET /status`.
 *
 * @public
 */
export interface RefreshRun {
  /** When the run started (ISO timestamp). */
  startedAt: string;
  /** Milliseconds spent reading the catalog. */
  readMs: number;
  /** Milliseconds spent computing the assessments. */
  computeMs: number;
  /** Milliseconds spent storing the snapshot. */
  storeMs: number;
  /** Milliseconds the whole run took. */
  durationMs: number;
  /** Entities read, by kind. */
  entities: {
    domains: number;
    dataProducts: number;
    useCases: number;
    capabilities: number;
    groups: number;
  };
}

/**
 * `GET /status` response: how the scheduled recompute is doing.
 *
 * @public
 */
export interface StatusResponse {
  /** When the served snapshot was computed; null before the first run. */
  computedAt: string | null;
  /** True when the last attempt to refresh the snapshot failed. */
  stale: boolean;
  /** When the last refresh was attempted; null before the first. */
  lastAttemptAt: string | null;
  /** When the last refresh succeeded; null before the first. */
  lastSuccessAt: string | null;
  /**
   * That the last attempt failed, and when, when it did; the failure's own
   * text is in the backend's log only, since it may name hosts or users.
   */
  lastError: string | null;
  /** The last successful run; null before the first one. */
  lastRun: RefreshRun | null;
  /**
   * The newest complementary use-case search (it runs on its own
   * schedule); null before the first one.
   */
  complementarySearch: ComplementarySearchRun | null;
}

/**
 * One search for complementary use cases, as `GET /status` reports it.
 *
 * @public
 */
export interface ComplementarySearchRun {
  /** When the search ended (ISO timestamp). */
  searchedAt: string;
  /** When the snapshot it searched was computed (ISO timestamp). */
  snapshotComputedAt: string;
  /** Milliseconds the search took. */
  durationMs: number;
  /** How many pairs qualified; at most 10,000 of them are kept. */
  pairsFound: number;
}
