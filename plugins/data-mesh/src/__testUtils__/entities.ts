/*
 * Catalog entities shaped like the Brightcart example organisation, for
 * entity card tests.
 */
import type { Entity } from '@backstage/catalog-model';

/** Order History: ports of every kind, a dangling upstream, consumers. */
export const dataProductEntity: Entity = {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'DataProduct',
  metadata: {
    name: 'order-history',
    namespace: 'default',
    title: 'Order History',
  },
  spec: {
    owner: 'group:checkout-team',
    domain: 'orders',
    type: 'source-aligned',
    lifecycle: 'active',
    inputPorts: [
      { name: 'events', dataProduct: 'orders-events', port: 'order-events' },
      { name: 'legacy', dataProduct: 'gone-product' },
      { name: 'erp', external: 'ERP nightly export' },
    ],
    outputPorts: [
      {
        name: 'order-lines',
        type: 'table',
        description: 'Order lines, one row per line',
        contract: {
          ref: 'https://contracts.example/orders/order-lines.odcs.yaml',
          standard: 'odcs',
        },
        containsPii: false,
        classification: 'internal',
        sla: { freshness: '1h', availability: '99.5%' },
      },
      {
        name: 'orders-daily',
        type: 'view',
        // eslint-disable-next-line no-script-url
        contract: { ref: 'javascript:alert(1)' },
        containsPii: true,
      },
      {
        name: 'orders-relative',
        type: 'file',
        contract: { ref: 'contracts/orders.odcs.yaml' },
      },
    ],
    requiresCapabilities: ['lakehouse-storage'],
  },
  relations: [
    {
      type: 'dataMeshDataProductConsumedBy',
      targetRef: 'usecase:default/checkout-conversion-dashboard',
    },
    { type: 'dependencyOf', targetRef: 'dataproduct:default/revenue' },
    { type: 'dependsOn', targetRef: 'dataproduct:default/orders-events' },
  ],
};

/** Order Events: part of the Orders domain. */
export const ordersEventsEntity: Entity = {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'DataProduct',
  metadata: {
    name: 'orders-events',
    namespace: 'default',
    title: 'Order Events',
  },
  spec: {
    owner: 'group:checkout-team',
    domain: 'orders',
    type: 'source-aligned',
    lifecycle: 'active',
  },
  relations: [{ type: 'partOf', targetRef: 'domain:default/orders' }],
};

/** The Orders domain. */
export const ordersDomainEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Domain',
  metadata: { name: 'orders', namespace: 'default', title: 'Orders' },
  spec: { type: 'source-aligned', owner: 'group:checkout-team' },
};

/** A live use case consuming one port and one missing product. */
export const usecase: Entity = {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'UseCase',
  metadata: {
    name: 'checkout-conversion-dashboard',
    namespace: 'default',
    title: 'Checkout Conversion Dashboard',
  },
  spec: {
    owner: 'group:checkout-team',
    domain: 'orders',
    status: 'live',
    consumes: ['order-history#order-lines', 'missing-product'],
    requiresCapabilities: ['bi-dashboards'],
  },
};
