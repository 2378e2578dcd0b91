import { computeCapabilityDemand, computeEntityNeeds } from './demand';
import { factsFromEntities } from './facts';
import { capability, dataProduct, domain, useCase } from './testOrganisation';

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
  capability('ingest', 'available', 'Ingestion'),
  capability('quality', 'beta'),
  capability('serve', 'available'),
  capability('unused', 'planned'),
  useCase('report', {
    status: 'live',
    domain: 'finance',
    consumes: ['Mart#out'],
    caps: ['dashboards'],
    personas: ['data-analyst'],
    value: 'medium',
  }),
  useCase('alerts', {
    status: 'committed',
    domain: 'sales',
    consumes: ['dataproduct:default/clean'],
    personas: ['business-user', 'data-analyst'],
    value: 'high',
  }),
  useCase('idea', { status: 'proposed', consumes: ['raw'], caps: ['gpu'] }),
  useCase('old', { status: 'retired', consumes: ['mart'], caps: ['legacy'] }),
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
      useCases: ['usecase:default/alerts', 'usecase:default/report'],
      direct: [],
      viaDataProducts: {
        'dataproduct:default/clean': [
          'usecase:default/alerts',
          'usecase:default/report',
        ],
        'dataproduct:default/raw': [
          'usecase:default/alerts',
          'usecase:default/report',
        ],
      },
      domains: ['domain:default/finance', 'domain:default/sales'],
      personas: ['business-user', 'data-analyst'],
      highestValue: 'high',
    });
  });

  it('counts direct needs and keeps unknown refs as not offered', () => {
    const dashboards = byRef('platformcapability:default/dashboards');
    expect(dashboards).toMatchObject({
      offered: false,
      status: 'not-offered',
      demand: {
        count: 1,
        direct: ['usecase:default/report'],
        viaDataProducts: {},
        highestValue: 'medium',
      },
    });
  });

  it('counts proposed use cases as emerging demand only, and retired ones not at all', () => {
    const gpu = byRef('platformcapability:default/gpu');
    expect(gpu.demand.useCases).toEqual(['usecase:default/report']);
    expect(gpu.emergingDemand).toEqual({
      count: 1,
      useCases: ['usecase:default/idea'],
    });
    expect(
      computeCapabilityDemand(facts).find(i => i.title === 'legacy'),
    ).toBeUndefined();
  });

  it('does not fail on a consumed data product that does not exist', () => {
    const dangling = factsFromEntities([
      useCase('u', { status: 'live', consumes: ['nowhere'], caps: ['x'] }),
    ]);
    expect(computeCapabilityDemand(dangling).map(i => i.ref)).toEqual([
      'platformcapability:default/x',
    ]);
  });
});

describe('computeEntityNeeds', () => {
  it('lists what a use case needs, directly and via which products, unavailable first', () => {
    expect(computeEntityNeeds(facts, 'usecase:default/report')).toEqual([
      {
        ref: 'platformcapability:default/dashboards',
        title: 'dashboards',
        status: 'not-offered',
        available: false,
        via: ['direct'],
      },
      {
        ref: 'platformcapability:default/gpu',
        title: 'gpu',
        status: 'not-offered',
        available: false,
        via: ['dataproduct:default/mart'],
      },
      {
        ref: 'platformcapability:default/quality',
        title: 'quality',
        status: 'beta',
        available: false,
        via: ['dataproduct:default/clean'],
      },
      {
        ref: 'platformcapability:default/ingest',
        title: 'Ingestion',
        status: 'available',
        available: true,
        via: ['dataproduct:default/clean', 'dataproduct:default/raw'],
      },
      {
        ref: 'platformcapability:default/serve',
        title: 'serve',
        status: 'available',
        available: true,
        via: ['dataproduct:default/mart'],
      },
    ]);
  });

  it('lists what a data product needs, its own needs as direct', () => {
    expect(
      computeEntityNeeds(facts, 'dataproduct:default/clean')?.map(n => [
        n.title,
        n.via,
      ]),
    ).toEqual([
      ['quality', ['direct']],
      ['Ingestion', ['direct', 'dataproduct:default/raw']],
    ]);
  });

  it('is undefined for refs that are neither a data product nor a use case', () => {
    expect(computeEntityNeeds(facts, 'domain:default/sales')).toBeUndefined();
    expect(
      computeEntityNeeds(facts, 'usecase:default/missing'),
    ).toBeUndefined();
  });
});
