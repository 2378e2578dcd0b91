import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
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
  DataMeshApi,
  DomainsOptions,
  EntityRefLike,
  PhaseHistoryOptions,
  PhaseScope,
  RoadmapUseCasesOptions,
  UseCaseCellOptions,
} from './DataMeshApi';
import {
  capabilityPath,
  dayParam,
  entityPath,
  pageParams,
  queryString,
} from './requestPaths';

/** The plugin id the backend is mounted under. */
const BACKEND_PLUGIN_ID = 'data-mesh';

/**
 * The default {@link DataMeshApi}: talks to the backend through the app's
 * fetch API, which adds the signed-in user's token to every request.
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
    return this.#getJson(`/phase${queryString({ scope: options.scope })}`);
  }

  /** {@inheritDoc DataMeshApi.getPhaseHistory} */
  async getPhaseHistory(
    options: PhaseHistoryOptions,
  ): Promise<PhaseHistoryResponse> {
    const query = queryString({
      scope: options.scope,
      from: dayParam(options.from),
      to: dayParam(options.to),
      ...pageParams(options),
    });
    return this.#getJson(`/phase/history${query}`);
  }

  /** {@inheritDoc DataMeshApi.getDomains} */
  async getDomains(options: DomainsOptions = {}): Promise<DomainsResponse> {
    const { sort, order, q, phase, archetype } = options;
    const query = queryString({
      ...pageParams(options),
      sort,
      order,
      q,
      phase,
      archetype,
    });
    return this.#getJson(`/domains${query}`);
  }

  /** {@inheritDoc DataMeshApi.getCapabilities} */
  async getCapabilities(
    options: CapabilitiesOptions = {},
  ): Promise<CapabilitiesResponse> {
    const { view, category, status, group } = options;
    const query = queryString({
      view,
      category,
      status,
      group,
      ...pageParams(options),
    });
    return this.#getJson(`/capabilities${query}`);
  }

  /** {@inheritDoc DataMeshApi.getCapability} */
  async getCapability(
    capabilityRef: EntityRefLike,
  ): Promise<CapabilityResponse> {
    return this.#getJson(`/capabilities${capabilityPath(capabilityRef)}`);
  }

  /** {@inheritDoc DataMeshApi.getCapabilityDemand} */
  async getCapabilityDemand(
    capabilityRef: EntityRefLike,
    options: CapabilityDemandOptions = {},
  ): Promise<CapabilityDemandResponse> {
    const query = queryString({
      demand: options.demand,
      ...pageParams(options),
    });
    return this.#getJson(
      `/capabilities${capabilityPath(capabilityRef)}/demand${query}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getCapabilityDomains} */
  async getCapabilityDomains(
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse> {
    return this.#getJson(
      `/capabilities${capabilityPath(capabilityRef)}/domains${queryString(
        pageParams(page),
      )}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getCapabilityDataProducts} */
  async getCapabilityDataProducts(
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse> {
    return this.#getJson(
      `/capabilities${capabilityPath(capabilityRef)}/data-products${queryString(
        pageParams(page),
      )}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getEntityCapabilities} */
  async getEntityCapabilities(
    entityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityCapabilitiesResponse> {
    return this.#getJson(
      `/entities${entityPath(entityRef)}/capabilities${queryString(
        pageParams(page),
      )}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getEntityCapabilityDataProducts} */
  async getEntityCapabilityDataProducts(
    entityRef: EntityRefLike,
    capabilityRef: EntityRefLike,
    page?: PageRequest,
  ): Promise<EntityRefsResponse> {
    return this.#getJson(
      `/entities${entityPath(entityRef)}/capabilities${capabilityPath(
        capabilityRef,
      )}/data-products${queryString(pageParams(page))}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getDanglingReferences} */
  async getDanglingReferences(
    page?: PageRequest,
  ): Promise<DanglingReferencesResponse> {
    return this.#getJson(
      `/references/dangling${queryString(pageParams(page))}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getUseCasePortfolio} */
  async getUseCasePortfolio(): Promise<UseCasePortfolioResponse> {
    return this.#getJson('/use-cases');
  }

  /** {@inheritDoc DataMeshApi.getUseCaseCell} */
  async getUseCaseCell(
    options: UseCaseCellOptions,
  ): Promise<UseCasePortfolioPageResponse> {
    const query = queryString({
      value: options.value,
      complexity: options.complexity,
      ...pageParams(options),
    });
    return this.#getJson(`/use-cases/cell${query}`);
  }

  /** {@inheritDoc DataMeshApi.getUnratedUseCases} */
  async getUnratedUseCases(
    page?: PageRequest,
  ): Promise<UseCasePortfolioPageResponse> {
    return this.#getJson(`/use-cases/unrated${queryString(pageParams(page))}`);
  }

  /** {@inheritDoc DataMeshApi.getComplementaryUseCases} */
  async getComplementaryUseCases(
    page?: PageRequest,
  ): Promise<ComplementaryUseCasesResponse> {
    return this.#getJson(
      `/use-cases/complementary${queryString(pageParams(page))}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getRoadmap} */
  async getRoadmap(page?: PageRequest): Promise<RoadmapResponse> {
    return this.#getJson(`/roadmap${queryString(pageParams(page))}`);
  }

  /** {@inheritDoc DataMeshApi.getDeprecatedNeeds} */
  async getDeprecatedNeeds(
    page?: PageRequest,
  ): Promise<DeprecatedNeedsResponse> {
    return this.#getJson(`/roadmap/deprecated${queryString(pageParams(page))}`);
  }

  /** {@inheritDoc DataMeshApi.getRoadmapUseCases} */
  async getRoadmapUseCases(
    capabilityRef: EntityRefLike,
    options: RoadmapUseCasesOptions = {},
  ): Promise<RoadmapUseCasesResponse> {
    const query = queryString({
      unblocks: options.unblocks,
      ...pageParams(options),
    });
    return this.#getJson(
      `/roadmap${capabilityPath(capabilityRef)}/use-cases${query}`,
    );
  }

  /** {@inheritDoc DataMeshApi.getBusinessUnits} */
  async getBusinessUnits(
    options: BusinessUnitsOptions = {},
  ): Promise<BusinessUnitsResponse> {
    const query = queryString({ level: options.level, ...pageParams(options) });
    return this.#getJson(`/business-units${query}`);
  }

  /** {@inheritDoc DataMeshApi.getStatus} */
  async getStatus(): Promise<StatusResponse> {
    return this.#getJson('/status');
  }

  /** {@inheritDoc DataMeshApi.requestRefresh} */
  async requestRefresh(): Promise<void> {
    await this.#request('/refresh', { method: 'POST' });
  }

  async #getJson<T>(pathAndQuery: string): Promise<T> {
    const response = await this.#request(pathAndQuery);
    return (await response.json()) as T;
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
