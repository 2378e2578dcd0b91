/*
 * Catalog entities of small organisations for component tests. The backend
 * answers in tests are computed from these by the portfolio logic itself
 * (see fakeDataMeshApi), so an answer cannot contradict another; the figures
 * tests expect are worked out by hand from the entities, in the comments.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from './entityBuilders';

/**
 * Brightcart, a small retailer. By hand:
 *
 * - 5 domains; 6 active products in orders, fulfilment and inventory, so 3
 *   adopting domains (60 %, late majority); 2 real use cases (checkout is
 *   live, recommendations committed). The organisation meets 3 of the 4
 *   scale criteria (real use cases: 2 of at least 3) and is in bootstrap.
 * - Fulfilment declares scale ("Inventory joins this quarter") but has no
 *   real use case, so it computes bootstrap. Orders computes scale.
 * - Demand: Lakehouse Storage is needed by checkout via order-history (and
 *   by the proposed delivery-sla-monitoring: emerging); Stream Processing by
 *   checkout via orders-events, upstream of order-history; BI Dashboards by
 *   checkout directly; ml-training (no entity) by recommendations, directly
 *   and via campaign-audience. GPU Notebooks has emerging demand only; Data
 *   Catalog Search has none.
 */
export const brightcart: Entity[] = [
  group('checkout-team'),
  group('logistics-team'),
  group('marketing-team'),
  group('finance-team'),
  domain('orders', 'checkout-team', { title: 'Orders' }),
  domain('fulfilment', 'logistics-team', {
    title: 'Fulfilment',
    declared: { phase: 'scale', reason: 'Inventory joins this quarter' },
  }),
  domain('inventory', 'logistics-team', {
    title: 'Inventory',
    subdomainOf: 'fulfilment',
  }),
  domain('marketing', 'marketing-team', { title: 'Marketing' }),
  domain('finance', 'finance-team', { title: 'Finance' }),
  dataProduct('orders-events', {
    domain: 'orders',
    owner: 'checkout-team',
    caps: ['stream-processing'],
  }),
  dataProduct('order-history', {
    domain: 'orders',
    owner: 'checkout-team',
    upstream: ['orders-events'],
    caps: ['lakehouse-storage'],
  }),
  dataProduct('order-lines-daily', {
    domain: 'orders',
    owner: 'checkout-team',
    upstream: ['order-history'],
  }),
  dataProduct('shipments', {
    domain: 'fulfilment',
    owner: 'logistics-team',
    caps: ['lakehouse-storage'],
  }),
  dataProduct('delivery-times', {
    domain: 'fulfilment',
    owner: 'logistics-team',
    upstream: ['shipments'],
  }),
  dataProduct('stock-levels', {
    domain: 'inventory',
    owner: 'logistics-team',
    upstream: ['shipments'],
  }),
  dataProduct('campaign-audience', {
    domain: 'marketing',
    owner: 'marketing-team',
    lifecycle: 'draft',
    caps: ['ml-training'],
  }),
  usecase('checkout-conversion-dashboard', {
    status: 'live',
    domain: 'orders',
    consumes: ['order-history'],
    caps: ['bi-dashboards'],
    personas: ['data-analyst', 'business-user'],
    value: 'high',
  }),
  usecase('personalised-recommendations', {
    status: 'committed',
    domain: 'marketing',
    consumes: ['campaign-audience'],
    caps: ['ml-training'],
    personas: ['ml-engineer'],
    value: 'medium',
  }),
  usecase('delivery-sla-monitoring', {
    status: 'proposed',
    domain: 'fulfilment',
    consumes: ['delivery-times'],
  }),
  usecase('demand-forecasting', {
    status: 'proposed',
    domain: 'inventory',
    caps: ['gpu-notebooks'],
  }),
  capability('lakehouse-storage', 'available', {
    title: 'Lakehouse Storage',
    category: 'storage',
  }),
  capability('stream-processing', 'building', {
    title: 'Stream Processing',
    category: 'processing',
  }),
  capability('bi-dashboards', 'available', {
    title: 'BI Dashboards',
    category: 'access',
  }),
  capability('gpu-notebooks', 'beta', {
    title: 'GPU Notebooks',
    category: 'processing',
  }),
  capability('data-catalog-search', 'available', {
    title: 'Data Catalog Search',
    category: 'discovery',
  }),
];

function numbered(prefix: string, count: number): string[] {
  const width = String(count).length;
  return Array.from(
    { length: count },
    (_, i) => `${prefix}-${String(i + 1).padStart(width, '0')}`,
  );
}

/**
 * Lakehouse Storage needed by `count` live use cases, all through
 * order-history and every third one also directly.
 */
export function crowdedOrganisation(count: number): Entity[] {
  return [
    group('checkout-team'),
    domain('orders', 'checkout-team', { title: 'Orders' }),
    dataProduct('order-history', {
      domain: 'orders',
      owner: 'checkout-team',
      caps: ['lakehouse-storage'],
    }),
    capability('lakehouse-storage', 'available', {
      title: 'Lakehouse Storage',
      category: 'storage',
    }),
    ...numbered('use-case', count).map((name, i) =>
      usecase(name, {
        status: 'live',
        domain: 'orders',
        consumes: ['order-history'],
        caps: i % 3 === 0 ? ['lakehouse-storage'] : [],
      }),
    ),
  ];
}

/**
 * The use case fraud-detection, reading `count` products that each need
 * Lakehouse Storage (building), and needing BI Dashboards directly.
 */
export function wideUseCaseOrganisation(count: number): Entity[] {
  const products = numbered('product', count);
  return [
    group('risk-team'),
    domain('risk', 'risk-team', { title: 'Risk' }),
    ...products.map(name =>
      dataProduct(name, {
        domain: 'risk',
        owner: 'risk-team',
        caps: ['lakehouse-storage'],
      }),
    ),
    usecase('fraud-detection', {
      status: 'live',
      domain: 'risk',
      consumes: products,
      caps: ['bi-dashboards'],
    }),
    capability('lakehouse-storage', 'building', { title: 'Lakehouse Storage' }),
    capability('bi-dashboards', 'available', { title: 'BI Dashboards' }),
  ];
}

/** `count` domains named domain-01…, each with one active product. */
export function manyDomainsOrganisation(count: number): Entity[] {
  return [
    group('team'),
    ...numbered('domain', count).flatMap(name => [
      domain(name, 'team'),
      dataProduct(`${name}-product`, { domain: name, owner: 'team' }),
    ]),
  ];
}

/**
 * An organisation in exploit: 4 domains with 5 active products each, all
 * owned by the domain's owner (adoption 100 %, laggards), 10 live use cases.
 */
export function matureOrganisation(): Entity[] {
  const domains = numbered('domain', 4);
  return [
    group('team'),
    ...domains.flatMap(name => [
      domain(name, 'team'),
      ...numbered(`${name}-product`, 5).map(product =>
        dataProduct(product, { domain: name, owner: 'team' }),
      ),
    ]),
    ...numbered('live-use-case', 10).map(name =>
      usecase(name, { status: 'live', domain: domains[0] }),
    ),
  ];
}
