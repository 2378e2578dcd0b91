import express from 'express';
import request from 'supertest';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import {
  ALICE,
  BOB,
  HIDDEN_FROM_BOB,
  makeRouterApp,
  readChecks,
} from '../__testUtils__/routerApp';

const refChecks = readChecks.refs;

describe('createRouter', () => {
  const scheduler = mockServices.scheduler.mock();
  let app: express.Express;
  let emptyApp: express.Express;

  beforeAll(async () => {
    app = (
      await makeRouterApp({
        entities: loadExampleEntities(),
        compute: true,
        scheduler,
      })
    ).app;
    emptyApp = (
      await makeRouterApp({ entities: [], compute: false, scheduler })
    ).app;
  });

  beforeEach(() => {
    refChecks.length = 0;
    readChecks.catalogDown = false;
  });

  const as = (user: string) => mockCredentials.user.header(user);
  const get = (path: string, user = ALICE) =>
    request(app).get(path).set('Authorization', as(user));

  describe('authentication', () => {
    it.each([
      '/status',
      '/phase?scope=organization',
      '/domains',
      '/capabilities',
      '/capabilities/default/stream-ingestion/demand',
      '/entities/DataProduct/default/order-history/capabilities',
      '/references/dangling',
    ])('answers 401 to GET %s without credentials', async path => {
      const res = await request(app).get(path);
      expect(res.status).toBe(401);
    });

    it('answers 401 to POST /refresh without credentials', async () => {
      expect((await request(app).post('/refresh')).status).toBe(401);
    });

    it('accepts service credentials', async () => {
      const res = await request(app)
        .get('/phase?scope=organization')
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
    });

    it('answers health checks without credentials', async () => {
      expect((await request(app).get('/health')).body).toEqual({
        status: 'ok',
      });
    });
  });

  describe('request validation against the OpenAPI document', () => {
    it.each([
      ['/phase', 'scope'],
      [
        '/phase?scope=component:default/x',
        'must be "organization", a domain reference like "domain:default/orders" or a business unit like "group:default/commerce"',
      ],
      ['/phase?scope=organization&sort=name', 'sort'],
      ['/phase/history?scope=organization&from=yesterday', 'from'],
      [
        '/phase/history?scope=organization&from=2026-02-30',
        'must be a date like 2026-01-31',
      ],
      [
        '/phase/history?scope=organization&from=2026-03-01&to=2026-02-01',
        'is after "to"',
      ],
      ['/domains?limit=51', 'limit'],
      ['/capabilities?limit=51', 'limit'],
      ['/capabilities/default/stream-ingestion/demand?limit=51', 'limit'],
      ['/references/dangling?limit=501', 'limit'],
      ['/domains?limit=0', 'limit'],
      ['/domains?offset=-1', 'offset'],
      ['/domains?limit=ten', 'limit'],
      ['/domains?sort=owner', 'sort'],
      ['/capabilities?view=all', 'view'],
      ['/capabilities?status=gone', 'status'],
      ['/capabilities?orderBy=title', 'orderBy'],
      [`/capabilities?category=${'x'.repeat(101)}`, 'category'],
      ['/capabilities/default/stream-ingestion/demand?demand=all', 'demand'],
      ['/entities/Component/default/x/capabilities', 'kind'],
      [`/entities/DataProduct/default/${'x'.repeat(100)}/capabilities`, 'name'],
    ])('answers 400 to %s, naming %s', async (path, named) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(named);
    });
  });

  describe('GET /phase', () => {
    it('answers the organisation phase', async () => {
      const res = await get('/phase?scope=organization');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        scope: 'organization',
        phase: 'scale',
        computedPhase: 'scale',
        adopterCategory: 'early-majority',
        stale: false,
      });
    });

    it('accepts domain refs in any case and with the default kind', async () => {
      for (const scope of ['domain:default/Fulfilment', 'fulfilment']) {
        const res = await get(`/phase?scope=${encodeURIComponent(scope)}`);
        expect(res.body).toMatchObject({
          scope: 'domain:default/fulfilment',
          phase: 'scale',
          computedPhase: 'bootstrap',
          declared: { phase: 'scale' },
        });
      }
    });

    it('answers 404 for an unknown domain and for one the caller may not read', async () => {
      expect((await get('/phase?scope=domain:default/nowhere')).status).toBe(
        404,
      );
      expect(
        (await get('/phase?scope=domain:default/marketing', BOB)).status,
      ).toBe(404);
    });

    it('answers 503 with a reason before the first computation', async () => {
      const res = await request(emptyApp)
        .get('/phase?scope=organization')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain('has not been computed yet');
    });
  });

  describe('paginated lists', () => {
    it('pages the domains, sorted and filtered on the server', async () => {
      const first = await get('/domains?limit=5&sort=dataProducts&order=desc');
      expect(first.body).toMatchObject({ totalItems: 12, offset: 0, limit: 5 });
      expect(first.body.items).toHaveLength(5);
      const counts = first.body.items.map((d: any) => d.dataProducts);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      const second = await get(
        '/domains?limit=5&offset=5&sort=dataProducts&order=desc',
      );
      expect(second.body.items[0].scope).not.toBe(first.body.items[4].scope);
      const inScale = await get('/domains?phase=scale');
      expect(inScale.body.items.map((d: any) => d.title).sort()).toEqual([
        'Customers',
        'Fulfilment',
        'Marketing',
        'Orders',
      ]);
      const byText = await get('/domains?q=ORDER');
      expect(byText.body.items.map((d: any) => d.scope)).toEqual([
        'domain:default/orders',
      ]);
    });

    it('defaults to 50 rows', async () => {
      const res = await get('/references/dangling');
      expect(res.body).toMatchObject({ offset: 0, limit: 50 });
      expect(res.body.count).toBe(res.body.totalItems);
    });

    it('leaves out domains the caller may not read, and counts only the others', async () => {
      const bob = await get('/domains?limit=50', BOB);
      expect(bob.body.totalItems).toBe(11);
      expect(bob.body.items.map((d: any) => d.scope)).not.toContain(
        'domain:default/marketing',
      );
      expect(bob.body.items).toHaveLength(11);
    });
  });

  describe('GET /capabilities', () => {
    it('shows teams only demanded capabilities, most demanded first, with samples', async () => {
      const res = await get('/capabilities');
      const counts = res.body.items.map((i: any) => i.demand.count);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(res.body.items[0]).toMatchObject({
        title: 'Stream Ingestion',
        demand: { count: 5, samples: { useCases: { count: 5 } } },
      });
    });

    it('groups the platform view on the server', async () => {
      const groups: Record<string, string[]> = {};
      for (const group of [
        'demanded',
        'not-offered',
        'emerging-only',
        'no-demand',
      ]) {
        const res = await get(`/capabilities?view=platform&group=${group}`);
        groups[group] = res.body.items.map((i: any) => i.title);
      }
      expect(groups['not-offered']).toEqual(['ml-training', 'alerting']);
      expect(groups['emerging-only']).toEqual(['gpu-notebooks']);
      expect(groups['no-demand'].sort()).toEqual([
        'Data Marketplace',
        'Reverse ETL',
      ]);
      expect(groups.demanded).toContain('Stream Ingestion');
    });

    it('filters by status and category', async () => {
      const res = await get('/capabilities?view=platform&status=not-offered');
      expect(res.body.items.map((i: any) => i.title)).toEqual([
        'ml-training',
        'alerting',
        'gpu-notebooks',
      ]);
      const byCategory = await get('/capabilities?category=governance');
      expect(byCategory.body.items.map((i: any) => i.title)).toEqual([
        'Data Quality Checks',
        'PII Masking',
      ]);
    });

    it('answers 403 for the platform view without its permission', async () => {
      expect((await get('/capabilities?view=platform', BOB)).status).toBe(403);
    });

    it('leaves out use cases the caller may not read, keeping the counts', async () => {
      const res = await get('/capabilities', BOB);
      const featureStore = res.body.items.find(
        (i: any) => i.title === 'Feature Store',
      );
      expect(featureStore.demand.samples.useCases).toEqual({
        count: 2,
        sample: ['usecase:default/personalised-recommendations'],
      });
    });
  });

  describe('capability drill-downs', () => {
    it('answers one capability, also one no entity offers', async () => {
      const res = await get('/capabilities/default/ml-training');
      expect(res.body).toMatchObject({
        ref: 'platformcapability:default/ml-training',
        offered: false,
        demand: { count: 1 },
        stale: false,
      });
      expect((await get('/capabilities/default/no-such-thing')).status).toBe(
        404,
      );
    });

    it('pages the use cases that need a capability, with the products they need it through', async () => {
      const res = await get(
        '/capabilities/default/stream-ingestion/demand?limit=2&offset=1',
      );
      expect(res.body).toMatchObject({
        capabilityRef: 'platformcapability:default/stream-ingestion',
        totalItems: 5,
        offset: 1,
        limit: 2,
      });
      expect(res.body.items).toHaveLength(2);
      for (const entry of res.body.items) {
        expect(entry.direct || entry.dataProducts.count > 0).toBe(true);
      }
      const emerging = await get(
        '/capabilities/default/gpu-notebooks/demand?demand=emerging',
      );
      expect(emerging.body.items.map((e: any) => e.useCase)).toEqual([
        'usecase:default/demand-planning',
      ]);
    });

    it('pages the domains and data products behind a capability', async () => {
      const domains = await get(
        '/capabilities/default/stream-ingestion/domains',
      );
      expect(domains.body.totalItems).toBe(domains.body.items.length);
      expect(domains.body.items).toContainEqual({
        ref: 'domain:default/orders',
      });
      const products = await get(
        '/capabilities/default/stream-ingestion/data-products?limit=1',
      );
      expect(products.body.items).toHaveLength(1);
      expect(products.body.totalItems).toBeGreaterThan(1);
    });
  });

  describe('GET /entities/:kind/:namespace/:name/capabilities', () => {
    it('pages what a use case needs and how, not-yet-available first', async () => {
      const res = await get(
        '/entities/UseCase/default/delivery-sla-monitoring/capabilities',
      );
      expect(res.body).toMatchObject({
        entityRef: 'usecase:default/delivery-sla-monitoring',
        totalItems: 3,
        notAvailable: 1,
      });
      expect(res.body.needs).toEqual([
        {
          ref: 'platformcapability:default/alerting',
          title: 'alerting',
          status: 'not-offered',
          available: false,
          direct: true,
          dataProducts: { count: 0, sample: [] },
        },
        {
          ref: 'platformcapability:default/stream-ingestion',
          title: 'Stream Ingestion',
          status: 'available',
          available: true,
          direct: false,
          dataProducts: {
            count: 1,
            sample: ['dataproduct:default/shipments'],
          },
        },
        {
          ref: 'platformcapability:default/stream-processing',
          title: 'Stream Processing',
          status: 'available',
          available: true,
          direct: false,
          dataProducts: {
            count: 1,
            sample: ['dataproduct:default/shipments'],
          },
        },
      ]);
      const page = await get(
        '/entities/usecase/default/delivery-sla-monitoring/capabilities?limit=1&offset=2',
      );
      expect(page.body.needs.map((n: any) => n.title)).toEqual([
        'Stream Processing',
      ]);
    });

    it('pages the products an entity needs a capability through', async () => {
      const res = await get(
        '/entities/UseCase/default/delivery-sla-monitoring/capabilities/default/stream-ingestion/data-products',
      );
      expect(res.body.items).toEqual([
        { ref: 'dataproduct:default/shipments' },
      ]);
    });

    it('answers 404 for unknown entities and for entities the caller may not read', async () => {
      expect(
        (await get('/entities/DataProduct/default/nothing/capabilities'))
          .status,
      ).toBe(404);
      expect(
        (
          await get(
            '/entities/UseCase/default/payment-fraud-detection/capabilities',
            BOB,
          )
        ).status,
      ).toBe(404);
    });
  });

  describe('permission checks', () => {
    it('sends no ref anywhere when the read decision is unconditional', async () => {
      await get('/capabilities?view=platform&limit=50');
      await get('/domains?limit=50');
      expect(refChecks).toEqual([]);
    });

    it('checks the capabilities it counts and the refs a page names, in bounded batches', async () => {
      const res = await get('/capabilities?limit=2', BOB);
      const named = new Set(
        JSON.stringify(res.body).match(/[a-z]+:default\/[a-z0-9-]+/g),
      );
      const checked = refChecks.flat();
      expect(checked.length).toBeGreaterThan(0);
      // Beyond what the two rows name: the capabilities counted, and the
      // entities naming a capability no entity offers.
      const namers = (
        await Promise.all(
          ['ml-training', 'alerting', 'gpu-notebooks'].map(name =>
            get(`/capabilities/default/${name}/demand?limit=50`),
          ),
        )
      ).flatMap(r => r.body.items.map((i: any) => i.useCase));
      for (const ref of checked) {
        expect({
          ref,
          expected:
            named.has(ref) ||
            HIDDEN_FROM_BOB.has(ref) ||
            ref.startsWith('platformcapability:') ||
            namers.includes(ref),
        }).toEqual({ ref, expected: true });
      }
      expect(Math.max(...refChecks.map(r => r.length))).toBeLessThanOrEqual(
        200,
      );
    });

    it.each([
      '/phase?scope=organization',
      '/domains?limit=50',
      '/capabilities?limit=50',
      '/capabilities/default/feature-store',
      '/capabilities/default/feature-store/demand?limit=50',
      '/capabilities/default/feature-store/domains?limit=100',
      '/capabilities/default/feature-store/data-products?limit=500',
      '/entities/DataProduct/default/customer-360/capabilities?limit=100',
      '/references/dangling?limit=500',
    ])('never names what the caller may not read in %s', async path => {
      const res = await get(path, BOB);
      expect(res.status).toBe(200);
      for (const hidden of HIDDEN_FROM_BOB) {
        expect(JSON.stringify(res.body)).not.toContain(hidden);
      }
    });
  });

  describe('when the catalog cannot answer a read check', () => {
    it.each([
      ['/domains?limit=50', 'items'],
      ['/capabilities?limit=50', 'items'],
    ])(
      'answers %s with 200, names nothing unconfirmed and says it is stale',
      async (path, list) => {
        const complete = await get(path, BOB);
        expect(complete.body.stale).toBe(false);
        readChecks.catalogDown = true;
        const res = await get(path, BOB);
        expect(res.status).toBe(200);
        expect(res.body.stale).toBe(true);
        expect(res.body[list].length).toBeLessThan(complete.body[list].length);
        const names = JSON.stringify(res.body).match(
          /(domain|usecase|dataproduct|platformcapability):default\/[a-z0-9-]+/g,
        );
        // Only capabilities no entity offers are named: they need no check.
        for (const name of names ?? []) {
          expect(name).toMatch(/^platformcapability:/);
        }
      },
    );

    it('answers 503 with a reason for an entity it cannot confirm', async () => {
      readChecks.catalogDown = true;
      const res = await get(
        '/entities/DataProduct/default/customer-360/capabilities',
        BOB,
      );
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(
        /Could not confirm that the caller may read dataproduct:default\/customer-360/,
      );
    });
  });

  describe('GET /status and POST /refresh', () => {
    it('says what the last run took', async () => {
      const res = await get('/status');
      expect(res.body).toMatchObject({
        stale: false,
        lastError: null,
        lastRun: { entities: { dataProducts: 15, useCases: 8 } },
      });
    });

    it('triggers the scheduled task and answers 202', async () => {
      const res = await request(app)
        .post('/refresh')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(202);
      expect(scheduler.triggerTask).toHaveBeenCalledWith('refresh-task');
    });

    it('answers 403 without the refresh permission', async () => {
      const res = await request(app)
        .post('/refresh')
        .set('Authorization', as(BOB));
      expect(res.status).toBe(403);
    });
  });
});
