import { groupedOrganisationEntities } from '../__testUtils__/groupedOrganisation';
import { runCountingPauses } from '../testUtils/pauses';
import { runSteps } from '../time/steps';
import { MetricsIndex, computeMetrics } from './metrics';
import { factsFromEntities } from './facts';
import {
  dataProduct,
  domain,
  group,
  odcsApi,
  odcsContract,
  usecase,
  withPorts,
} from '../testUtils';

/*
 * Org: units sales (teams team-a, team-b below it) and platform.
 * Domains: orders (team-a) with subdomain returns (team-b), catalog (team-b),
 * empty (nobody's products).
 */
const facts = factsFromEntities([
  group('sales'),
  group('team-a', 'sales'),
  group('team-b', 'sales'),
  group('platform'),
  domain('orders', 'sales'),
  domain('returns', 'team-b', { subdomainOf: 'orders' }),
  domain('catalog', 'team-b'),
  domain('empty', 'platform'),
  // Owned by a team below the domain owner: counts as domain-owned.
  dataProduct('orders-a', { domain: 'orders', owner: 'team-a' }),
  // Owned by a team outside the domain owner's tree: central ownership.
  dataProduct('orders-b', { domain: 'orders', owner: 'platform' }),
  dataProduct('returns-a', {
    domain: 'returns',
    owner: 'group:default/Team-B',
  }),
  dataProduct('catalog-draft', {
    domain: 'catalog',
    owner: 'team-b',
    lifecycle: 'draft',
  }),
  usecase('u-live', { status: 'live', domain: 'orders' }),
  usecase('u-committed', {
    status: 'committed',
    consumes: ['returns-a#out'],
  }),
  usecase('u-proposed', { status: 'proposed', domain: 'catalog' }),
  usecase('u-retired', { status: 'retired', domain: 'orders' }),
]);

describe('computeMetrics', () => {
  it('measures the organisation', () => {
    expect(computeMetrics(facts, 'organization')).toEqual({
      domains: 4,
      adoptingDomains: 2, // orders, returns
      adoption: 0.5,
      activeDataProducts: 3,
      realUseCases: 2,
      liveUseCases: 1,
      domainOwnership: 2 / 3, // orders-a, returns-a; not orders-b
      availableCapabilities: 0,
      contractCoverage: 0, // no port names a contract
    });
  });

  it('includes subdomains and the use cases consuming the scope', () => {
    expect(computeMetrics(facts, 'domain:default/orders')).toEqual({
      domains: 2,
      adoptingDomains: 2,
      adoption: 1,
      activeDataProducts: 3,
      // u-live belongs to orders; u-committed consumes returns-a.
      realUseCases: 2,
      liveUseCases: 1,
      domainOwnership: 2 / 3,
      availableCapabilities: 0,
      contractCoverage: 0,
    });
  });

  it('measures a leaf domain on its own', () => {
    expect(computeMetrics(facts, 'domain:default/returns')).toMatchObject({
      domains: 1,
      adoptingDomains: 1,
      activeDataProducts: 1,
      realUseCases: 1,
      domainOwnership: 1,
    });
  });

  it("measures contract coverage over the active products' output ports", () => {
    const covered = factsFromEntities([
      domain('orders', 'team-a'),
      domain('catalog', 'team-a'),
      // 5 ports of active products: orders-contract counts twice (two
      // ports name it); an openapi API, a missing API and a port without
      // a contract do not count.
      withPorts(dataProduct('lines', { domain: 'orders', owner: 'team-a' }), [
        { name: 'a', api: 'orders-contract' },
        { name: 'b', api: 'api:default/orders-contract' },
        { name: 'c', api: 'orders-openapi' },
      ]),
      withPorts(dataProduct('items', { domain: 'catalog', owner: 'team-a' }), [
        { name: 'a', api: 'missing-contract' },
        { name: 'b' },
      ]),
      // A draft product's ports are not counted at all.
      withPorts(
        dataProduct('draft', {
          domain: 'catalog',
          owner: 'team-a',
          lifecycle: 'draft',
        }),
        [{ name: 'a' }, { name: 'b' }],
      ),
      odcsApi('orders-contract', odcsContract()),
      odcsApi('orders-openapi', 'openapi: 3.0.0', { type: 'openapi' }),
    ]);
    expect(computeMetrics(covered, 'organization').contractCoverage).toBe(
      2 / 5,
    );
    expect(
      computeMetrics(covered, 'domain:default/orders').contractCoverage,
    ).toBe(2 / 3);
    expect(
      computeMetrics(covered, 'domain:default/catalog').contractCoverage,
    ).toBe(0);
  });

  it('gives zeros, not NaN, for empty scopes', () => {
    expect(computeMetrics(facts, 'domain:default/empty')).toMatchObject({
      adoption: 0,
      domainOwnership: 0,
      activeDataProducts: 0,
    });
    expect(computeMetrics(factsFromEntities([]), 'organization')).toMatchObject(
      { domains: 0, adoption: 0, domainOwnership: 0, contractCoverage: 0 },
    );
  });

  it('survives cycles in the group tree and the subdomain graph', () => {
    const cyclic = factsFromEntities([
      group('x', 'y'),
      group('y', 'x'),
      domain('d1', 'z', { subdomainOf: 'd2' }),
      domain('d2', 'z', { subdomainOf: 'd1' }),
      dataProduct('p', { domain: 'd1', owner: 'x' }),
    ]);
    expect(computeMetrics(cyclic, 'domain:default/d1')).toMatchObject({
      domains: 2,
      domainOwnership: 0,
    });
  });

  it('follows the childOf chain whichever side declares it', () => {
    // team-c names no parent; only its unit lists it among its children.
    const onlyChildren = factsFromEntities([
      group('unit', undefined, ['team-c']),
      group('team-c'),
      domain('billing', 'unit'),
      dataProduct('invoices', { domain: 'billing', owner: 'team-c' }),
      dataProduct('ledger', { domain: 'billing', owner: 'outsider' }),
    ]);
    expect(computeMetrics(onlyChildren, 'organization')).toMatchObject({
      activeDataProducts: 2,
      domainOwnership: 0.5, // invoices, not ledger
    });
  });
});

describe('MetricsIndex.steps', () => {
  const grouped = factsFromEntities(groupedOrganisationEntities(12, 4));
  const scopes = [
    'organization',
    ...grouped.domains.map(d => d.ref),
    ...grouped.groups.map(g => g.ref),
  ];

  it('builds the index the constructor builds, for every scope', () => {
    const stepped = runSteps(MetricsIndex.steps(grouped));
    const built = new MetricsIndex(grouped);
    const metrics = (index: MetricsIndex) =>
      scopes.map(scope => [scope, index.metricsFor(scope)]);
    expect(metrics(stepped)).toEqual(metrics(built));
    // Not all alike: the organisation has a bit of everything.
    expect(
      new Set(scopes.map(scope => JSON.stringify(built.metricsFor(scope))))
        .size,
    ).toBeGreaterThan(20);
    expect(built.metricsFor('organization')).toMatchObject({
      domains: 39,
      // Products 0 to 151, active unless 2 or 4 modulo 5.
      activeDataProducts: 92,
    });
  });

  it('pauses after every group, domain, data product and use case', () => {
    const { pauses } = runCountingPauses(MetricsIndex.steps(grouped));
    expect(pauses).toBeGreaterThanOrEqual(
      grouped.groups.length +
        grouped.domains.length +
        2 * grouped.dataProducts.length +
        grouped.useCases.length,
    );
  });

  it('measures a scope in steps as in one go, pausing per product, use case or domain', () => {
    const index = new MetricsIndex(grouped);
    const measured = scopes.map(scope => {
      const { result, pauses } = runCountingPauses(
        index.metricsForSteps(scope),
      );
      return { scope, result, pauses };
    });
    expect(measured.map(m => [m.scope, m.result])).toEqual(
      scopes.map(scope => [scope, index.metricsFor(scope)]),
    );
    const pauses = new Map(measured.map(m => [m.scope, m.pauses]));
    expect(pauses.get('organization')).toBeGreaterThanOrEqual(
      grouped.dataProducts.length + grouped.useCases.length,
    );
    // The root's scope is every domain but lab's and orphan's.
    expect(pauses.get('group:default/org')).toBeGreaterThanOrEqual(
      grouped.domains.length - 2,
    );
    // domain-0-0 and its subdomains domain-0-1 and domain-0-2.
    expect(pauses.get('domain:default/domain-0-0')).toBeGreaterThanOrEqual(3);
  });

  it('leaves nothing behind for the next index built in one go', () => {
    runSteps(MetricsIndex.steps(grouped));
    expect(new MetricsIndex(facts).metricsFor('organization').domains).toBe(4);
  });
});
