/*
 * Boots the real backend with the example organisation and checks the
 * portfolio the README states for it: phase, S-curve position, the most
 * demanded capabilities, and what the execution insights say (where to
 * start, complementary use cases, the roadmap, business units and the
 * forecast over the example history), through the authenticated API.
 */
import {
  FIRST_RECOMPUTE_AT_ONCE,
  RunningBackend,
  startBackend,
  waitForComplementarySearch,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

describe('data-mesh portfolio on the real backend', () => {
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    backend = await startBackend({
      port: E2E_PORTS.portfolio.backend,
      extraConfig: FIRST_RECOMPUTE_AT_ONCE,
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
        availableCapabilities: 6,
        // Every active port names an odcs contract the catalog holds.
        contractCoverage: 1,
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

  it('keeps a history point for the S-curve, after a year of example points', async () => {
    await waitForPortfolio();
    const res = await api('/phase/history?scope=organization&limit=500');
    const body = await res.json();
    // app-config.yaml seeds the empty history with 365 example days.
    expect(body.points.length).toBeGreaterThanOrEqual(366);
    expect(body.points[0]).toMatchObject({ adoption: 0, example: true });
    expect(body.points.at(-1)).toMatchObject({
      phase: 'scale',
      adoptingDomains: 5,
      example: false,
    });
  });

  const json = async (path: string) => {
    const res = await api(path);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('says where to start: the checkout dashboard, and delivery SLA monitoring once alerting exists', async () => {
    await waitForPortfolio();
    const { cells } = await json('/use-cases');
    const start = cells.find((c: any) => c.startHere);
    expect([start.value, start.complexity, start.count]).toEqual([
      'high',
      'low',
      2,
    ]);
    expect(
      start.useCases.map((u: any) => [
        u.title,
        u.blockedBy.sample.map((c: any) => c.title),
      ]),
    ).toEqual([
      ['Checkout Conversion Dashboard', []],
      ['Delivery SLA Monitoring', ['alerting']],
    ]);
  });

  it('pairs demand planning with finance close automation first among five complementary pairs', async () => {
    const phase = await waitForPortfolio();
    const search = await waitForComplementarySearch(
      backend,
      token,
      phase.computedAt,
    );
    const body = await json('/use-cases/complementary?limit=1');
    expect(body.searchedAt).toBe(search.searchedAt);
    expect(body.totalItems).toBe(5);
    expect(body.items[0]).toMatchObject({
      first: { title: 'Demand Planning', personas: ['data-scientist'] },
      second: {
        title: 'Finance Close Automation',
        personas: ['data-analyst'],
      },
      shared: { count: 4 },
      neededByEither: 6,
    });
    // The join ran in its worker thread, loaded from TypeScript as the
    // CLI starts a backend in development, not in the fallback on the
    // event loop.
    expect(backend.output()).toMatch(
      /Searched 8 use cases for complementary pairs in \d+ ms: 5 found/,
    );
    expect(backend.output()).not.toMatch(/could not run in a worker thread/);
  });

  it('puts the feature store first on the roadmap and lists the report mailer as deprecated but needed', async () => {
    await waitForPortfolio();
    const roadmap = await json('/roadmap?limit=3');
    expect(
      roadmap.items.map((i: any) => [
        i.capability.title,
        i.fullyUnblocks.sample.map((u: any) => `${u.title} (${u.value})`),
      ]),
    ).toEqual([
      ['Feature Store', ['Payment Fraud Detection (high)']],
      ['alerting', ['Delivery SLA Monitoring (high)']],
      ['PII Masking', []],
    ]);
    const deprecated = await json('/roadmap/deprecated');
    expect(
      deprecated.items.map((d: any) => [
        d.capability.title,
        d.useCases.sample.map((u: any) => `${u.title} (${u.status})`),
      ]),
    ).toEqual([['Scheduled Report Mailer', ['Marketing Attribution (live)']]]);
  });

  it('assesses each business unit on its own curve, customer experience in scale', async () => {
    await waitForPortfolio();
    const units = await json('/business-units');
    expect(units.items.map((u: any) => [u.title, u.phase])).toEqual([
      ['Central Analytics', 'bootstrap'],
      ['Commerce', 'bootstrap'],
      ['Customer Experience', 'scale'],
      ['Finance', 'bootstrap'],
      ['Operations', 'bootstrap'],
    ]);
    const commerce = await json('/phase?scope=group:default/commerce');
    expect(
      commerce.next.criteria
        .filter((c: any) => !c.met)
        .map((c: any) => c.metric),
    ).toEqual(['activeDataProducts']);
    // The sparkline ends at today's measurement, after example days.
    const sparkline = units.items[1].history;
    expect(sparkline).toHaveLength(30);
    expect(sparkline.at(-1)).toMatchObject({ adoption: 2 / 3, example: false });
    expect(sparkline[0].example).toBe(true);
  });

  it('forecasts exploit adoption a week after the example year ends', async () => {
    const phase = await waitForPortfolio();
    const { forecast } = phase;
    expect(forecast).toMatchObject({
      outcome: 'expected',
      target: { phase: 'exploit', adoption: 0.5 },
      exampleDays: 365,
      basis: { points: 366 },
    });
    const weekLater = new Date(
      Date.parse(`${forecast.basis.to}T00:00:00Z`) + 7 * 86_400_000,
    )
      .toISOString()
      .slice(0, 10);
    expect(forecast.expectedDate).toBe(weekLater);
    const finance = await json('/phase?scope=group:default/finance');
    expect(finance.forecast.outcome).toBe('no-progress');
  });

  it("shows order-lines' unannounced breaking change from the example history, and whom it reaches", async () => {
    await waitForPortfolio();
    const versions = await (
      await api('/contracts/default/order-lines-contract/versions')
    ).json();
    // 1.0.0 is the configured example version, seen 14 days before the
    // first run (app-config.yaml, dataMesh.exampleContractVersions).
    expect(
      versions.items.map((v: any) => [
        v.sequence,
        v.version,
        v.breaking,
        v.unannounced,
      ]),
    ).toEqual([
      [2, '1.1.0', true, true],
      [1, '1.0.0', false, false],
    ]);
    const days =
      (Date.parse(versions.items[0].seenAt) -
        Date.parse(versions.items[1].seenAt)) /
      86_400_000;
    expect(days).toBe(14);
    expect(
      versions.items[0].changes
        .filter((c: any) => c.class === 'breaking')
        .map((c: any) => c.path),
    ).toEqual(['schema.order_lines.properties.quantity.logicalType']);

    const impact = await (
      await api('/contracts/default/order-lines-contract/impact?limit=50')
    ).json();
    expect(
      impact.useCases.items.map(
        (u: any) => `${u.title} ${u.status} ${u.reach}`,
      ),
    ).toEqual([
      'Checkout Conversion Dashboard live port',
      'Marketing Attribution live lineage',
      'Personalised Recommendations committed lineage',
    ]);
    expect(impact.useCases.realItems).toBe(3);
    expect(impact.dataProducts.totalItems).toBe(8);

    const risks = await (
      await api(
        '/entities/usecase/default/marketing-attribution/contract-risks',
      )
    ).json();
    expect(risks.items).toEqual([
      expect.objectContaining({
        api: 'api:default/order-lines-contract',
        seenAt: versions.items[0].seenAt,
        breakingPaths: ['schema.order_lines.properties.quantity.logicalType'],
        reach: 'lineage',
      }),
    ]);
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
