import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { dataMeshApiFactory } from '../api/dataMeshApiFactory';
import { rootRouteRef } from '../routes';

/**
 * The Data Mesh Portfolio plugin for the legacy frontend system.
 *
 * @public
 */
export const dataMeshPlugin = createPlugin({
  id: 'data-mesh',
  apis: [dataMeshApiFactory],
  routes: { root: rootRouteRef },
});

/**
 * The portfolio page: overview, capability demand and the platform view.
 * Mount it at `/data-mesh`.
 *
 * @public
 */
export const DataMeshPage: () => JSX.Element = dataMeshPlugin.provide(
  createRoutableExtension({
    name: 'DataMeshPage',
    component: () =>
      import('../components/DataMeshPage/DataMeshPage').then(
        m => m.DataMeshPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/** A lazily loaded entity card or tab of the plugin. */
function entityCard(name: string, load: () => Promise<() => JSX.Element>) {
  return dataMeshPlugin.provide(
    createComponentExtension({ name, component: { lazy: load } }),
  );
}

/**
 * Domain entity page: the domain's phase card.
 *
 * @public
 */
export const EntityDomainPhaseCard = entityCard('EntityDomainPhaseCard', () =>
  import('../components/entity/DomainPhaseCard').then(m => m.DomainPhaseCard),
);

/**
 * Group entity page: the group's phase as a business unit (the domains
 * owned within its subtree) with its S-curve and forecast; a plain note on
 * groups that own no domain.
 *
 * @public
 */
export const EntityGroupPhaseCard: () => JSX.Element | null =
  dataMeshPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupPhaseCard',
      component: {
        // It renders nothing where the backend takes no group scopes.
        lazy: () =>
          import('../components/entity/GroupPhaseCard').then(
            m => m.GroupPhaseCard,
          ),
      },
    }),
  );

/**
 * Domain entity page: the domain's data products.
 *
 * @public
 */
export const EntityDomainDataProductsCard = entityCard(
  'EntityDomainDataProductsCard',
  () =>
    import('../components/entity/DomainDataProductsCard').then(
      m => m.DomainDataProductsCard,
    ),
);

/**
 * Domain entity page: a "Data mesh" tab with phase, S-curve and products.
 *
 * @public
 */
export const EntityDomainDataMeshContent = entityCard(
  'EntityDomainDataMeshContent',
  () =>
    import('../components/entity/DomainDataMeshContent').then(
      m => m.DomainDataMeshContent,
    ),
);

/**
 * DataProduct entity page: the description block (purpose, usage,
 * limitations), or a sentence saying there is none.
 *
 * @public
 */
export const EntityDataProductDescriptionCard = entityCard(
  'EntityDataProductDescriptionCard',
  () =>
    import('../components/entity/DataProductDescriptionCard').then(
      m => m.DataProductDescriptionCard,
    ),
);

/**
 * DataProduct entity page: input ports and lineage.
 *
 * @public
 */
export const EntityDataProductInputPortsCard = entityCard(
  'EntityDataProductInputPortsCard',
  () =>
    import('../components/entity/DataProductInputPortsCard').then(
      m => m.DataProductInputPortsCard,
    ),
);

/**
 * DataProduct entity page: output ports with contract, PII,
 * classification and service levels.
 *
 * @public
 */
export const EntityDataProductOutputPortsCard = entityCard(
  'EntityDataProductOutputPortsCard',
  () =>
    import('../components/entity/DataProductOutputPortsCard').then(
      m => m.DataProductOutputPortsCard,
    ),
);

/**
 * DataProduct entity page: consuming use cases and downstream products.
 *
 * @public
 */
export const EntityDataProductConsumersCard = entityCard(
  'EntityDataProductConsumersCard',
  () =>
    import('../components/entity/DataProductConsumersCard').then(
      m => m.DataProductConsumersCard,
    ),
);

/**
 * DataProduct and UseCase entity pages: needed platform capabilities and
 * the ones not available yet.
 *
 * @public
 */
export const EntityCapabilityNeedsCard = entityCard(
  'EntityCapabilityNeedsCard',
  () =>
    import('../components/entity/EntityCapabilityNeedsCard').then(
      m => m.EntityCapabilityNeedsCard,
    ),
);

/**
 * UseCase entity page: the consumed data products.
 *
 * @public
 */
export const EntityUseCaseConsumedProductsCard = entityCard(
  'EntityUseCaseConsumedProductsCard',
  () =>
    import('../components/entity/UseCaseConsumedProductsCard').then(
      m => m.UseCaseConsumedProductsCard,
    ),
);

/**
 * PlatformCapability entity page: who needs it and through what.
 *
 * @public
 */
export const EntityCapabilityDemandCard = entityCard(
  'EntityCapabilityDemandCard',
  () =>
    import('../components/entity/CapabilityDemandCard').then(
      m => m.CapabilityDemandCard,
    ),
);

/**
 * API entity page of an `odcs` API: the contract's versions with their
 * changes, and whom a breaking change reaches.
 *
 * @public
 */
export const EntityContractChangesCard = entityCard(
  'EntityContractChangesCard',
  () =>
    import('../components/contracts/ContractChangesCard').then(
      m => m.ContractChangesCard,
    ),
);

/**
 * UseCase and DataProduct entity pages: the breaking contract changes that
 * reach the entity; renders nothing when none does.
 *
 * @public
 */
export const EntityContractRisksCard: () => JSX.Element | null =
  dataMeshPlugin.provide(
    createComponentExtension({
      name: 'EntityContractRisksCard',
      component: {
        lazy: () =>
          import('../components/entity/ContractRisksCard').then(
            m => m.ContractRisksCard,
          ),
      },
    }),
  );
