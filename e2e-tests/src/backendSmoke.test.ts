/*
 * Boots the real backend on SQLite with the example organisation and reads it
 * back through the catalog's HTTP API, as any client of the portal would.
 */
import { RunningBackend, startBackend, waitFor } from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

describe('backend smoke test', () => {
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    backend = await startBackend({ port: E2E_PORTS.backendSmoke.backend });
    token = await backend.getGuestToken();
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function queryCatalog(query: string) {
    const res = await fetch(
      `${backend.baseUrl}/api/catalog/entities/by-query?${query}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    if (!res.ok) throw new Error(`catalog answered ${res.status}`);
    return (await res.json()) as {
      items: Array<{ kind: string; metadata: { name: string } }>;
      totalItems: number;
    };
  }

  it('refuses catalog reads without a token', async () => {
    const res = await fetch(`${backend.baseUrl}/api/catalog/entities`);
    expect(res.status).toBe(401);
  });

  it('serves the example organisation through the catalog API', async () => {
    const domains = await waitFor(
      async () => {
        const page = await queryCatalog(
          'filter=kind=domain&fields=metadata.name&limit=100',
        );
        return page.totalItems >= 12 ? page : undefined;
      },
      120_000,
      'the example domains to be ingested',
    );
    const names = domains.items.map(e => e.metadata.name).sort();
    expect(names).toEqual(
      expect.arrayContaining(['orders', 'marketing', 'fulfilment', 'finance']),
    );

    // The data-mesh kinds are ingested with their relations.
    const product = await waitFor(
      async () => {
        const page = await queryCatalog(
          'filter=kind=dataproduct,metadata.name=order-history&fields=kind,metadata.name,relations',
        );
        const entity = page.items[0] as any;
        return entity?.relations?.length ? entity : undefined;
      },
      120_000,
      'order-history with its relations',
    );
    expect(
      product.relations.map((r: any) => `${r.type} ${r.targetRef}`),
    ).toEqual(
      expect.arrayContaining([
        'partOf domain:default/orders',
        'dependsOn dataproduct:default/orders-events',
        'dataMeshDataProductConsumedBy usecase:default/checkout-conversion-dashboard',
      ]),
    );
    for (const [kind, count] of [
      ['dataproduct', 15],
      ['usecase', 8],
      ['platformcapability', 11],
    ] as const) {
      const page = await waitFor(
        async () => {
          const p = await queryCatalog(`filter=kind=${kind}&limit=1`);
          return p.totalItems === count ? p : undefined;
        },
        60_000,
        `${count} entities of kind ${kind}`,
      );
      expect(page.totalItems).toBe(count);
    }

    const groups = await queryCatalog(
      'filter=kind=group,metadata.name=brightcart&fields=kind,metadata.name',
    );
    expect(groups.items).toEqual([
      { kind: 'Group', metadata: { name: 'brightcart' } },
    ]);
  });
});
