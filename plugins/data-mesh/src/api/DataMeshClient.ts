import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { InputError, ResponseError } from '@backstage/errors';
import {
  CAPABILITY_STATUSES,
  CapabilitiesResponse,
  DomainsResponse,
  EntityCapabilitiesResponse,
  PhaseHistoryResponse,
  PhaseResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  CapabilitiesOptions,
  CapabilityNeedingKind,
  CapabilityStatusFilter,
  DataMeshApi,
  PhaseHistoryOptions,
  PhaseScope,
} from './DataMeshApi';

/** The plugin id the backend is mounted under. */
const BACKEND_PLUGIN_ID = 'data-mesh';

/** Categories are free text, but a runaway value is a bug, not a filter. */
const MAX_CATEGORY_LENGTH = 100;

const CAPABILITY_NEEDING_KINDS: Record<string, CapabilityNeedingKind> = {
  dataproduct: 'DataProduct',
  usecase: 'UseCase',
};

const STATUS_FILTERS: readonly CapabilityStatusFilter[] = [
  ...CAPABILITY_STATUSES,
  'not-offered',
];

/**
 * Turns a scope into the form the backend expects: `organization`, or a
 * canonical `domain:namespace/name` reference.
 */
function normalizeScope(scope: PhaseScope): string {
  if (scope === 'organization') {
    return scope;
  }
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(scope, { defaultKind: 'domain' });
  } catch (error) {
    throw new InputError(
      `Invalid scope "${scope}": expected "organization" or a domain entity reference`,
      error,
    );
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'domain') {
    throw new InputError(
      `Invalid scope "${scope}": only domains have a phase, not kind ${ref.kind}`,
    );
  }
  return stringifyEntityRef(ref);
}

function toIsoDate(value: Date | string, name: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`Invalid ${name} date "${String(value)}"`);
  }
  return date.toISOString();
}

function capabilityQuery(options: CapabilitiesOptions): URLSearchParams {
  if (options.view !== 'teams' && options.view !== 'platform') {
    throw new InputError(
      `Invalid view "${String(options.view)}": expected "teams" or "platform"`,
    );
  }
  const query = new URLSearchParams({ view: options.view });
  if (options.category !== undefined) {
    const category = options.category.trim();
    if (!category || category.length > MAX_CATEGORY_LENGTH) {
      throw new InputError(
        `Invalid category: expected 1 to ${MAX_CATEGORY_LENGTH} characters`,
      );
    }
    query.set('category', category);
  }
  if (options.status !== undefined) {
    if (!STATUS_FILTERS.includes(options.status)) {
      throw new InputError(
        `Invalid status "${String(
          options.status,
        )}": expected one of ${STATUS_FILTERS.join(', ')}`,
      );
    }
    query.set('status', options.status);
  }
  return query;
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

  async getPhase(options: { scope: PhaseScope }): Promise<PhaseResponse> {
    const query = new URLSearchParams({ scope: normalizeScope(options.scope) });
    return this.#getJson(`/phase?${query}`);
  }

  async getPhaseHistory(
    options: PhaseHistoryOptions,
  ): Promise<PhaseHistoryResponse> {
    const query = new URLSearchParams({ scope: normalizeScope(options.scope) });
    if (options.from !== undefined) {
      query.set('from', toIsoDate(options.from, 'from'));
    }
    if (options.to !== undefined) {
      query.set('to', toIsoDate(options.to, 'to'));
    }
    return this.#getJson(`/phase/history?${query}`);
  }

  async getDomains(): Promise<DomainsResponse> {
    return this.#getJson('/domains');
  }

  async getCapabilities(
    options: CapabilitiesOptions,
  ): Promise<CapabilitiesResponse> {
    return this.#getJson(`/capabilities?${capabilityQuery(options)}`);
  }

  async getEntityCapabilities(
    entityRef: CompoundEntityRef | string,
  ): Promise<EntityCapabilitiesResponse> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    const kind = CAPABILITY_NEEDING_KINDS[ref.kind.toLocaleLowerCase('en-US')];
    if (!kind) {
      throw new InputError(
        `Capability needs exist only for DataProduct and UseCase entities, not ${ref.kind}`,
      );
    }
    const path = [kind, ref.namespace, ref.name]
      .map(segment => encodeURIComponent(segment))
      .join('/');
    return this.#getJson(`/entities/${path}/capabilities`);
  }

  async requestRefresh(): Promise<void> {
    await this.#request('/refresh', { method: 'POST' });
  }

  async #getJson<T>(path: string): Promise<T> {
    const response = await this.#request(path);
    return (await response.json()) as T;
  }

  async #request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.#discoveryApi.getBaseUrl(BACKEND_PLUGIN_ID);
    const response = await this.#fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
