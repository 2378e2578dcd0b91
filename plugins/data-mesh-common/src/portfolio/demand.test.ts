import {
  DemandIndex,
  computeCapabilityDemand,
  computeEntityNeeds,
} from './demand';
import { factsFromEntities } from './facts';
import { capability, dataProduct, domain, usecase } from '../testUtils';

/*
 * Lineage (arrows point upstream):
 *   mart → clean → raw → clean   (a cycle between clean and raw)
 *   mart → ghost                 (ghost does not exist)
 * Capabilities: raw needs ingest; clean needs quality and Ingest (same as
 * ingest, other case); mart needs serve and gpu (gpu has no entity).
 */
const facts = factsFromEntities([
  domain('sales', 'team-a'),
  domain('finance', 'team-b'),
  dataProduct('raw', {
    domain: 'sales',
    owner: 'team-a',
    upstream: ['clean'],
    caps: ['ingest'],
  }),
  dataProduct('clean', {
    domain: 'sales',
    owner: 'team-a',
    upstream: ['raw'],
    caps: ['quality', 'PlatformCapability:default/Ingest'],
  }),
  dataProduct('mart', {
    domain: 'finance',
    owner: 'team-b',
    upstream: ['clean', 'ghost'],
    caps: ['serve', 'gpu'],
  }),
  dataProduct('orphan', {
    domain: 'sales',
    owner: 'team-a',
    caps: ['archive'],
  }),
  capability('ingest', 'available', { title: 'Ingestion' }),
  capability('quality', 'beta'),
  capability('serve', 'available'),
  capability('unused', 'planned'),
  usecase('report', {
    status: 'live',
    domain: 'finance',
    consumes: ['Mart#out'],
    caps: ['dashboards'],
    personas: ['data-analyst'],
    value: 'medium',
  }),
  usecase('alerts', {
    status: 'committed',
    domain: 'sales',
    consumes: ['dataproduct:default/clean'],
    personas: ['business-user', 'data-analyst'],
    value: 'high',
  }),
  usecase('idea', {
    status: 'proposed',
    consumes: ['raw'],
    caps: ['gpu'],
  }),
  usecase('old', {
    status: 'retired',
    consumes: ['mart'],
    caps: ['legacy'],
  }),
]);

const byRef = (ref: string) =>
  computeCapabilityDemand(facts).find(i => i.ref === ref)!;

describe('computeCapabilityDemand', () => {
  it('lists every capability entity and every referenced one, most demanded first', () => {
    expect(
      computeCapabilityDemand(facts).map(i => [
        i.title,
        i.demand.count,
        i.emergingDemand.count,
        i.status,
      ]),
    ).toEqual([
      ['Ingestion', 2, 1, 'available'],
      ['quality', 2, 1, 'beta'],
      ['gpu', 1, 1, 'not-offered'],
      ['dashboards', 1, 0, 'not-offered'],
      ['serve', 1, 0, 'available'],
      ['archive', 0, 0, 'not-offered'],
      ['unused', 0, 0, 'planned'],
    ]);
  });

  it('follows consumed products upstream through a lineage cycle, across mixed-case refs', () => {
    expect(byRef('platformcapability:default/ingest').demand).toEqual({
      count: 2,
      personas: ['business-user', 'data-analyst'],
      highestValue: 'high',
      samples: {
        useCases: {
          count: 2,
          sample: ['usecase:default/alerts', 'usecase:default/report'],
        },
        direct: { count: 0, sample: [] },
        dataProducts: {
          count: 2,
          sample: ['dataproduct:default/clean', 'dataproduct:default/raw'],
        },
        domains: {
          count: 2,
          sample: ['domain:default/finance', 'domain:default/sales'],
        },
      },
    });
  });

  it('counts direct needs and keeps unknown refs as not offered', () => {
    const dashboards = byRef('platformcapability:default/dashboards');
    expect(dashboards).toMatchObject({
      offered: false,
      status: 'not-offered',
      demand: {
        count: 1,
        highestValue: 'medium',
        samples: {
          direct: { count: 1, sample: ['usecase:default/report'] },
          dataProducts: { count: 0, sample: [] },
        },
      },
    });
  });

  it('counts proposed use cases as emerging demand only, and retired ones not at all', () => {
    const gpu = byRef('platformcapability:default/gpu');
    expect(gpu.demand.samples.useCases.sample).toEqual([
      'usecase:default/report',
    ]);
    expect(gpu.emergingDemand).toEqual({
      count: 1,
      samples: { useCases: { count: 1, sample: ['usecase:default/idea'] } },
    });
    expect(
      computeCapabilityDemand(facts).find(i => i.title === 'legacy'),
    ).toBeUndefined();
  });

  it('does not fail on a consumed data product that does not exist', () => {
    const dangling = factsFromEntities([
      usecase('u', {
        status: 'live',
        consumes: ['nowhere'],
        caps: ['x'],
      }),
    ]);
    expect(computeCapabilityDemand(dangling).map(i => i.ref)).toEqual([
      'platformcapability:default/x',
    ]);
  });
});

describe('computeEntityNeeds', () => {
  const need = (
    ref: string,
    title: string,
    status: string,
    direct: boolean,
    via: string[],
  ) => ({
    ref: `platformcapability:default/${ref}`,
    title,
    status,
    available: status === 'available',
    direct,
    dataProducts: {
      count: via.length,
      sample: via.map(v => `dataproduct:default/${v}`),
    },
  });

  it('lists what a use case needs, directly and via which products, unavailable first', () => {
    expect(computeEntityNeeds(facts, 'usecase:default/report')).toEqual([
      need('dashboards', 'dashboards', 'not-offered', true, []),
      need('gpu', 'gpu', 'not-offered', false, ['mart']),
      need('quality', 'quality', 'beta', false, ['clean']),
      need('ingest', 'Ingestion', 'available', false, ['clean', 'raw']),
      need('serve', 'serve', 'available', false, ['mart']),
    ]);
  });

  it('lists what a data product needs, its own needs as direct, itself never as upstream', () => {
    expect(
      computeEntityNeeds(facts, 'dataproduct:default/clean')?.map(n => [
        n.title,
        n.direct,
        n.dataProducts.sample,
      ]),
    ).toEqual([
      ['quality', true, []],
      ['Ingestion', true, ['dataproduct:default/raw']],
    ]);
  });

  it('is undefined for refs that are neither a data product nor a use case', () => {
    expect(computeEntityNeeds(facts, 'domain:default/sales')).toBeUndefined();
    expect(
      computeEntityNeeds(facts, 'usecase:default/missing'),
    ).toBeUndefined();
  });

  it("lists a retired use case's needs, which are not demand", () => {
    expect(
      computeEntityNeeds(facts, 'usecase:default/old')?.map(n => n.title),
    ).toEqual(['gpu', 'legacy', 'quality', 'Ingestion', 'serve']);
  });
});

describe('DemandIndex drill-downs', () => {
  const index = DemandIndex.build(facts);
  const all = { offset: 0, limit: 500 };

  it('pages the use cases that need a capability, with the products they need it through', () => {
    expect(
      index.demandPage('platformcapability:default/ingest', 'real', {
        offset: 1,
        limit: 1,
      }),
    ).toEqual({
      totalItems: 2,
      offset: 1,
      limit: 1,
      items: [
        {
          useCase: 'usecase:default/report',
          title: 'report',
          status: 'live',
          value: 'medium',
          personas: ['data-analyst'],
          domain: 'domain:default/finance',
          direct: false,
          dataProducts: {
            count: 2,
            sample: ['dataproduct:default/clean', 'dataproduct:default/raw'],
          },
        },
      ],
    });
    expect(
      index
        .demandPage('platformcapability:default/gpu', 'emerging', all)
        ?.items.map(e => [e.useCase, e.direct]),
    ).toEqual([['usecase:default/idea', true]]);
  });

  it("pages the domains and data products of a capability's demand", () => {
    expect(
      index.domainsPage('platformcapability:default/serve', all)?.items,
    ).toEqual(['domain:default/finance']);
    expect(
      index.dataProductsPage('platformcapability:default/quality', all)?.items,
    ).toEqual(['dataproduct:default/clean']);
  });

  it('pages the products an entity needs a capability through', () => {
    expect(
      index.entityNeedDataProducts(
        'usecase:default/report',
        'platformcapability:default/ingest',
        all,
      )?.items,
    ).toEqual(['dataproduct:default/clean', 'dataproduct:default/raw']);
    expect(
      index.entityNeedDataProducts(
        'usecase:default/alerts',
        'platformcapability:default/serve',
        all,
      ),
    ).toBeUndefined();
  });

  it('answers nothing for capabilities nobody names', () => {
    expect(
      index.demandPage('platformcapability:default/nothing', 'real', all),
    ).toBeUndefined();
    expect(
      index.capability('platformcapability:default/legacy'),
    ).toBeUndefined();
  });
});
