import type { Entity } from '@backstage/catalog-model';
import { dataProduct, usecase } from '../testUtils/entities';
import { withPorts } from '../testUtils/contracts';
import { contractGraphFromEntities } from './contractGraph';
import { ContractImpactIndex } from './contractImpact';

/*
 * A small organisation with lineage and a cycle, and the consumers a
 * change of `api:default/orders-events-contract` reaches, derived by hand
 * from PRODUCT.md §8:
 *
 *   orders  ─ events (contract) ─▶ revenue ─▶ kpis ⇄ alerts
 *           ─ daily (other one) ─▶ forecast
 *   orders (every port)         ─▶ catalogue
 *
 * - revenue reads orders#events, catalogue reads orders without a port:
 *   both read the port (distance 1); forecast reads another port: no.
 * - kpis reads revenue (distance 2), alerts reads kpis (3); kpis also reads
 *   alerts, a cycle that must not loop nor list kpis twice.
 * - fraud (live) and idea (proposed) consume orders#events: reached, the
 *   proposed one too, since it reads the port itself. dash (committed)
 *   consumes kpis: reached through lineage. someday (proposed) consumes
 *   alerts: downstream only real use cases count, so not reached.
 *   planning (live) reads orders#daily and margin (live) reads forecast:
 *   not reached.
 */

const titled = (entity: Entity, title: string): Entity => ({
  ...entity,
  metadata: { ...entity.metadata, title },
});

const product = (name: string) =>
  dataProduct(name, { domain: 'sales', owner: 'team-a' });

const organisation: Entity[] = [
  withPorts(
    product('orders'),
    [
      { name: 'events', api: 'orders-events-contract' },
      { name: 'daily', api: 'api:default/orders-daily-contract' },
    ],
    [],
  ),
  titled(
    withPorts(
      product('revenue'),
      [{ name: 'out' }],
      [{ dataProduct: 'orders', port: 'events' }],
    ),
    'Revenue',
  ),
  titled(
    withPorts(
      product('catalogue'),
      [{ name: 'out' }],
      [{ dataProduct: 'orders' }],
    ),
    'Order Catalogue',
  ),
  withPorts(
    product('forecast'),
    [{ name: 'out' }],
    [{ dataProduct: 'orders', port: 'daily' }],
  ),
  withPorts(
    product('kpis'),
    [{ name: 'out' }],
    [{ dataProduct: 'revenue' }, { dataProduct: 'alerts' }],
  ),
  withPorts(product('alerts'), [{ name: 'out' }], [{ dataProduct: 'kpis' }]),
  titled(
    usecase('fraud', { status: 'live', consumes: ['orders#events'] }),
    'Fraud Detection',
  ),
  titled(
    usecase('idea', { status: 'proposed', consumes: ['orders#events'] }),
    'An Idea',
  ),
  titled(
    usecase('dash', { status: 'committed', consumes: ['kpis'] }),
    'CFO Dashboard',
  ),
  usecase('someday', { status: 'proposed', consumes: ['alerts'] }),
  usecase('planning', { status: 'live', consumes: ['orders#daily'] }),
  usecase('margin', { status: 'live', consumes: ['forecast'] }),
];

describe('ContractImpactIndex', () => {
  const index = new ContractImpactIndex(
    contractGraphFromEntities(organisation),
  );

  it('reaches the port readers, then real use cases and products downstream', () => {
    const reached = index.reachers('api:default/orders-events-contract');
    expect(reached.ports).toEqual([
      { dataProduct: 'dataproduct:default/orders', port: 'events' },
    ]);
    expect(reached.useCases).toEqual([
      {
        ref: 'usecase:default/fraud',
        title: 'Fraud Detection',
        reach: 'port',
        through: 'dataproduct:default/orders',
        status: 'live',
        real: true,
      },
      {
        ref: 'usecase:default/dash',
        title: 'CFO Dashboard',
        reach: 'lineage',
        through: 'dataproduct:default/kpis',
        status: 'committed',
        real: true,
      },
      {
        ref: 'usecase:default/idea',
        title: 'An Idea',
        reach: 'port',
        through: 'dataproduct:default/orders',
        status: 'proposed',
        real: false,
      },
    ]);
    expect(reached.dataProducts).toEqual([
      {
        ref: 'dataproduct:default/catalogue',
        title: 'Order Catalogue',
        reach: 'port',
        through: 'dataproduct:default/orders',
      },
      {
        ref: 'dataproduct:default/revenue',
        title: 'Revenue',
        reach: 'port',
        through: 'dataproduct:default/orders',
      },
      {
        ref: 'dataproduct:default/kpis',
        title: 'kpis',
        reach: 'lineage',
        through: 'dataproduct:default/revenue',
      },
      {
        ref: 'dataproduct:default/alerts',
        title: 'alerts',
        reach: 'lineage',
        through: 'dataproduct:default/kpis',
      },
    ]);
  });

  it("reaches only the other port's readers for the other contract", () => {
    const reached = index.reachers('api:default/orders-daily-contract');
    // Both real: the port's own reader before the one downstream.
    expect(reached.useCases.map(u => [u.ref, u.reach])).toEqual([
      ['usecase:default/planning', 'port'],
      ['usecase:default/margin', 'lineage'],
    ]);
    // By title: "forecast" before "Order Catalogue".
    expect(reached.dataProducts.map(p => [p.ref, p.reach])).toEqual([
      ['dataproduct:default/forecast', 'port'],
      ['dataproduct:default/catalogue', 'port'],
    ]);
  });

  it('reaches nobody for a contract no port names', () => {
    expect(index.reachers('api:default/unknown')).toEqual({
      api: 'api:default/unknown',
      ports: [],
      useCases: [],
      dataProducts: [],
    });
  });
});
