import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CapabilitiesResponse,
  CapabilityDemandGroup,
  CapabilityDemandResponse,
  CapabilityResponse,
  CapabilityStatus,
  DanglingReferencesResponse,
  DataMeshPhase,
  DomainSortField,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
  PageWindow,
  PhaseHistoryResponse,
  PhaseResponse,
  StatusResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** Who is asking; every read is on behalf of a caller. */
export interface PortfolioRequestOptions {
  credentials: BackstageCredentials;
}

/** Filters, sorting and page of `listDomains`. */
export interface DomainQuery extends PageWindow {
  sort: DomainSortField;
  order: 'asc' | 'desc';
  q?: string;
  phase?: DataMeshPhase;
  archetype?: string;
}

/** Filters and page of `listCapabilities`. */
export interface CapabilityQuery extends PageWindow {
  view: 'teams' | 'platform';
  category?: string;
  status?: CapabilityStatus | 'not-offered';
  group?: CapabilityDemandGroup;
}

/** A day range of the history, with a page. */
export interface HistoryQuery extends PageWindow {
  from?: string;
  to?: string;
}

/**
 * The portfolio as the API serves it: read from the stored snapshot, never
 * computed on a request path. Every list is a page. Unknown scopes, entities
 * and capabilities are a `NotFoundError`; before the first computation,
 * reads are a `ServiceUnavailableError`.
 *
 * The default implementation answers for everyone; the authorized one
 * (which the router uses) checks permissions and leaves out what the caller
 * may not read.
 */
export interface PortfolioService {
  /** Asks the scheduler to recompute now; resolves once it is triggered. */
  requestRefresh(options: PortfolioRequestOptions): Promise<void>;
  getStatus(options: PortfolioRequestOptions): Promise<StatusResponse>;
  getAssessment(
    scope: string,
    options: PortfolioRequestOptions,
  ): Promise<PhaseResponse>;
  getHistory(
    scope: string,
    query: HistoryQuery,
    options: PortfolioRequestOptions,
  ): Promise<PhaseHistoryResponse>;
  listDomains(
    query: DomainQuery,
    options: PortfolioRequestOptions,
  ): Promise<DomainsResponse>;
  listCapabilities(
    query: CapabilityQuery,
    options: PortfolioRequestOptions,
  ): Promise<CapabilitiesResponse>;
  getCapability(
    capabilityRef: string,
    options: PortfolioRequestOptions,
  ): Promise<CapabilityResponse>;
  listCapabilityDemand(
    capabilityRef: string,
    query: PageWindow & { demand: 'real' | 'emerging' },
    options: PortfolioRequestOptions,
  ): Promise<CapabilityDemandResponse>;
  listCapabilityDomains(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse>;
  listCapabilityDataProducts(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse>;
  listEntityNeeds(
    entityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityCapabilitiesResponse>;
  listEntityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse>;
  listDanglingReferences(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<DanglingReferencesResponse>;
}
