import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  BusinessUnitsResponse,
  CapabilitiesResponse,
  CapabilityDemandGroup,
  CapabilityDemandResponse,
  CapabilityResponse,
  CapabilityStatus,
  ComplementaryUseCasesResponse,
  DanglingReferencesResponse,
  DataMeshPhase,
  DeprecatedNeedsResponse,
  DomainSortField,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
  Level,
  PageRequest,
  PhaseHistoryResponse,
  RoadmapResponse,
  RoadmapUseCasesResponse,
  ScopePhaseResponse,
  StatusResponse,
  UseCasePortfolioPageResponse,
  UseCasePortfolioResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * What a phase assessment is about: the whole organisation, one domain
 * given by its entity reference (for example `domain:default/orders`), or
 * one business unit given by its group's (`group:default/retail`).
 *
 * @public
 */
export type PhaseScope = 'organization' | string;

/**
 * An entity reference, as a string (`kind:namespace/name`) or compound.
 *
 * @public
 */
export type EntityRefLike = CompoundEntityRef | string;

/**
 * The two audiences of the capability demand view.
 *
 * @public
 */
export type CapabilitiesView = 'teams' | 'platform';

/**
 * A status to narrow the capability list to: an entity status, or
 * `not-offered` for demanded capabilities without an entity.
 *
 * @public
 */
export type CapabilityStatusFilter = CapabilityStatus | 'not-offered';

/**
 * Options of {@link DataMeshApi.getPhaseHistory}.
 *
 * @public
 */
export interface PhaseHistoryOptions extends PageRequest {
  /** The organisation, or a domain's entity reference. */
  scope: PhaseScope;
  /** First day to return (inclusive): a Date, `YYYY-MM-DD` or an ISO timestamp. */
  from?: Date | string;
  /** Last day to return (inclusive): a Date, `YYYY-MM-DD` or an ISO timestamp. */
  to?: Date | string;
}

/**
 * Options of {@link DataMeshApi.getDomains}: a page, its order and filters.
 *
 * @public
 */
export interface DomainsOptions extends PageRequest {
  /** What to sort by; the backend sorts by title when unset. */
  sort?: DomainSortField;
  /** Sort direction; ascending when unset. */
  order?: 'asc' | 'desc';
  /** Only domains whose title or ref contains this text. */
  q?: string;
  /** Only domains in this phase. */
  phase?: DataMeshPhase;
  /** Only domains of this archetype (`spec.type`). */
  archetype?: string;
}

/**
 * Options of {@link DataMeshApi.getCapabilities}.
 *
 * @public
 */
export interface CapabilitiesOptions extends PageRequest {
  /**
   * `teams` (the default) lists only demanded capabilities; `platform` adds
   * the ones nobody needs, emerging-only and not-offered ones, and needs the
   * platform-view permission.
   */
  view?: CapabilitiesView;
  /** Only capabilities of this category (for example `ingestion`). */
  category?: string;
  /** Only capabilities with this status. */
  status?: CapabilityStatusFilter;
  /** Only one group of the platform view. */
  group?: CapabilityDemandGroup;
}

/**
 * Options of {@link DataMeshApi.getCapabilityDemand}.
 *
 * @public
 */
export interface CapabilityDemandOptions extends PageRequest {
  /** `real` (committed or live use cases, the default) or `emerging` (proposed). */
  demand?: 'real' | 'emerging';
}

/**
 * Options of {@link DataMeshApi.getUseCaseCell}: which cell of the value ×
 * complexity matrix, and which page of its use cases.
 *
 * @public
 */
export interface UseCaseCellOptions extends PageRequest {
  /** The value of the cell's use cases. */
  value: Level;
  /** The complexity of the cell's use cases. */
  complexity: Level;
}

/**
 * Options of {@link DataMeshApi.getRoadmapUseCases}.
 *
 * @public
 */
export interface RoadmapUseCasesOptions extends PageRequest {
  /**
   * `fully` (the default): the use cases for which the capability is the
   * last one missing; `partly`: those that lack others as well.
   */
  unblocks?: 'fully' | 'partly';
}

/**
 * Options of {@link DataMeshApi.getBusinessUnits}.
 *
 * @public
 */
export interface BusinessUnitsOptions extends PageRequest {
  /**
   * `top` (the default): the units directly below a root group; `all`:
   * every group whose subtree owns domains.
   */
  level?: 'top' | 'all';
}

/**
 * Client of the Data Mesh Portfolio backend (`/api/data-mesh`). Every list
 * is a page; long lists inside an item are samples with a count, and the
 * drill-down methods page through them.
 *
 * @public
 */
export interface DataMeshApi {
  /** The phase assessment of a scope, with its adoption forecast. */
  getPhase(options: { scope: PhaseScope }): Promise<ScopePhaseResponse>;
  /** A page of a scope's daily phase history, oldest first. */
  getPhaseHistory(options: PhaseHistoryOptions): Promise<PhaseHistoryResponse>;
  /** A page of domains with their phase and what they hold. */
  getDomains(options?: DomainsOptions): Promise<DomainsResponse>;
  /** A page of capabilities and the demand for them, most demanded first. */
  getCapabilities(options?: CapabilitiesOptions): Promise<CapabilitiesResponse>;
  /** One capability and the demand for it. */
  getCapability(capabilityRef: EntityRefLike): Promise<CapabilityResponse>;
  /** A page of the use cases that need a capability, and how. */
  getCapabilityDemand(
    capabilityRef: EntityRefLike,
    options?: CapabilityDemandOptions,
  ): Promise<CapabilityDemandResponse>;
  /** A page of the domains involved in a capability's demand. */
  getCapabilityDomains(
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse>;
  /** A page of the data products that require a capability and real use cases read. */
  getCapabilityDataProducts(
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse>;
  /** A page of the capabilities a data product or use case needs. */
  getEntityCapabilities(
    entityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityCapabilitiesResponse>;
  /** A page of the upstream data products an entity needs a capability through. */
  getEntityCapabilityDataProducts(
    entityRef: EntityRefLike,
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse>;
  /** A page of references to entities the catalog does not hold. */
  getDanglingReferences(
    page?: PageRequest,
  ): Promise<DanglingReferencesResponse>;
  /** The use-case portfolio: the value × complexity matrix and the unrated. */
  getUseCasePortfolio(): Promise<UseCasePortfolioResponse>;
  /** A page of the use cases in one cell of the matrix. */
  getUseCaseCell(
    options: UseCaseCellOptions,
  ): Promise<UseCasePortfolioPageResponse>;
  /** A page of the use cases without a value or a complexity. */
  getUnratedUseCases(page?: PageRequest): Promise<UseCasePortfolioPageResponse>;
  /** A page of complementary use-case pairs, most similar first. */
  getComplementaryUseCases(
    page?: PageRequest,
  ): Promise<ComplementaryUseCasesResponse>;
  /** A page of the platform roadmap; needs the platform-view permission. */
  getRoadmap(page?: PageRequest): Promise<RoadmapResponse>;
  /** A page of deprecated capabilities real use cases still need. */
  getDeprecatedNeeds(page?: PageRequest): Promise<DeprecatedNeedsResponse>;
  /** A page of the use cases a roadmap capability would unblock. */
  getRoadmapUseCases(
    capabilityRef: EntityRefLike,
    options?: RoadmapUseCasesOptions,
  ): Promise<RoadmapUseCasesResponse>;
  /** A page of business units with their phase and recent adoption. */
  getBusinessUnits(
    options?: BusinessUnitsOptions,
  ): Promise<BusinessUnitsResponse>;
  /** How the scheduled recompute is doing. */
  getStatus(): Promise<StatusResponse>;
  /** Asks the backend to recompute the portfolio now. */
  requestRefresh(): Promise<void>;
}

/**
 * The utility API reference of {@link DataMeshApi}.
 *
 * @public
 */
export const dataMeshApiRef = createApiRef<DataMeshApi>().with({
  id: 'plugin.data-mesh.service',
  pluginId: 'data-mesh',
});
