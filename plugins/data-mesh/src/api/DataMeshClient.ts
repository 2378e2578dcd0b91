import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
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
import type {
  BusinessUnitsOptions,
  CapabilitiesOptions,
  CapabilityDemandOptions,
  ContractImpactOptions,
  ContractRisksOptions,
  ContractVersionsOptions,
  DataMeshApi,
  DomainsOptions,
  EntityRefLike,
  PhaseHistoryOptions,
  PhaseScope,
  RoadmapOptions,
  RoadmapUseCasesOptions,
  UseCaseCellOptions,
} from './DataMeshApi';
import {
  type GetRoute,
  type RouteAnswer,
  type RouteRequest,
  apiParams,
  capabilityParams,
  dayParam,
  entityParams,
  routeUrl,
} from './apiRoutes';

/** The plugin id the backend is mounted under. */
const BACKEND_PLUGIN_ID = 'data-mesh';

/** Only the paging fields of a request. */
function pageQuery(page: PageRequest = {}) {
  return { limit: page.limit, offset: page.offset };
}

/**
 * The default {@link DataMeshApi}: talks to the backend through the app's
 * fetch API, which adds the signed-in user's token to every request. Each
 * method names a route of the OpenAPI document; its parameters and its
 * answer are typed from the document, and options that are a route's query
 * are sent as they are, in the order given.
 *
 * @public
 */
export class DataMeshClient implements DataMeshApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  /** {@inheritDoc DataMeshApi.getPhase} */
  async getPhase(options: { scope: PhaseScope }): Promise<ScopePhaseResponse> {
    return this.#get('/phase', { query: { scope: options.scope } });
  }

  /** {@inheritDoc DataMeshApi.getPhaseHistory} */
  async getPhaseHistory(
    options: PhaseHistoryOptions,
  ): Promise<PhaseHistoryResponse> {
    return this.#get('/phase/history', {
      query: {
        scope: options.scope,
        from: dayParam(options.from),
        to: dayParam(options.to),
        ...pageQuery(options),
      },
    });
  }

  /** {@inheritDoc DataMeshApi.getDomains} */
  async getDomains(options: DomainsOptions = {}): Promise<DomainsResponse> {
    return this.#get('/domains', { query: options });
  }

  /** {@inheritDoc DataMeshApi.getCapabilities} */
  async getCapabilities(
    options: CapabilitiesOptions = {},
  ): Promise<CapabilitiesResponse> {
    return this.#get('/capabilities', { query: options });
  }

  /** {@inheritDoc DataMeshApi.getCapability} */
  async getCapability(
    capabilityRef: EntityRefLike,
  ): Promise<CapabilityResponse> {
    return this.#get('/capabilities/{namespace}/{name}', {
      path: capabilityParams(capabilityRef),
    });
  }

  /** {@inheritDoc DataMeshApi.getCapabilityDemand} */
  async getCapabilityDemand(
    capabilityRef: EntityRefLike,
    options: CapabilityDemandOptions = {},
  ): Promise<CapabilityDemandResponse> {
    return this.#get('/capabilities/{namespace}/{name}/demand', {
      path: capabilityParams(capabilityRef),
      query: options,
    });
  }

  /** {@inheritDoc DataMeshApi.getCapabilityDomains} */
  async getCapabilityDomains(
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse> {
    return this.#get('/capabilities/{namespace}/{name}/domains', {
      path: capabilityParams(capabilityRef),
      query: pageQuery(page),
    });
  }

  /** {@inheritDoc DataMeshApi.getCapabilityDataProducts} */
  async getCapabilityDataProducts(
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse> {
    return this.#get('/capabilities/{namespace}/{name}/data-products', {
      path: capabilityParams(capabilityRef),
      query: pageQuery(page),
    });
  }

  /** {@inheritDoc DataMeshApi.getEntityCapabilities} */
  async getEntityCapabilities(
    entityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityCapabilitiesResponse> {
    return this.#get('/entities/{kind}/{namespace}/{name}/capabilities', {
      path: entityParams(entityRef),
      query: pageQuery(page),
    });
  }

  /** {@inheritDoc DataMeshApi.getEntityCapabilityDataProducts} */
  async getEntityCapabilityDataProducts(
    entityRef: EntityRefLike,
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse> {
    const capability = capabilityParams(capabilityRef);
    return this.#get(
      '/entities/{kind}/{namespace}/{name}/capabilities/{capabilityNamespace}/{capabilityName}/data-products',
      {
        path: {
          ...entityParams(entityRef),
          capabilityNamespace: capability.namespace,
          capabilityName: capability.name,
        },
        query: pageQuery(page),
      },
    );
  }

  /** {@inheritDoc DataMeshApi.getDanglingReferences} */
  async getDanglingReferences(
    page?: PageRequest,
  ): Promise<DanglingReferencesResponse> {
    return this.#get('/references/dangling', { query: pageQuery(page) });
  }

  /** {@inheritDoc DataMeshApi.getUseCasePortfolio} */
  async getUseCasePortfolio(): Promise<UseCasePortfolioResponse> {
    return this.#get('/use-cases', {});
  }

  /** {@inheritDoc DataMeshApi.getUseCaseCell} */
  async getUseCaseCell(
    options: UseCaseCellOptions,
  ): Promise<UseCasePortfolioPageResponse> {
    return this.#get('/use-cases/cell', { query: options });
  }

  /** {@inheritDoc DataMeshApi.getUnratedUseCases} */
  async getUnratedUseCases(
    page?: PageRequest,
  ): Promise<UseCasePortfolioPageResponse> {
    return this.#get('/use-cases/unrated', { query: pageQuery(page) });
  }

  /** {@inheritDoc DataMeshApi.getComplementaryUseCases} */
  async getComplementaryUseCases(
    page?: PageRequest,
  ): Promise<ComplementaryUseCasesResponse> {
    return this.#get('/use-cases/complementary', { query: pageQuery(page) });
  }

  /** {@inheritDoc DataMeshApi.getRoadmap} */
  async getRoadmap(options: RoadmapOptions = {}): Promise<RoadmapResponse> {
    return this.#get('/roadmap', { query: options });
  }

  /** {@inheritDoc DataMeshApi.getDeprecatedNeeds} */
  async getDeprecatedNeeds(
    page?: PageRequest,
  ): Promise<DeprecatedNeedsResponse> {
    return this.#get('/roadmap/deprecated', { query: pageQuery(page) });
  }

  /** {@inheritDoc DataMeshApi.getRoadmapUseCases} */
  async getRoadmapUseCases(
    capabilityRef: EntityRefLike,
    options: RoadmapUseCasesOptions = {},
  ): Promise<RoadmapUseCasesResponse> {
    return this.#get('/roadmap/{namespace}/{name}/use-cases', {
      path: capabilityParams(capabilityRef),
      query: options,
    });
  }

  /** {@inheritDoc DataMeshApi.getBusinessUnits} */
  async getBusinessUnits(
    options: BusinessUnitsOptions = {},
  ): Promise<BusinessUnitsResponse> {
    return this.#get('/business-units', { query: options });
  }

  /** {@inheritDoc DataMeshApi.getContractVersions} */
  async getContractVersions(
    apiRef: EntityRefLike,
    options: ContractVersionsOptions = {},
  ): Promise<ContractVersionsResponse> {
    return this.#get('/contracts/{namespace}/{name}/versions', {
      path: apiParams(apiRef),
      query: options,
    });
  }

  /** {@inheritDoc DataMeshApi.getContractImpact} */
  async getContractImpact(
    apiRef: EntityRefLike,
    options: ContractImpactOptions = {},
  ): Promise<ContractImpactResponse> {
    return this.#get('/contracts/{namespace}/{name}/impact', {
      path: apiParams(apiRef),
      query: options,
    });
  }

  /** {@inheritDoc DataMeshApi.getEntityContractRisks} */
  async getEntityContractRisks(
    entityRef: EntityRefLike,
    options: ContractRisksOptions = {},
  ): Promise<ContractRisksResponse> {
    return this.#get('/entities/{kind}/{namespace}/{name}/contract-risks', {
      path: entityParams(entityRef),
      query: options,
    });
  }

  /** {@inheritDoc DataMeshApi.getStatus} */
  async getStatus(): Promise<StatusResponse> {
    return this.#get('/status', {});
  }

  /** {@inheritDoc DataMeshApi.requestRefresh} */
  async requestRefresh(): Promise<void> {
    await this.#request('/refresh', { method: 'POST' });
  }

  async #get<P extends GetRoute>(
    route: P,
    request: RouteRequest<P>,
  ): Promise<RouteAnswer<P>> {
    const response = await this.#request(routeUrl(route, request));
    return (await response.json()) as RouteAnswer<P>;
  }

  async #request(pathAndQuery: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.#discoveryApi.getBaseUrl(BACKEND_PLUGIN_ID);
    const response = await this.#fetchApi.fetch(
      `${baseUrl}${pathAndQuery}`,
      init,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
