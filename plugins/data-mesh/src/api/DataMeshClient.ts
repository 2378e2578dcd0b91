import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  CapabilitiesResponse,
  CapabilityDemandResponse,
  CapabilityResponse,
  DanglingReferencesResponse,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
  PageRequest,
  PhaseHistoryResponse,
  PhaseResponse,
  StatusResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  CapabilitiesOptions,
  CapabilityDemandOptions,
  DataMeshApi,
  DomainsOptions,
  EntityRefLike,
  PhaseHistoryOptions,
  PhaseScope,
} from './DataMeshApi';

/** The plugin id the backend is mounted under. */
const BACKEND_PLUGIN_ID = 'data-mesh';

type QueryValue = string | number | undefined;

/**
 * A query string of the values that are set. Values are sent as given: the
 * backend validates every parameter against its OpenAPI document and
 * answers 400 naming the one it rejects, so the client does not repeat
 * those rules.
 */
function queryString(params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function pageParams(page: PageRequest = {}): Record<string, QueryValue> {
  return { limit: page.limit, offset: page.offset };
}

function dayParam(value: Date | string | undefined): string | undefined {
  return value instanceof Date ? value.toISOString() : value;
}

/** Path segments, each encoded: names may hold characters URLs reserve. */
function path(...segments: string[]): string {
  return segments.map(segment => `/${encodeURIComponent(segment)}`).join('');
}

/** `kind/namespace/name` of an entity, as the entity routes take them. */
function entityPath(entityRef: EntityRefLike): string {
  const ref = parseEntityRef(entityRef);
  return path(ref.kind, ref.namespace, ref.name);
}

/** `namespace/name` of a capability; its kind is implied by the route. */
function capabilityPath(capabilityRef: EntityRefLike): string {
  const ref = parseEntityRef(capabilityRef, {
    defaultKind: 'PlatformCapability',
  });
  return path(ref.namespace, ref.name);
}

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
  async getPhase(options: { scope: PhaseScope }): Promise<PhaseResponse> {
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
