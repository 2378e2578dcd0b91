import { factsFromEntities } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import { isRealUseCase } from '../portfolio/scope';
import { capability, dataProduct, usecase } from '../testUtils';
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import { runCountingPauses } from '../testUtils/pauses';
import { variedOrganisationEntities } from '../__testUtils__/variedOrganisation';
import { runSteps } from '../time/steps';
import { computePlatformRoadmap, computePlatformRoadmapSteps } from './roadmap';

/*
 * Capabilities: ingest (available), Warehouse (beta), ML platform
 * (building), Streaming, Catalog and Unused (planned), Lineage (beta),
 * Old ETL and Old BI (deprecated), gpu (no entity). The data product
 * legacy-feed requires Old ETL.
 *
 *   use case  status     value   needs                       lacks
 *   u1        live       high    ingest, warehouse           W
 *   u2        committed  medium  warehouse, ml               W, ML
 *   u3        committed  high    ml                          ML
 *   u4        live       low     streaming                   S
 *   u5        committed  –       gpu                         gpu
 *   u6        live       high    old-etl, streaming, lineage OldETL, S, L
 *   u7        committed  medium  old-etl (via legacy-feed)   OldETL
 *   u9        committed  low     warehouse                   W
 *   u10       committed  medium  catalog                     C
 *   u11       committed  high    warehouse, ml, catalog      W, ML, C
 *   p1        proposed   high    streaming, old-bi           not real
 *   r1        retired    high    ml                          not real
 *
 * Fully unblocked (the only lack) / partly (one of several, others):
 *   Warehouse    fully u1 (high), u9 (low)  partly u2 (+1), u11 (+2)
 *   ML platform  fully u3 (high)            partly u2 (+1), u11 (+2)
 *   Catalog      fully u10 (medium)         partly u11 (+2)
 *   Streaming    fully u4 (low)             partly u6 (+2)
 *   gpu          fully u5 (no value)
 *   Lineage                                 partly u6 (+2)
 *   Unused       nothing
 * Order: by high, medium, low, unrated fully unblocked, then partly, then
 * title: Warehouse (1 high, 1 low) before ML platform (1 high).
 */
const facts = factsFromEntities([
  capability('ingest', 'available'),
  capability('warehouse', 'beta', { title: 'Warehouse' }),
  capability('ml', 'building', { title: 'ML platform' }),
  capability('streaming', 'planned', { title: 'Streaming' }),
  capability('catalog', 'planned', { title: 'Catalog' }),
  capability('unused', 'planned', { title: 'Unused' }),
  capability('lineage', 'beta', { title: 'Lineage' }),
  capability('old-etl', 'deprecated', { title: 'Old ETL' }),
  capability('old-bi', 'deprecated', { title: 'Old BI' }),
  dataProduct('legacy-feed', {
    domain: 'sales',
    owner: 'team-a',
    caps: ['old-etl'],
  }),
  usecase('u1', {
    status: 'live',
    value: 'high',
    caps: ['ingest', 'warehouse'],
  }),
  usecase('u2', {
    status: 'committed',
    value: 'medium',
    caps: ['warehouse', 'ml'],
  }),
  usecase('u3', { status: 'committed', value: 'high', caps: ['ml'] }),
  usecase('u4', { status: 'live', value: 'low', caps: ['streaming'] }),
  usecase('u5', { status: 'committed', caps: ['gpu'] }),
  usecase('u6', {
    status: 'live',
    value: 'high',
    domain: 'marketing',
    personas: ['data-scientist'],
    caps: ['old-etl', 'streaming', 'lineage'],
  }),
  usecase('u7', {
    status: 'committed',
    value: 'medium',
    domain: 'sales',
    personas: ['data-analyst'],
    consumes: ['legacy-feed'],
  }),
  usecase('u9', { status: 'committed', value: 'low', caps: ['warehouse'] }),
  usecase('u10', { status: 'committed', value: 'medium', caps: ['catalog'] }),
  usecase('u11', {
    status: 'committed',
    value: 'high',
    caps: ['warehouse', 'ml', 'catalog'],
  }),
  usecase('p1', {
    status: 'proposed',
    value: 'high',
    caps: ['streaming', 'old-bi'],
  }),
  usecase('r1', { status: 'retired', value: 'high', caps: ['ml'] }),
]);

const roadmap = computePlatformRoadmap(facts);
const titles = (list: Array<{ title: string }>) => list.map(u => u.title);

describe('computePlatformRoadmap', () => {
  it('lists what is not available yet, by the value it fully unblocks', () => {
    expect(
      roadmap.items.map(i => [
        i.capability.title,
        i.capability.status,
        titles(i.fullyUnblocks),
        i.partlyUnblocks.map(u => `${u.title}+${u.alsoLacking}`),
      ]),
    ).toEqual([
      ['Warehouse', 'beta', ['u1', 'u9'], ['u2+1', 'u11+2']],
      ['ML platform', 'building', ['u3'], ['u2+1', 'u11+2']],
      ['Catalog', 'planned', ['u10'], ['u11+2']],
      ['Streaming', 'planned', ['u4'], ['u6+2']],
      ['gpu', 'not-offered', ['u5'], []],
      ['Lineage', 'beta', [], ['u6+2']],
      ['Unused', 'planned', [], []],
    ]);
  });

  it('lists one entry per partly unblocked use case under each capability it lacks', () => {
    // A copy per capability took 50 MiB at 100,000 data products.
    const partlyEntries = (title: string) =>
      roadmap.items.find(i => i.capability.title === title)!.partlyUnblocks;
    const [u2, u11] = partlyEntries('Warehouse');
    expect(partlyEntries('ML platform')[0]).toBe(u2);
    expect(partlyEntries('ML platform')[1]).toBe(u11);
    expect(partlyEntries('Catalog')[0]).toBe(u11);
  });

  it('counts what each capability fully unblocks by value', () => {
    expect(roadmap.items[0].fullyUnblocksByValue).toEqual({
      high: 1,
      medium: 0,
      low: 1,
      unrated: 0,
    });
    expect(roadmap.items[4].fullyUnblocksByValue).toEqual({
      high: 0,
      medium: 0,
      low: 0,
      unrated: 1,
    });
  });

  it('lists deprecated capabilities that real use cases need, with who needs them', () => {
    // Old BI is needed only by a proposed use case: not listed.
    expect(roadmap.deprecatedButNeeded).toEqual([
      {
        capability: {
          ref: 'platformcapability:default/old-etl',
          title: 'Old ETL',
          status: 'deprecated',
        },
        useCases: [
          expect.objectContaining({ title: 'u6', value: 'high' }),
          expect.objectContaining({ title: 'u7', value: 'medium' }),
        ],
        domains: ['domain:default/marketing', 'domain:default/sales'],
        personas: ['data-analyst', 'data-scientist'],
      },
    ]);
  });
});

describe('computePlatformRoadmapSteps', () => {
  const varied = factsFromEntities(variedOrganisationEntities(300));

  it('finds much to unblock in a varied organisation', () => {
    // So that the comparisons below are of a roadmap with much to sort.
    const { items, deprecatedButNeeded } = computePlatformRoadmap(varied);
    expect(
      items.map(i => [
        i.capability.title,
        i.fullyUnblocks.length,
        i.partlyUnblocks.length,
      ]),
    ).toEqual([
      // Same titles, told apart by refs.
      ['Capability 1', 10, 15],
      ['Capability 6', 12, 16],
      ['gpu-2', 3, 8],
      ['gpu-0', 5, 7],
      ['Capability 3', 12, 2],
      ['Capability 2', 6, 23],
      ['Capability 1', 5, 8],
      ['gpu-1', 2, 3],
      ['Capability 0', 7, 8],
      ['Capability 4', 0, 28],
    ]);
    expect(
      deprecatedButNeeded.map(d => [d.capability.title, d.useCases.length]),
    ).toEqual([
      ['Capability 2', 38],
      ['Capability 4', 14],
    ]);
  });

  it.each([
    ['the one above', facts],
    ['the example organisation', factsFromEntities(loadExampleDocuments())],
    ['a varied organisation', varied],
  ])('gives what computePlatformRoadmap gives, for %s', (_, organisation) => {
    const expected = computePlatformRoadmap(organisation);
    const demand = DemandIndex.build(organisation);
    expect(runSteps(computePlatformRoadmapSteps(organisation, demand))).toEqual(
      expected,
    );
    expect(runSteps(computePlatformRoadmapSteps(organisation))).toEqual(
      expected,
    );
  });

  it('pauses per real use case and per capability listed', () => {
    const { result, pauses } = runCountingPauses(
      computePlatformRoadmapSteps(varied, DemandIndex.build(varied)),
    );
    const real = varied.useCases.filter(isRealUseCase).length;
    expect(real).toBe(180);
    // Each real use case: its needs read, then filed. Each item: its
    // partly unblocked use cases ordered. Each deprecated capability
    // needed: its need described.
    expect(pauses).toBeGreaterThanOrEqual(
      2 * real + result.items.length + result.deprecatedButNeeded.length,
    );
  });
});
