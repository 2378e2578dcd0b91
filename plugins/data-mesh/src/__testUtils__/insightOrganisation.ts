/*
 * A small organisation for the execution insights (use-case portfolio,
 * complementary use cases, roadmap, business units). Fixtures are computed
 * from it by the common package's own functions; the figures tests expect
 * are worked out by hand here.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  BusinessUnitIndex,
  DemandIndex,
  MetricsIndex,
  computePlatformRoadmap,
  computeUseCasePortfolio,
  factsFromEntities,
  findComplementaryUseCases,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from './entityBuilders';

type UseCaseSpec = Parameters<typeof usecase>[1];

/** A group with a title, as the organisation chart names it. */
function titledGroup(
  name: string,
  title: string,
  parent?: string,
  children: string[] = [],
): Entity {
  const entity = group(name, parent, children);
  return { ...entity, metadata: { ...entity.metadata, title } };
}

/** A use case with a title, as people name them. */
function titled(name: string, title: string, spec: UseCaseSpec): Entity {
  const entity = usecase(name, spec);
  return { ...entity, metadata: { ...entity.metadata, title } };
}

/**
 * Homeward, a retailer with two business units. By hand:
 *
 * - Groups: homeward (root) above retail and logistics; checkout-team and
 *   marketing-team below retail; warehouse-team below logistics; the
 *   platform-team below homeward owns no domain.
 * - Retail owns orders and marketing: both adopting (100 %, laggards),
 *   4 active products, 4 real use cases (2 live): scale under the
 *   business-unit rules, not exploit (active products 4 of 10).
 *   Logistics owns warehouse (adopting) and transport (a draft product
 *   only): 50 %, late majority, 1 adopting domain of the 2 scale needs:
 *   bootstrap.
 * - Needs (directly and through consumed products): Checkout Dashboard
 *   and Campaign Report {BI Dashboards, Lakehouse Storage}; Churn
 *   Prediction {Lakehouse Storage, ml-training}; Customer Segmentation
 *   {Feature Store, Lakehouse Storage, ml-training}; Stock Alerts {Legacy
 *   ETL}; Route Optimisation {GPU Notebooks}; Delivery Tracking and the
 *   retired Legacy Report {Lakehouse Storage}.
 * - Matrix (value × complexity): high/low holds Checkout Dashboard (not
 *   blocked) before Stock Alerts (blocked by Legacy ETL, deprecated);
 *   high/medium Churn Prediction (blocked by ml-training, not offered);
 *   medium/medium Customer Segmentation (Feature Store, ml-training);
 *   medium/low Campaign Report; low/high Route Optimisation (GPU
 *   Notebooks). Delivery Tracking has no complexity: unrated. Legacy
 *   Report is retired: left out.
 * - Complementary, ranked: Campaign Report (business users) and Checkout
 *   Dashboard (data analysts) share both of their 2 capabilities (1);
 *   Churn Prediction (data scientists) and Customer Segmentation (data
 *   analysts) share 2 of 3 (0.667); Delivery Tracking (business users)
 *   shares Lakehouse Storage, 1 of 2, with Checkout Dashboard and with
 *   Churn Prediction (0.5 each, by the first title).
 * - Roadmap (real use cases only): ml-training fully unblocks Churn
 *   Prediction (high) and partly Customer Segmentation (1 other lack);
 *   Feature Store only partly unblocks Customer Segmentation; GPU
 *   Notebooks unblocks no real use case. So: ml-training, Feature Store,
 *   GPU Notebooks. Legacy ETL is deprecated but needed by Stock Alerts
 *   (warehouse, business users).
 */
export const homeward: Entity[] = [
  titledGroup('homeward', 'Homeward', undefined, [
    'retail',
    'logistics',
    'platform-team',
  ]),
  titledGroup('retail', 'Retail', 'homeward'),
  titledGroup('logistics', 'Logistics', 'homeward'),
  group('platform-team', 'homeward'),
  group('checkout-team', 'retail'),
  group('marketing-team', 'retail'),
  group('warehouse-team', 'logistics'),
  domain('orders', 'checkout-team', { title: 'Orders' }),
  domain('marketing', 'marketing-team', { title: 'Marketing' }),
  domain('warehouse', 'warehouse-team', { title: 'Warehouse' }),
  domain('transport', 'warehouse-team', { title: 'Transport' }),
  dataProduct('order-events', { domain: 'orders', owner: 'checkout-team' }),
  dataProduct('order-history', {
    domain: 'orders',
    owner: 'checkout-team',
    upstream: ['order-events'],
    caps: ['lakehouse-storage'],
  }),
  dataProduct('campaign-audience', {
    domain: 'marketing',
    owner: 'marketing-team',
    caps: ['lakehouse-storage'],
  }),
  dataProduct('customer-profiles', {
    domain: 'marketing',
    owner: 'marketing-team',
  }),
  dataProduct('stock-levels', {
    domain: 'warehouse',
    owner: 'warehouse-team',
    caps: ['legacy-etl'],
  }),
  dataProduct('routes', {
    domain: 'transport',
    owner: 'warehouse-team',
    lifecycle: 'draft',
  }),
  titled('checkout-dashboard', 'Checkout Dashboard', {
    status: 'live',
    domain: 'orders',
    consumes: ['order-history'],
    caps: ['bi-dashboards'],
    personas: ['data-analyst'],
    value: 'high',
    complexity: 'low',
  }),
  titled('stock-alerts', 'Stock Alerts', {
    status: 'committed',
    domain: 'warehouse',
    consumes: ['stock-levels'],
    personas: ['business-user'],
    value: 'high',
    complexity: 'low',
  }),
  titled('churn-prediction', 'Churn Prediction', {
    status: 'committed',
    domain: 'marketing',
    consumes: ['campaign-audience'],
    caps: ['ml-training'],
    personas: ['data-scientist'],
    value: 'high',
    complexity: 'medium',
  }),
  titled('customer-segmentation', 'Customer Segmentation', {
    status: 'committed',
    domain: 'marketing',
    consumes: ['campaign-audience', 'customer-profiles'],
    caps: ['feature-store', 'ml-training'],
    personas: ['data-analyst'],
    value: 'medium',
    complexity: 'medium',
  }),
  titled('campaign-report', 'Campaign Report', {
    status: 'live',
    domain: 'marketing',
    consumes: ['campaign-audience'],
    caps: ['bi-dashboards'],
    personas: ['business-user'],
    value: 'medium',
    complexity: 'low',
  }),
  titled('route-optimisation', 'Route Optimisation', {
    status: 'proposed',
    domain: 'transport',
    caps: ['gpu-notebooks'],
    personas: ['data-scientist'],
    value: 'low',
    complexity: 'high',
  }),
  titled('delivery-tracking', 'Delivery Tracking', {
    status: 'proposed',
    domain: 'transport',
    consumes: ['order-history'],
    personas: ['business-user'],
    value: 'medium',
  }),
  titled('legacy-report', 'Legacy Report', {
    status: 'retired',
    domain: 'orders',
    consumes: ['order-history'],
    value: 'high',
    complexity: 'low',
  }),
  capability('lakehouse-storage', 'available', { title: 'Lakehouse Storage' }),
  capability('bi-dashboards', 'available', { title: 'BI Dashboards' }),
  capability('feature-store', 'planned', { title: 'Feature Store' }),
  capability('gpu-notebooks', 'beta', { title: 'GPU Notebooks' }),
  capability('legacy-etl', 'deprecated', { title: 'Legacy ETL' }),
];

/**
 * Homeward with `count` more live, high-value, low-complexity use cases
 * in orders (quick-win-01…), each needing Lakehouse Storage through order
 * history and nothing unavailable: the start-here cell then holds
 * `count + 2`, all but Stock Alerts blocked by nothing.
 */
export function homewardWithQuickWins(count: number): Entity[] {
  const width = String(count).length;
  return [
    ...homeward,
    ...Array.from({ length: count }, (_, i) => {
      const n = String(i + 1).padStart(width, '0');
      return titled(`quick-win-${n}`, `Quick Win ${n}`, {
        status: 'live',
        domain: 'orders',
        consumes: ['order-history'],
        personas: ['business-user'],
        value: 'high',
        complexity: 'low',
      });
    }),
  ];
}

/**
 * An organisation of 20 domains of which the first `adopting` have an
 * active data product (5 % each): in bootstrap below 16 %, so its next
 * adoption target is scale's 16 %.
 */
export function growingOrganisation(adopting: number): Entity[] {
  return [
    group('team'),
    ...Array.from({ length: 20 }, (_, i) => {
      const name = `domain-${String(i + 1).padStart(2, '0')}`;
      return [
        domain(name, 'team'),
        dataProduct(`${name}-product`, {
          domain: name,
          owner: 'team',
          lifecycle: i < adopting ? 'active' : 'draft',
        }),
      ];
    }).flat(),
  ];
}

/** The execution insights of `entities`, as the common functions give them. */
export function insightsOf(entities: Entity[] = homeward) {
  const facts = factsFromEntities(entities);
  const demand = DemandIndex.build(facts);
  const metrics = new MetricsIndex(facts);
  return {
    facts,
    portfolio: computeUseCasePortfolio(facts, demand),
    pairs: findComplementaryUseCases(facts, demand),
    roadmap: computePlatformRoadmap(facts, demand),
    businessUnits: new BusinessUnitIndex(facts, metrics),
  };
}
