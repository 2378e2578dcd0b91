import type {
  ApiQuery,
  ApiQueryFilled,
  BusinessUnitsResponse,
  CapabilitiesResponse,
  CapabilityDemandResponse,
  CapabilityResponse,
  ComplementaryUseCasesResponse,
  DanglingReferencesResponse,
  DeprecatedNeedsResponse,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
  PageWindow,
  PhaseHistoryResponse,
  RoadmapResponse,
  RoadmapUseCasesResponse,
  ScopePhaseResponse,
  StatusResponse,
  UseCasePortfolioPageResponse,
  UseCasePortfolioResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { ContractReads } from './ContractReads';
import type { PortfolioRequestOptions } from './requestOptions';

export type { PortfolioRequestOptions } from './requestOptions';

/**
 * Filters, sorting and page of `listDomains`: the query of `GET /domains`
 * (`sort`, `order`, `q`, `phase`, `archetype`).
 */
export type DomainQuery = ApiQueryFilled<
  '/domains',
  'limit' | 'offset' | 'sort' | 'order'
>;

/**
 * Filters and page of `listCapabilities`: the query of `GET /capabilities`.
 * `view` is `teams` for demanded capabilities only, or `platform` for all,
 * which needs the platform-view permission.
 */
export type CapabilityQuery = ApiQueryFilled<
  '/capabilities',
  'limit' | 'offset' | 'view'
>;

/**
 * Filters and page of `listRoadmap`: the query of `GET /roadmap`.
 */
export type RoadmapQuery = ApiQueryFilled<'/roadmap', 'limit' | 'offset'>;

/**
 * A day range of the history (`from`, `to`: `YYYY-MM-DD`, inclusive), with
 * a page.
 */
export type HistoryQuery = PageWindow &
  Pick<ApiQuery<'/phase/history'>, 'from' | 'to'>;

/**
 * A cell of the use-case portfolio's value × complexity matrix.
 */
export type UseCaseCell = Pick<
  ApiQuery<'/use-cases/cell'>,
  'value' | 'complexity'
>;

/**
 * Which business units `listBusinessUnits` lists, and the page: the query
 * of `GET /business-units`. `level` is `top` for the units directly below
 * a root group (and lone roots), or `all` for every group that is a scope.
 */
export type BusinessUnitQuery = ApiQueryFilled<
  '/business-units',
  'limit' | 'offset' | 'level'
>;

/**
 * Which of a roadmap capability's use cases to page through: those it
 * fully unblocks (its last lack) or those it partly unblocks.
 */
export type RoadmapUseCaseQuery = ApiQueryFilled<
  '/roadmap/{namespace}/{name}/use-cases',
  'limit' | 'offset' | 'unblocks'
>;

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
export interface PortfolioService extends ContractReads {
  /** Asks the scheduler to recompute now; resolves once it is triggered. */
  requestRefresh(options: PortfolioRequestOptions): Promise<void>;
  /** How the scheduled recompute is doing. */
  getStatus(options: PortfolioRequestOptions): Promise<StatusResponse>;
  /**
   * The phase assessment of the organisation, one domain or one business
   * unit, with its adoption forecast.
   */
  getAssessment(
    scope: string,
    options: PortfolioRequestOptions,
  ): Promise<ScopePhaseResponse>;
  /** A page of the daily phase history of one scope. */
  getHistory(
    scope: string,
    query: HistoryQuery,
    options: PortfolioRequestOptions,
  ): Promise<PhaseHistoryResponse>;
  /** A page of domains with their assessments. */
  listDomains(
    query: DomainQuery,
    options: PortfolioRequestOptions,
  ): Promise<DomainsResponse>;
  /** A page of capabilities, most demanded first. */
  listCapabilities(
    query: CapabilityQuery,
    options: PortfolioRequestOptions,
  ): Promise<CapabilitiesResponse>;
  /** One capability and its demand. */
  getCapability(
    capabilityRef: string,
    options: PortfolioRequestOptions,
  ): Promise<CapabilityResponse>;
  /**
   * A page of the use cases that need a capability: real or emerging demand.
   */
  listCapabilityDemand(
    capabilityRef: string,
    query: ApiQueryFilled<
      '/capabilities/{namespace}/{name}/demand',
      'limit' | 'offset' | 'demand'
    >,
    options: PortfolioRequestOptions,
  ): Promise<CapabilityDemandResponse>;
  /**
   * A page of the domains whose use cases or data products need a capability.
   */
  listCapabilityDomains(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse>;
  /**
   * A page of the data products through which real use cases need a capability.
   */
  listCapabilityDataProducts(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse>;
  /** A page of the capabilities a data product or use case needs. */
  listEntityNeeds(
    entityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityCapabilitiesResponse>;
  /**
   * A page of the upstream data products through which an entity needs a
   * capability.
   */
  listEntityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse>;
  /** A page of references that name no entity in the catalog. */
  listDanglingReferences(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<DanglingReferencesResponse>;
  /** The use-case portfolio: the matrix, each cell sampled. */
  getUseCasePortfolio(
    options: PortfolioRequestOptions,
  ): Promise<UseCasePortfolioResponse>;
  /** A page of one cell's use cases, or of the unrated ones (`null`). */
  listUseCaseCell(
    cell: UseCaseCell | null,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<UseCasePortfolioPageResponse>;
  /** A page of complementary use-case pairs, most similar first. */
  listComplementaryUseCases(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<ComplementaryUseCasesResponse>;
  /** A page of the platform roadmap, in roadmap order. */
  listRoadmap(
    query: RoadmapQuery,
    options: PortfolioRequestOptions,
  ): Promise<RoadmapResponse>;
  /** A page of the use cases one roadmap capability would unblock. */
  listRoadmapUseCases(
    capabilityRef: string,
    query: RoadmapUseCaseQuery,
    options: PortfolioRequestOptions,
  ): Promise<RoadmapUseCasesResponse>;
  /** A page of deprecated capabilities that real use cases still need. */
  listDeprecatedNeeds(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<DeprecatedNeedsResponse>;
  /** A page of business units, with a sparkline of their adoption. */
  listBusinessUnits(
    query: BusinessUnitQuery,
    options: PortfolioRequestOptions,
  ): Promise<BusinessUnitsResponse>;
}

/**
 * Where a capability's name comes from: `null` when an entity offers it
 * (the caller must be able to read that entity), else the refs of the data
 * products and use cases that name it in `spec.requiresCapabilities`, in a
 * stable order. A ref the snapshot does not know is absent.
 */
export type CapabilityNameSources = Map<string, string[] | null>;

/** Where the capability names of one snapshot come from. */
export interface SnapshotCapabilityNames {
  /** The name sources of these capability refs. */
  capabilityNameSources(refs: Iterable<string>): CapabilityNameSources;
}

/**
 * The newest snapshot's capability names. The same object answers for as
 * long as that snapshot is the newest, so what is worked out from it can
 * be kept with it.
 */
export interface CapabilityNames {
  /** The newest snapshot's capability names. */
  capabilityNames(): Promise<SnapshotCapabilityNames>;
}
