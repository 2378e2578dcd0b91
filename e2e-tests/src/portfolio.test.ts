/*
 * Boots the real backend with the example organisation and checks the
 * portfolio the README states for it: phase, S-curve position and the most
 * demanded capabilities, through the authenticated API.
 */
import {
  RunningBackend,
  startBackend,
  waitForExamplePortfolio,
} from './backendProcess';

jest.setTimeout(300_000);

describe('data-mesh portfolio on the real backend', () => {
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    backend = await startBackend({
      port: 7108,
      extraConfig: {
        dataMesh: {
          schedule: {
            initialDelay: { seconds: 1 },
            frequency: { minutes: 10 },
          },
        },
      },
    });
    token = await backend.getGuestToken();
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function api(path: string, init: RequestInit = {}) {
    return fetch(`${backend.baseUrl}/api/data-mesh${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...init.headers },
    });
  }

  const waitForPortfolio = () => waitForExamplePortfolio(backend, token);

  it('places the organisation in the scale phase, early majority', async () => {
    const phase = await waitForPortfolio();
    expect(phase).toMatchObject({
      scope: 'organization',
      phase: 'scale',
      computedPhase: 'scale',
      declared: null,
      adopterCategory: 'early-majority',
      stale: false,
      metrics: {
        domains: 12,
        adoptingDomains: 5,
        activeDataProducts: 8,
        realUseCases: 5,
        liveUseCases: 3,
        availableCapabilities: 5,
      },
    });
    expect(phase.next.phase).toBe('exploit');
    expect(
      phase.next.criteria.filter((c: any) => !c.met).map((c: any) => c.metric),
    ).toEqual(['adoption', 'activeDataProducts', 'liveUseCases']);
  });

  it('shows a declared domain phase next to the computed one', async () => {
    await waitForPortfolio();
    const res = await api('/phase?scope=domain:default/fulfilment');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      phase: 'scale',
      computedPhase: 'bootstrap',
      declared: { phase: 'scale' },
    });
  });

  it('lists stream ingestion as the most demanded capability for teams', async () => {
    await waitForPortfolio();
    const res = await api('/capabilities?view=teams');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(
      body.items.slice(0, 4).map((i: any) => [i.title, i.demand.count]),
    ).toEqual([
      ['Stream Ingestion', 5],
      ['Lakehouse Storage', 4],
      ['Batch Ingestion', 3],
      ['Data Quality Checks', 3],
    ]);
    expect(body.items.map((i: any) => i.title)).not.toContain('Reverse ETL');
  });

  it('keeps a history point for the S-curve', async () => {
    await waitForPortfolio();
    const res = await api('/phase/history?scope=organization');
    const body = await res.json();
    expect(body.points.length).toBeGreaterThanOrEqual(1);
    expect(body.points.at(-1)).toMatchObject({
      phase: 'scale',
      adoptingDomains: 5,
    });
  });

  it('checks requests against the OpenAPI document on the real backend', async () => {
    await waitForPortfolio();
    for (const [path, named] of [
      ['/capabilities?limit=101', 'limit'],
      ['/domains?orderBy=title', 'orderBy'],
      ['/capabilities/default/stream-ingestion/demand?demand=all', 'demand'],
    ]) {
      const res = await api(path);
      expect([res.status, (await res.json()).error.message]).toEqual([
        400,
        expect.stringContaining(named),
      ]);
    }
    const page = await api(
      '/capabilities/default/stream-ingestion/demand?limit=2',
    );
    expect(await page.json()).toMatchObject({ totalItems: 5, limit: 2 });
  });

  it('refuses requests without credentials but answers health checks', async () => {
    const res = await fetch(
      `${backend.baseUrl}/api/data-mesh/phase?scope=organization`,
    );
    expect(res.status).toBe(401);
    const health = await fetch(`${backend.baseUrl}/api/data-mesh/health`);
    expect(health.status).toBe(200);
  });
});
