/*
 * Entity page cards and tabs. Filters are predicate objects (string filters
 * are deprecated); kinds compare case-insensitively.
 */
import { compatWrapper } from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';

/** Domain: the domain's phase card. */
export const domainPhaseCard = EntityCardBlueprint.make({
  name: 'domain-phase',
  params: {
    filter: { kind: 'Domain' },
    loader: () =>
      import('../components/entity/DomainPhaseCard').then(m =>
        compatWrapper(<m.DomainPhaseCard />),
      ),
  },
});

/**
 * Group: its phase as a business unit, with its S-curve; a plain note on
 * groups that own no domain within their subtree.
 */
export const groupPhaseCard = EntityCardBlueprint.make({
  name: 'group-phase',
  params: {
    filter: { kind: 'group' },
    loader: () =>
      import('../components/entity/GroupPhaseCard').then(m =>
        compatWrapper(<m.GroupPhaseCard />),
      ),
  },
});

/** Domain: its data products. */
export const domainDataProductsCard = EntityCardBlueprint.make({
  name: 'domain-data-products',
  params: {
    filter: { kind: 'Domain' },
    loader: () =>
      import('../components/entity/DomainDataProductsCard').then(m =>
        compatWrapper(<m.DomainDataProductsCard />),
      ),
  },
});

/** Domain: a "Data mesh" tab with phase, S-curve and data products. */
export const domainDataMeshContent = EntityContentBlueprint.make({
  name: 'domain',
  params: {
    path: '/data-mesh',
    title: 'Data mesh',
    filter: { kind: 'Domain' },
    loader: () =>
      import('../components/entity/DomainDataMeshContent').then(m =>
        compatWrapper(<m.DomainDataMeshContent />),
      ),
  },
});

/** DataProduct: its description block (purpose, usage, limitations). */
export const dataProductDescriptionCard = EntityCardBlueprint.make({
  name: 'data-product-description',
  params: {
    filter: { kind: 'DataProduct' },
    loader: () =>
      import('../components/entity/DataProductDescriptionCard').then(m =>
        compatWrapper(<m.DataProductDescriptionCard />),
      ),
  },
});

/** DataProduct: input ports and lineage. */
export const dataProductInputPortsCard = EntityCardBlueprint.make({
  name: 'data-product-input-ports',
  params: {
    filter: { kind: 'DataProduct' },
    loader: () =>
      import('../components/entity/DataProductInputPortsCard').then(m =>
        compatWrapper(<m.DataProductInputPortsCard />),
      ),
  },
});

/** DataProduct: output ports. */
export const dataProductOutputPortsCard = EntityCardBlueprint.make({
  name: 'data-product-output-ports',
  params: {
    filter: { kind: 'DataProduct' },
    loader: () =>
      import('../components/entity/DataProductOutputPortsCard').then(m =>
        compatWrapper(<m.DataProductOutputPortsCard />),
      ),
  },
});

/** DataProduct: consuming use cases and downstream products. */
export const dataProductConsumersCard = EntityCardBlueprint.make({
  name: 'data-product-consumers',
  params: {
    filter: { kind: 'DataProduct' },
    loader: () =>
      import('../components/entity/DataProductConsumersCard').then(m =>
        compatWrapper(<m.DataProductConsumersCard />),
      ),
  },
});

/** DataProduct and UseCase: needed capabilities and gaps. */
export const capabilityNeedsCard = EntityCardBlueprint.make({
  name: 'capability-needs',
  params: {
    filter: { kind: { $in: ['DataProduct', 'UseCase'] } },
    loader: () =>
      import('../components/entity/EntityCapabilityNeedsCard').then(m =>
        compatWrapper(<m.EntityCapabilityNeedsCard />),
      ),
  },
});

/** UseCase: consumed data products. */
export const useCaseConsumedProductsCard = EntityCardBlueprint.make({
  name: 'use-case-consumed-products',
  params: {
    filter: { kind: 'UseCase' },
    loader: () =>
      import('../components/entity/UseCaseConsumedProductsCard').then(m =>
        compatWrapper(<m.UseCaseConsumedProductsCard />),
      ),
  },
});

/** PlatformCapability: who needs it and through what. */
export const capabilityDemandCard = EntityCardBlueprint.make({
  name: 'capability-demand',
  params: {
    filter: { kind: 'PlatformCapability' },
    loader: () =>
      import('../components/entity/CapabilityDemandCard').then(m =>
        compatWrapper(<m.CapabilityDemandCard />),
      ),
  },
});

/** API of type odcs: the contract's versions and whom a change reaches. */
export const contractChangesCard = EntityCardBlueprint.make({
  name: 'contract-changes',
  params: {
    filter: { kind: 'API', 'spec.type': 'odcs' },
    loader: () =>
      import('../components/contracts/ContractChangesCard').then(m =>
        compatWrapper(<m.ContractChangesCard />),
      ),
  },
});

/**
 * UseCase and DataProduct: the breaking contract changes that reach it;
 * nothing when none does.
 */
export const contractRisksCard = EntityCardBlueprint.make({
  name: 'contract-risks',
  params: {
    filter: { kind: { $in: ['DataProduct', 'UseCase'] } },
    loader: () =>
      import('../components/entity/ContractRisksCard').then(m =>
        compatWrapper(<m.ContractRisksCard />),
      ),
  },
});
