/*
 * The shapes of the Data Mesh Portfolio HTTP API (`/api/data-mesh`), shared
 * by the backend that serves them and the frontend client that reads them.
 */
import type {
  CapabilityStatus,
  DataMeshPhase,
  Level,
} from '../kinds/constants';

/** The evidence a phase is assessed from, for one scope. */
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

/** A metric of {@link PhaseMetrics}. */
export type PhaseMetric = keyof PhaseMetrics;

/** One criterion of a phase: a metric must reach a threshold. */
export interface PhaseCriterionResult {
  metric: PhaseMetric;
  threshold: number;
  value: number;
  met: boolean;
}

/** Where a scope stands on the S-curve of adoption. */
export type AdopterCategory =
  | 'innovators'
  | 'early-adopters'
  | 'early-majority'
  | 'late-majority'
  | 'laggards';

/** A phase declared by people rather than computed. */
export interface DeclaredPhase {
  phase: DataMeshPhase;
  reason: string | null;
}

/** `GET /phase` response. */
export interface PhaseResponse {
  /** `organization` or a domain ref. */
  scope: string;
  /** The phase in force: the declared one when set, else the computed one. */
  phase: DataMeshPhase;
  computedPhase: DataMeshPhase;
  declared: DeclaredPhase | null;
  metrics: PhaseMetrics;
  /** The criteria of the phase after the computed one; null in exploit. */
  next: { phase: DataMeshPhase; criteria: PhaseCriterionResult[] } | null;
  adopterCategory: AdopterCategory;
  /** ISO timestamp of the snapshot this answer comes from. */
  computedAt: string;
  /** True when the last attempt to refresh the snapshot failed. */
  stale: boolean;
}

/** One point of `GET /phase/history`. */
export interface PhaseHistoryPoint {
  date: string;
  phase: DataMeshPhase;
  adoption: number;
  adoptingDomains: number;
  activeDataProducts: number;
}

/** `GET /phase/history` response. */
export interface PhaseHistoryResponse {
  points: PhaseHistoryPoint[];
}

/** Who needs a capability. */
export interface CapabilityDemand {
  /** Number of real use cases that need it. */
  count: number;
  /** Refs of those use cases. */
  useCases: string[];
  /** Use cases that require it directly. */
  direct: string[];
  /** Use cases that need it through data products: product ref → use cases. */
  viaDataProducts: Record<string, string[]>;
  domains: string[];
  personas: string[];
  highestValue: Level | null;
}

/** One capability in `GET /capabilities`. */
export interface CapabilityItem {
  ref: string;
  title: string;
  /** The entity's status, or `not-offered` when no entity exists. */
  status: CapabilityStatus | 'not-offered';
  offered: boolean;
  category: string | null;
  demand: CapabilityDemand;
  /** Demand from `proposed` use cases only. */
  emergingDemand: { count: number; useCases: string[] };
}

/** `GET /capabilities` response. */
export interface CapabilitiesResponse {
  items: CapabilityItem[];
  computedAt: string;
  stale: boolean;
}

/** One capability an entity needs, in `GET /entities/.../capabilities`. */
export interface CapabilityNeed {
  ref: string;
  title: string;
  status: CapabilityStatus | 'not-offered';
  available: boolean;
  /** `direct`, or the refs of the data products it is needed through. */
  via: string[];
}

/** `GET /entities/:kind/:namespace/:name/capabilities` response. */
export interface EntityCapabilitiesResponse {
  entityRef: string;
  needs: CapabilityNeed[];
}

/** One domain in `GET /domains`: its phase assessment and what it holds. */
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

/** `GET /domains` response. */
export interface DomainsResponse {
  items: DomainSummary[];
  computedAt: string;
  stale: boolean;
}
