import { capabilityDemandGroup } from '../api/types';
import { DemandIndex } from '../portfolio/demand';
import { factsFromEntities } from '../portfolio/facts';
import { capability, dataProduct, usecase } from '../testUtils';
import {
  DomainRow,
  entityNeedsPage,
  orderBusinessUnits,
  selectCapabilities,
  selectDomains,
} from './lists';

/*
 * Warehouse (available) is needed by a live use case, ML (planned) only by
 * a proposed one, Unused (beta) by nobody, and gpu by a committed use case
 * without any entity offering it.
 */
const demand = DemandIndex.build(
  factsFromEntities([
    capability('warehouse', 'available', { category: 'storage' }),
    capability('ml', 'planned', { category: 'ml' }),
    capability('unused', 'beta', { category: 'storage' }),
    usecase('live', { status: 'live', caps: ['warehouse'] }),
    usecase('idea', { status: 'proposed', caps: ['ml'] }),
    usecase('gpu-work', { status: 'committed', caps: ['gpu'] }),
    dataProduct('orders', { domain: 'sales', owner: 'team-a' }),
  ]),
);
const names = (items: Array<{ ref: string }>) =>
  items.map(i => i.ref.split('/')[1]).sort();

describe('selectCapabilities', () => {
  it('lists only demanded capabilities in the teams view, every one in the platform view', () => {
    expect(names(selectCapabilities(demand.items(), {}))).toEqual([
      'gpu',
      'warehouse',
    ]);
    expect(
      names(selectCapabilities(demand.items(), { view: 'platform' })),
    ).toEqual(['gpu', 'ml', 'unused', 'warehouse']);
  });

  it('narrows to a category, a status and a demand group', () => {
    const all = { view: 'platform' as const };
    expect(
      names(
        selectCapabilities(demand.items(), { ...all, category: 'storage' }),
      ),
    ).toEqual(['unused', 'warehouse']);
    expect(
      names(selectCapabilities(demand.items(), { ...all, status: 'planned' })),
    ).toEqual(['ml']);
    const emerging = selectCapabilities(demand.items(), {
      ...all,
      group: 'emerging-only',
    });
    expect(names(emerging)).toEqual(['ml']);
    expect(emerging.map(capabilityDemandGroup)).toEqual(['emerging-only']);
  });
});

function domainRow(
  name: string,
  title: string,
  extra: Partial<DomainRow> = {},
): DomainRow {
  return {
    scope: `domain:default/${name}`,
    title,
    phase: 'bootstrap',
    archetype: 'source-aligned',
    metrics: { adoption: 0 } as DomainRow['metrics'],
    dataProducts: 0,
    useCases: 0,
    ...extra,
  };
}

describe('selectDomains', () => {
  const rows = [
    domainRow('sales', 'Sales', {
      phase: 'scale',
      metrics: { adoption: 0.5 } as DomainRow['metrics'],
    }),
    domainRow('billing', 'billing', { archetype: 'consumer-aligned' }),
    domainRow('ops', 'Operations', {
      metrics: { adoption: 0.5 } as DomainRow['metrics'],
    }),
  ];
  const titles = (list: DomainRow[]) => list.map(d => d.title);

  it('sorts by title in any case by default, and by a field either way with title breaking ties', () => {
    expect(titles(selectDomains(rows, {}))).toEqual([
      'billing',
      'Operations',
      'Sales',
    ]);
    expect(
      titles(selectDomains(rows, { sort: 'adoption', order: 'desc' })),
    ).toEqual(['Operations', 'Sales', 'billing']);
  });

  it('finds text in the title in any case or in the ref, and filters by phase and archetype', () => {
    expect(titles(selectDomains(rows, { q: 'OPER' }))).toEqual(['Operations']);
    expect(titles(selectDomains(rows, { q: 'ops' }))).toEqual(['Operations']);
    expect(titles(selectDomains(rows, { phase: 'scale' }))).toEqual(['Sales']);
    expect(
      titles(selectDomains(rows, { archetype: 'consumer-aligned' })),
    ).toEqual(['billing']);
  });
});

describe('entityNeedsPage', () => {
  it('counts what is not available over all needs, not over the page', () => {
    const ref = 'usecase:default/live';
    const needs = [
      ...demand.entityNeeds('usecase:default/gpu-work')!,
      ...demand.entityNeeds(ref)!,
    ];
    const freshness = { computedAt: '2026-11-24T22:00:00.000Z', stale: false };
    const page = entityNeedsPage(
      ref,
      needs,
      { offset: 1, limit: 1 },
      freshness,
    );

    expect(page.needs.map(n => n.ref)).toEqual([
      'platformcapability:default/warehouse',
    ]);
    expect(page.notAvailable).toBe(1);
    expect(page).toMatchObject({
      entityRef: ref,
      totalItems: 2,
      offset: 1,
      limit: 1,
      ...freshness,
    });
  });
});

describe('orderBusinessUnits', () => {
  it('orders by title, then by ref', () => {
    const units = [
      { title: 'Retail', scope: 'group:default/retail-b' },
      { title: 'Logistics', scope: 'group:default/logistics' },
      { title: 'Retail', scope: 'group:default/retail-a' },
    ];
    expect(orderBusinessUnits(units).map(u => u.scope)).toEqual([
      'group:default/logistics',
      'group:default/retail-a',
      'group:default/retail-b',
    ]);
  });
});
