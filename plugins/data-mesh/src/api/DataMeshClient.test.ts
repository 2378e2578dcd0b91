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
  const requestedUrl = () => new URL(fetch.mock.calls[0][0]);
  return { client, fetch, getBaseUrl, requestedUrl };
}

describe('DataMeshClient', () => {
  it('reads the organisation phase from the data-mesh backend', async () => {
    const { client, getBaseUrl, requestedUrl } = setup(
      jsonResponse({ scope: 'organization', phase: 'scale' }),
    );

    const phase = await client.getPhase({ scope: 'organization' });

    expect(getBaseUrl).toHaveBeenCalledWith('data-mesh');
    expect(requestedUrl().pathname).toBe('/api/data-mesh/phase');
    expect(requestedUrl().searchParams.get('scope')).toBe('organization');
    expect(phase).toEqual({ scope: 'organization', phase: 'scale' });
  });

  it('normalises a domain scope to a full entity reference', async () => {
    const { client, requestedUrl } = setup(jsonResponse({}));

    await client.getPhase({ scope: 'Orders' });

    expect(requestedUrl().searchParams.get('scope')).toBe(
      'domain:default/orders',
    );
  });

  it('rejects a scope that is not a domain before calling the backend', async () => {
    const { client, fetch } = setup();

    await expect(
      client.getPhase({ scope: 'component:default/web' }),
    ).rejects.toThrow(/only domains have a phase/);
    await expect(client.getPhase({ scope: 'a:b:c/d/e' })).rejects.toThrow(
      /Invalid scope/,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends history bounds as ISO dates and rejects invalid ones', async () => {
    const { client, requestedUrl } = setup(jsonResponse({ points: [] }));

    await client.getPhaseHistory({
      scope: 'domain:default/orders',
      from: new Date('2026-01-01T00:00:00Z'),
      to: '2026-06-30T00:00:00Z',
    });

    expect(requestedUrl().pathname).toBe('/api/data-mesh/phase/history');
    expect(requestedUrl().searchParams.get('from')).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(requestedUrl().searchParams.get('to')).toBe(
      '2026-06-30T00:00:00.000Z',
    );
    await expect(
      client.getPhaseHistory({ scope: 'organization', from: 'yesterday' }),
    ).rejects.toThrow(/Invalid from date/);
  });

  it('reads the domains', async () => {
    const { client, requestedUrl } = setup(jsonResponse({ items: [] }));

    await expect(client.getDomains()).resolves.toEqual({ items: [] });
    expect(requestedUrl().pathname).toBe('/api/data-mesh/domains');
  });

  it('encodes and validates capability filters', async () => {
    const { client, requestedUrl, fetch } = setup();

    await client.getCapabilities({
      view: 'platform',
      category: ' machine learning&more ',
      status: 'not-offered',
    });

    expect(requestedUrl().searchParams.get('view')).toBe('platform');
    expect(requestedUrl().searchParams.get('category')).toBe(
      'machine learning&more',
    );
    expect(requestedUrl().searchParams.get('status')).toBe('not-offered');

    fetch.mockClear();
    await expect(
      client.getCapabilities({ view: 'everyone' as 'teams' }),
    ).rejects.toThrow(/Invalid view/);
    await expect(
      client.getCapabilities({ view: 'teams', status: 'gone' as 'beta' }),
    ).rejects.toThrow(/Invalid status/);
    await expect(
      client.getCapabilities({ view: 'teams', category: '  ' }),
    ).rejects.toThrow(/Invalid category/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('builds the entity capabilities path from the canonical kind', async () => {
    const { client, fetch } = setup(jsonResponse({ needs: [] }));

    await client.getEntityCapabilities('dataproduct:default/order history');
    await client.getEntityCapabilities({
      kind: 'UseCase',
      namespace: 'team/a',
      name: 'fraud',
    });

    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE_URL}/entities/DataProduct/default/order%20history/capabilities`,
    );
    expect(fetch.mock.calls[1][0]).toBe(
      `${BASE_URL}/entities/UseCase/team%2Fa/fraud/capabilities`,
    );
    await expect(
      client.getEntityCapabilities('component:default/web'),
    ).rejects.toThrow(/only for DataProduct and UseCase/);
  });

  it('asks for a refresh with a POST', async () => {
    const { client, fetch } = setup(new Response(null, { status: 202 }));

    await client.requestRefresh();

    expect(fetch).toHaveBeenCalledWith(`${BASE_URL}/refresh`, {
      method: 'POST',
    });
  });

  it('turns a backend error into a ResponseError with its message', async () => {
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
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
      cause: expect.objectContaining({ message: 'Not allowed here' }),
    });
  });
});
