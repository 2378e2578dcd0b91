import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  ApiQuery,
  BusinessUnitsResponse,
  CapabilitiesResponse,
  CapabilityDemandResponse,
  CapabilityResponse,
  ComplementaryUseCasesResponse,
  ContractImpactResponse,
  ContractRisksResponse,
  ContractVersionsResponse,
  DanglingReferencesResponse,
  DeprecatedNeedsResponse,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
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
export type CapabilitiesView = NonNullable<CapabilitiesOptions['view']>;

/**
 * A status to narrow the capability list to: an entity status, or
 * `not-offered` for demanded capabilities without an entity.
 *
 * @public
 */
export type CapabilityStatusFilter = NonNullable<CapabilitiesOptions['status']>;

/**
 * Options of {@link DataMeshApi.getPhaseHistory}: the query of
 * `GET /phase/history`, where the day bounds may also be Dates.
 *
 * @public
 */
export type PhaseHistoryOptions = Omit<
  ApiQuery<'/phase/history'>,
  'from' | 'to'
> & {
  /** First day to return (inclusive): a Date, `YYYY-MM-DD` or an ISO timestamp. */
  from?: Date | string;
  /** Last day to return (inclusive): a Date, `YYYY-MM-DD` or an ISO timestamp. */
  to?: Date | string;
};

/**
 * Options of {@link DataMeshApi.getDomains}: a page, its order and filters,
 * as `GET /domains` takes them.
 *
 * @public
 */
export type DomainsOptions = ApiQuery<'/domains'>;

/**
 * Options of {@link DataMeshApi.getCapabilities}, as `GET /capabilities`
 * takes them.
 *
 * @public
 */
export type CapabilitiesOptions = ApiQuery<'/capabilities'>;

/**
 * Options of {@link DataMeshApi.getCapabilityDemand}, as
 * `GET /capabilities/{namespace}/{name}/demand` takes them.
 *
 * @public
 */
export type CapabilityDemandOptions =
  ApiQuery<'/capabilities/{namespace}/{name}/demand'>;

/**
 * Options of {@link DataMeshApi.getUseCaseCell}: which cell of the value ×
 * complexity matrix, and which page of its use cases.
 *
 * @public
 */
export type UseCaseCellOptions = ApiQuery<'/use-cases/cell'>;

/**
 * Options of {@link DataMeshApi.getRoadmap}, as `GET /roadmap` takes them.
 *
 * @public
 */
export type RoadmapOptions = ApiQuery<'/roadmap'>;

/**
 * Options of {@link DataMeshApi.getRoadmapUseCases}, as
 * `GET /roadmap/{namespace}/{name}/use-cases` takes them.
 *
 * @public
 */
export type RoadmapUseCasesOptions =
  ApiQuery<'/roadmap/{namespace}/{name}/use-cases'>;

/**
 * Options of {@link DataMeshApi.getBusinessUnits}, as `GET /business-units`
 * takes them.
 *
 * @public
 */
export type BusinessUnitsOptions = ApiQuery<'/business-units'>;

/**
 * Options of {@link DataMeshApi.getContractVersions}: a page, as
 * `GET /contracts/{namespace}/{name}/versions` takes it.
 *
 * @public
 */
export type ContractVersionsOptions =
  ApiQuery<'/contracts/{namespace}/{name}/versions'>;

/**
 * Options of {@link DataMeshApi.getContractImpact}: which version (the
 * newest breaking one when left out) and the page of each list, as
 * `GET /contracts/{namespace}/{name}/impact` takes them.
 *
 * @public
 */
export type ContractImpactOptions =
  ApiQuery<'/contracts/{namespace}/{name}/impact'>;

/**
 * Options of {@link DataMeshApi.getEntityContractRisks}, as
 * `GET /entities/{kind}/{namespace}/{name}/contract-risks` takes them.
 *
 * @public
 */
export type ContractRisksOptions =
  ApiQuery<'/entities/{kind}/{namespace}/{name}/contract-risks'>;

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
  getRoadmap(options?: RoadmapOptions): Promise<RoadmapResponse>;
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
  /** A page of a data contract's (an `odcs` API's) versions, newest first. */
  getContractVersions(
    apiRef: EntityRefLike,
    options?: ContractVersionsOptions,
  ): Promise<ContractVersionsResponse>;
  /** The use cases and data products a breaking change of a contract reaches. */
  getContractImpact(
    apiRef: EntityRefLike,
    options?: ContractImpactOptions,
  ): Promise<ContractImpactResponse>;
  /** A page of the breaking contract changes that reach a use case or data product. */
  getEntityContractRisks(
    entityRef: EntityRefLike,
    options?: ContractRisksOptions,
  ): Promise<ContractRisksResponse>;
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
