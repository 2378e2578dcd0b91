import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  dataProduct,
  domain,
  group,
  odcsApi,
  odcsContract,
  usecase,
  withPorts,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';

export { odcsApi };

/*
 * A small organisation whose data product `orders` offers its `events`
 * port under the contract `api:default/orders-contract`, and the two
 * versions of that contract the tests store, derived by hand from
 * PRODUCT.md §8:
 *
 *   orders#events (orders-contract) ─▶ revenue ─▶ finance-kpis
 *   fraud (live) and idea (proposed) consume orders#events: reached at the port;
 *   dash (committed) consumes revenue, kpi-board (live) and secret-plan
 *   (committed) consume finance-kpis: reached through lineage.
 *   billing offers `invoices` under `api:default/secret-contract`, which
 *   only Alice may read; planning (live) consumes billing#invoices.
 *
 * Owners: team-a owns orders, billing and planning; team-finance revenue;
 * team-bi finance-kpis, dash and kpi-board; team-fraud fraud; team-ideas
 * idea; team-secret secret-plan.
 *
 * Version 2 of each contract removes `customer_id` and keeps the major
 * number: one breaking, unannounced change.
 */

/** The contract every data product's port names here, version 1. */
export const contractV1 = odcsContract;

/** Version 2: `customer_id` removed, version 1.3.0 (unannounced). */
export function contractV2(id = 'orders-contract'): Record<string, any> {
  const contract = contractV1(id);
  contract.version = '1.3.0';
  contract.schema[0].properties.splice(1, 1);
  return contract;
}

const product = (name: string, owner = 'team-a') =>
  dataProduct(name, { domain: 'sales', owner });

/** The organisation's data products and use cases, without the APIs. */
export function contractConsumers(): Entity[] {
  return [
    group('team-a'),
    domain('sales', 'team-a'),
    withPorts(product('orders'), [{ name: 'events', api: 'orders-contract' }]),
    withPorts(
      product('revenue', 'team-finance'),
      [{ name: 'out' }],
      [{ dataProduct: 'orders', port: 'events' }],
    ),
    withPorts(
      product('finance-kpis', 'team-bi'),
      [{ name: 'out' }],
      [{ dataProduct: 'revenue' }],
    ),
    withPorts(product('billing'), [
      { name: 'invoices', api: 'secret-contract' },
    ]),
    usecase('fraud', {
      status: 'live',
      owner: 'team-fraud',
      consumes: ['orders#events'],
    }),
    usecase('idea', {
      status: 'proposed',
      owner: 'team-ideas',
      consumes: ['orders#events'],
    }),
    usecase('dash', {
      status: 'committed',
      owner: 'team-bi',
      consumes: ['revenue'],
    }),
    usecase('kpi-board', {
      status: 'live',
      owner: 'team-bi',
      consumes: ['finance-kpis'],
    }),
    usecase('secret-plan', {
      status: 'committed',
      owner: 'team-secret',
      consumes: ['finance-kpis'],
    }),
    usecase('planning', { status: 'live', consumes: ['billing#invoices'] }),
  ];
}

/** The organisation with both contracts at one version. */
export function contractOrganisation(version: typeof contractV1): Entity[] {
  return [
    ...contractConsumers(),
    odcsApi('orders-contract', version()),
    odcsApi('secret-contract', version('secret-contract')),
  ];
}

/**
 * A catalog whose entities a test replaces between runs, as files changed
 * on disk would be.
 */
export function changingCatalog(entities: Entity[]) {
  const held = { current: catalogServiceMock({ entities }) };
  const catalog = new Proxy({} as CatalogService, {
    get: (_target, key) => {
      const current = held.current as any;
      return current[key].bind(current);
    },
  });
  return {
    catalog,
    change(next: Entity[]) {
      held.current = catalogServiceMock({ entities: next });
    },
  };
}
