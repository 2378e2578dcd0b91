import { DataMeshClient } from './DataMeshClient';

const BASE_URL = 'http://backstage.test/api/data-mesh';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function setup(response: Response = jsonResponse({ items: [] })) {
  // A body can be read once; every call gets its own copy.
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response.clone(),
  );
  const getBaseUrl = jest.fn(async (_pluginId: string) => BASE_URL);
  const client = new DataMeshClient({
    discoveryApi: { getBaseUrl },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
  });
  /** The URL of the nth request, relative to the backend's base URL. */
  const requested = (n = 0) => {
    const url = fetch.mock.calls[n][0];
    expect(url.startsWith(BASE_URL)).toBe(true);
    return url.slice(BASE_URL.length);
  };
  return { client, fetch, getBaseUrl, requested };
}

describe('DataMeshClient', () => {
  it('reads a phase from the data-mesh backend and returns the answer', async () => {
    const { client, getBaseUrl, requested } = setup(
      jsonResponse({ scope: 'organization', phase: 'scale' }),
    );

    const phase = await client.getPhase({ scope: 'domain:default/orders' });

    expect(getBaseUrl).toHaveBeenCalledWith('data-mesh');
    expect(requested()).toBe('/phase?scope=domain%3Adefault%2Forders');
    expect(phase).toEqual({ scope: 'organization', phase: 'scale' });
  });

  it('pages through the phase history with day bounds', async () => {
    const { client, requested } = setup(jsonResponse({ points: [] }));

    await client.getPhaseHistory({
      scope: 'organization',
      from: new Date('2026-01-01T00:00:00Z'),
      to: '2026-06-30',
      limit: 500,
      offset: 500,
    });
    await client.getPhaseHistory({ scope: 'organization' });

    expect(requested(0)).toBe(
      '/phase/history?scope=organization&from=2026-01-01T00%3A00%3A00.000Z&to=2026-06-30&limit=500&offset=500',
    );
    expect(requested(1)).toBe('/phase/history?scope=organization');
  });

  it('sends the page, order and filters of the domains', async () => {
    const { client, requested } = setup();

    await client.getDomains();
    await client.getDomains({
      limit: 20,
      offset: 40,
      sort: 'adoption',
      order: 'desc',
      q: 'orders & more',
      phase: 'scale',
      archetype: 'source-aligned',
    });

    expect(requested(0)).toBe('/domains');
    expect(requested(1)).toBe(
      '/domains?limit=20&offset=40&sort=adoption&order=desc&q=orders+%26+more&phase=scale&archetype=source-aligned',
    );
  });

  it('sends capability filters as given and leaves their validation to the backend', async () => {
    const { client, requested } = setup();

    await client.getCapabilities({
      view: 'platform',
      category: ' machine learning ',
      status: 'not-offered',
      group: 'emerging-only',
      limit: 20,
      offset: 0,
    });
    await client.getCapabilities();

    expect(requested(0)).toBe(
      '/capabilities?view=platform&category=+machine+learning+&status=not-offered&group=emerging-only&limit=20&offset=0',
    );
    expect(requested(1)).toBe('/capabilities');
  });

  it('turns a capability ref into encoded path segments for every capability route', async () => {
    const { client, requested } = setup();
    const ref = 'platformcapability:team.a/ml training';

    await client.getCapability(ref);
    await client.getCapabilityDemand(ref, {
      demand: 'emerging',
      limit: 20,
      offset: 20,
    });
    await client.getCapabilityDomains(
      { kind: 'PlatformCapability', namespace: 'default', name: 'lakehouse' },
      { limit: 5 },
    );
    await client.getCapabilityDataProducts('lakehouse', { offset: 10 });

    expect(requested(0)).toBe('/capabilities/team.a/ml%20training');
    expect(requested(1)).toBe(
      '/capabilities/team.a/ml%20training/demand?demand=emerging&limit=20&offset=20',
    );
    expect(requested(2)).toBe(
      '/capabilities/default/lakehouse/domains?limit=5',
    );
    expect(requested(3)).toBe(
      '/capabilities/default/lakehouse/data-products?offset=10',
    );
  });

  it('builds the entity routes from the kind, namespace and name of the ref', async () => {
    const { client, requested } = setup();

    await client.getEntityCapabilities('usecase:team/a/fraud', { limit: 20 });
    await client.getEntityCapabilities({
      kind: 'DataProduct',
      namespace: 'default',
      name: 'order-history',
    });
    await client.getEntityCapabilityDataProducts(
      'usecase:default/fraud',
      'platformcapability:default/lakehouse-storage',
      { limit: 20, offset: 20 },
    );

    expect(requested(0)).toBe(
      '/entities/usecase/team/a%2Ffraud/capabilities?limit=20',
    );
    expect(requested(1)).toBe(
      '/entities/DataProduct/default/order-history/capabilities',
    );
    expect(requested(2)).toBe(
      '/entities/usecase/default/fraud/capabilities/default/lakehouse-storage/data-products?limit=20&offset=20',
    );
  });

  it('reads dangling references and the status', async () => {
    const { client, requested } = setup(jsonResponse({ count: 0 }));

    await expect(client.getDanglingReferences({ limit: 100 })).resolves.toEqual(
      { count: 0 },
    );
    await client.getStatus();

    expect(requested(0)).toBe('/references/dangling?limit=100');
    expect(requested(1)).toBe('/status');
  });

  it('asks for a refresh with a POST', async () => {
    const { client, fetch } = setup(new Response(null, { status: 202 }));

    await client.requestRefresh();

    expect(fetch).toHaveBeenCalledWith(`${BASE_URL}/refresh`, {
      method: 'POST',
    });
  });

  it("turns the backend's 400 into a ResponseError that names the parameter", async () => {
    const { client } = setup(
      jsonResponse(
        {
          error: {
            name: 'InputError',
            message: 'category must NOT have more than 100 characters',
          },
          request: { method: 'GET', url: '/capabilities' },
          response: { statusCode: 400 },
        },
        400,
      ),
    );

    await expect(
      client.getCapabilities({ category: 'x'.repeat(101) }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      cause: expect.objectContaining({
        message: 'category must NOT have more than 100 characters',
      }),
    });
  });

  it('turns a refusal into a ResponseError with its status', async () => {
    const { client } = setup(
      jsonResponse(
        {
          error: { name: 'NotAllowedError', message: 'Not allowed here' },
          request: { method: 'GET', url: '/capabilities' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );

    await expect(
      client.getCapabilities({ view: 'platform' }),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 403 });
  });

  it('reads the execution insights from their routes', async () => {
    const { client, requested } = setup();

    await client.getUseCasePortfolio();
    await client.getUseCaseCell({ value: 'high', complexity: 'low' });
    await client.getUseCaseCell({
      value: 'medium',
      complexity: 'high',
      limit: 20,
      offset: 20,
    });
    await client.getUnratedUseCases({ limit: 20, offset: 0 });
    await client.getComplementaryUseCases({ limit: 20, offset: 40 });
    await client.getRoadmap();
    await client.getRoadmap({ status: 'planned', limit: 20, offset: 0 });
    await client.getDeprecatedNeeds({ limit: 20, offset: 0 });
    await client.getRoadmapUseCases('ml-training');
    await client.getRoadmapUseCases('platformcapability:ops/feature store', {
      unblocks: 'partly',
      limit: 20,
      offset: 20,
    });
    await client.getBusinessUnits();
    await client.getBusinessUnits({ level: 'all', limit: 50, offset: 0 });
    await client.getPhase({ scope: 'group:default/retail' });

    expect(Array.from({ length: 13 }, (_, n) => requested(n))).toEqual([
      '/use-cases',
      '/use-cases/cell?value=high&complexity=low',
      '/use-cases/cell?value=medium&complexity=high&limit=20&offset=20',
      '/use-cases/unrated?limit=20&offset=0',
      '/use-cases/complementary?limit=20&offset=40',
      '/roadmap',
      '/roadmap?status=planned&limit=20&offset=0',
      '/roadmap/deprecated?limit=20&offset=0',
      '/roadmap/default/ml-training/use-cases',
      '/roadmap/ops/feature%20store/use-cases?unblocks=partly&limit=20&offset=20',
      '/business-units',
      '/business-units?level=all&limit=50&offset=0',
      '/phase?scope=group%3Adefault%2Fretail',
    ]);
  });

  it("reads a contract's versions and impact, and the risks of an entity", async () => {
    const { client, requested } = setup();

    await client.getContractVersions('api:retail/order-lines-contract');
    await client.getContractVersions('order lines', { limit: 50, offset: 50 });
    await client.getContractImpact('api:retail/order-lines-contract');
    await client.getContractImpact(
      { kind: 'API', namespace: 'retail', name: 'order-lines-contract' },
      { version: 3, limit: 20, offset: 40 },
    );
    await client.getEntityContractRisks('usecase:marketing/churn-model');
    await client.getEntityContractRisks('dataproduct:default/order-history', {
      limit: 20,
      offset: 0,
    });

    expect(Array.from({ length: 6 }, (_, n) => requested(n))).toEqual([
      '/contracts/retail/order-lines-contract/versions',
      '/contracts/default/order%20lines/versions?limit=50&offset=50',
      '/contracts/retail/order-lines-contract/impact',
      '/contracts/retail/order-lines-contract/impact?version=3&limit=20&offset=40',
      '/entities/usecase/marketing/churn-model/contract-risks',
      '/entities/dataproduct/default/order-history/contract-risks?limit=20&offset=0',
    ]);
  });
});
