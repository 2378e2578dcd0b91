import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  CapabilitiesResponse,
  CapabilityStatus,
  DomainsResponse,
  EntityCapabilitiesResponse,
  PhaseHistoryResponse,
  PhaseResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * What a phase assessment is about: the whole organisation, or one domain
 * given by its entity reference (for example `domain:default/orders`).
 *
 * @public
 */
export type PhaseScope = 'organization' | string;

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
export interface PhaseHistoryOptions {
  scope: PhaseScope;
  /** Earliest snapshot to return (inclusive). */
  from?: Date | string;
  /** Latest snapshot to return (inclusive). */
  to?: Date | string;
}

/**
 * Options of {@link DataMeshApi.getCapabilities}.
 *
 * @public
 */
export interface CapabilitiesOptions {
  /**
   * `teams` lists only demanded capabilities; `platform` adds the ones
   * nobody needs, emerging-only and not-offered ones, and needs the
   * platform-view permission.
   */
  view: CapabilitiesView;
  /** Only capabilities of this category (for example `ingestion`). */
  category?: string;
  /** Only capabilities with this status. */
  status?: CapabilityStatusFilter;
}

/**
 * Kinds that the entity capabilities route answers for.
 *
 * @public
 */
export type CapabilityNeedingKind = 'DataProduct' | 'UseCase';

/**
 * Client of the Data Mesh Portfolio backend (`/api/data-mesh`).
 *
 * @public
 */
export interface DataMeshApi {
  /** The phase assessment of a scope. */
  getPhase(options: { scope: PhaseScope }): Promise<PhaseResponse>;
  /** The stored snapshots of a scope's phase assessment, oldest first. */
  getPhaseHistory(options: PhaseHistoryOptions): Promise<PhaseHistoryResponse>;
  /** Every domain's phase assessment and what the domain holds. */
  getDomains(): Promise<DomainsResponse>;
  /** Capability demand, for teams or for the platform team. */
  getCapabilities(options: CapabilitiesOptions): Promise<CapabilitiesResponse>;
  /** The capabilities a data product or use case needs, and their status. */
  getEntityCapabilities(
    entityRef: CompoundEntityRef | string,
  ): Promise<EntityCapabilitiesResponse>;
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
