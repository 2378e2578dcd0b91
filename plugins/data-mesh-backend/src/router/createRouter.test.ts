import express from 'express';
import request from 'supertest';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import { createRouter } from './createRouter';
import { DefaultPortfolioService } from '../service/DefaultPortfolioService';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { readDataMeshBackendOptions } from '../config';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { ConfigReader } from '@backstage/config';
import { TestDatabases } from '@backstage/backend-test-utils';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const ALICE = 'user:default/alice'; // may do everything
const BOB = 'user:default/bob'; // no platform view, no refresh, cannot read two entities
const HIDDEN_FROM_BOB = new Set([
  'usecase:default/payment-fraud-detection',
  'domain:default/marketing',
]);

/** A policy with real decisions per user, for the permission paths. */
const permissions: PermissionsService = {
  async authorize(requests, { credentials }) {
    const user = (credentials as BackstageCredentials<any>).principal
      ?.userEntityRef;
    return requests.map(r => {
      if (user !== BOB) return { result: AuthorizeResult.ALLOW };
      if (isResourcePermission(r.permission)) {
        const ref = (r as { resourceRef?: string }).resourceRef ?? '';
        return {
          result: HIDDEN_FROM_BOB.has(ref)
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
        };
      }
      return { result: AuthorizeResult.DENY };
    }) as any;
  },
  async authorizeConditional() {
    throw new Error('not used');
  },
};

describe('createRouter', () => {
  const scheduler = mockServices.scheduler.mock();
  let app: express.Express;
  let emptyApp: express.Express;

  beforeAll(async () => {
    const options = readDataMeshBackendOptions(new ConfigReader({}));
    const makeApp = async (entities: any[], refresh: boolean) => {
      const store = await KnexSnapshotStore.create(
        mockServices.database({ knex: await databases.init('SQLITE_3') }),
      );
      const service = new DefaultPortfolioService({
        store,
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        options,
      });
      if (refresh) await service.refresh();
      const router = await createRouter({
        service,
        // No header means no credentials, as in a real backend.
        httpAuth: mockServices.httpAuth({
          defaultCredentials: mockCredentials.none(),
        }),
        permissions,
        scheduler,
        refreshTaskId: 'refresh-task',
      });
      return express().use(router).use(mockErrorHandler());
    };
    app = await makeApp(loadExampleEntities(), true);
    emptyApp = await makeApp([], false);
  });

  const as = (user: string) => mockCredentials.user.header(user);

  describe('authentication', () => {
    it.each([
      '/phase?scope=organization',
      '/domains',
      '/capabilities',
      '/entities/DataProduct/default/order-history/capabilities',
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

  describe('GET /phase', () => {
    it('answers the organisation phase', async () => {
      const res = await request(app)
        .get('/phase?scope=organization')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        scope: 'organization',
        phase: 'scale',
        computedPhase: 'scale',
        adopterCategory: 'early-majority',
        stale: false,
      });
      expect(Object.keys(res.body).sort()).toEqual(
        [
          'adopterCategory',
          'computedAt',
          'computedPhase',
          'declared',
          'metrics',
          'next',
          'phase',
          'scope',
          'stale',
        ].sort(),
      );
    });

    it('accepts domain refs in any case and with the default kind', async () => {
      for (const scope of ['domain:default/Fulfilment', 'fulfilment']) {
        const res = await request(app)
          .get(`/phase?scope=${encodeURIComponent(scope)}`)
          .set('Authorization', as(ALICE));
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          scope: 'domain:default/fulfilment',
          phase: 'scale',
          computedPhase: 'bootstrap',
          declared: { phase: 'scale' },
        });
      }
    });

    it.each([
      ['/phase', 'Query parameter "scope" is required'],
      [
        '/phase?scope=component:default/x',
        'must be "organization" or a domain reference',
      ],
      [
        '/phase?scope=a:b:c/d/e',
        'must be "organization" or a domain reference',
      ],
      [
        '/phase?scope=organization&sort=name',
        'Unknown query parameter "sort"; allowed: scope',
      ],
      [
        '/phase?scope=organization&scope=orders',
        'Query parameter "scope" must be given once',
      ],
    ])('answers 400 to %s', async (path, message) => {
      const res = await request(app).get(path).set('Authorization', as(ALICE));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    });

    it('answers 404 for an unknown domain and for one the caller may not read', async () => {
      const unknown = await request(app)
        .get('/phase?scope=domain:default/nowhere')
        .set('Authorization', as(ALICE));
      expect(unknown.status).toBe(404);
      const hidden = await request(app)
        .get('/phase?scope=domain:default/marketing')
        .set('Authorization', as(BOB));
      expect(hidden.status).toBe(404);
    });

    it('answers 503 with a reason before the first computation', async () => {
      const res = await request(emptyApp)
        .get('/phase?scope=organization')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain('has not been computed yet');
    });
  });

  describe('GET /phase/history', () => {
    it('answers points, and 400 for bad dates', async () => {
      const ok = await request(app)
        .get('/phase/history?scope=organization&from=2000-01-01')
        .set('Authorization', as(ALICE));
      expect(ok.status).toBe(200);
      expect(ok.body.points).toHaveLength(1);
      for (const [query, message] of [
        ['from=yesterday', 'must be a date like 2026-01-31'],
        ['from=2026-02-30', 'must be a date like 2026-01-31'],
        ['from=2026-03-01&to=2026-02-01', 'is after "to"'],
      ]) {
        const res = await request(app)
          .get(`/phase/history?scope=organization&${query}`)
          .set('Authorization', as(ALICE));
        expect([res.status, res.body.error.message]).toEqual([
          400,
          expect.stringContaining(message),
        ]);
      }
    });
  });

  describe('GET /domains', () => {
    it('lists domains, leaving out those the caller may not read', async () => {
      const alice = await request(app)
        .get('/domains')
        .set('Authorization', as(ALICE));
      expect(alice.status).toBe(200);
      expect(alice.body.items).toHaveLength(12);
      const bob = await request(app)
        .get('/domains')
        .set('Authorization', as(BOB));
      expect(bob.body.items.map((d: any) => d.scope)).not.toContain(
        'domain:default/marketing',
      );
      expect(bob.body.items).toHaveLength(11);
    });
  });

  describe('GET /capabilities', () => {
    it('shows teams only demanded capabilities, most demanded first', async () => {
      const res = await request(app)
        .get('/capabilities')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(200);
      const counts = res.body.items.map((i: any) => i.demand.count);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(res.body.items[0].title).toBe('Stream Ingestion');
    });

    it('shows the platform view no-demand and not-offered capabilities', async () => {
      const res = await request(app)
        .get('/capabilities?view=platform')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(200);
      const titles = res.body.items.map((i: any) => i.title);
      expect(titles).toEqual(
        expect.arrayContaining([
          'Reverse ETL',
          'Data Marketplace',
          'gpu-notebooks',
        ]),
      );
    });

    it('filters by status and category', async () => {
      const res = await request(app)
        .get('/capabilities?view=platform&status=not-offered')
        .set('Authorization', as(ALICE));
      expect(res.body.items.map((i: any) => i.title)).toEqual([
        'ml-training',
        'alerting',
        'gpu-notebooks',
      ]);
      const byCategory = await request(app)
        .get('/capabilities?category=governance')
        .set('Authorization', as(ALICE));
      expect(byCategory.body.items.map((i: any) => i.title)).toEqual([
        'Data Quality Checks',
        'PII Masking',
      ]);
    });

    it('answers 403 for the platform view without its permission', async () => {
      const res = await request(app)
        .get('/capabilities?view=platform')
        .set('Authorization', as(BOB));
      expect(res.status).toBe(403);
    });

    it('leaves out use cases the caller may not read, keeping the counts', async () => {
      const res = await request(app)
        .get('/capabilities')
        .set('Authorization', as(BOB));
      const featureStore = res.body.items.find(
        (i: any) => i.title === 'Feature Store',
      );
      expect(featureStore.demand.count).toBe(2);
      expect(featureStore.demand.useCases).toEqual([
        'usecase:default/personalised-recommendations',
      ]);
      expect(JSON.stringify(res.body)).not.toContain('payment-fraud-detection');
    });

    it.each([
      [
        '/capabilities?view=all',
        'Query parameter "view" must be one of teams, platform',
      ],
      ['/capabilities?status=gone', 'Query parameter "status" must be one of'],
      ['/capabilities?orderBy=title', 'Unknown query parameter "orderBy"'],
      [
        `/capabilities?category=${'x'.repeat(101)}`,
        'between 1 and 100 characters',
      ],
    ])('answers 400 to %s', async (path, message) => {
      const res = await request(app).get(path).set('Authorization', as(ALICE));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    });
  });

  describe('GET /entities/:kind/:namespace/:name/capabilities', () => {
    it('lists what a use case needs and how', async () => {
      const res = await request(app)
        .get('/entities/UseCase/default/delivery-sla-monitoring/capabilities')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        entityRef: 'usecase:default/delivery-sla-monitoring',
        needs: [
          {
            ref: 'platformcapability:default/alerting',
            title: 'alerting',
            status: 'not-offered',
            available: false,
            via: ['direct'],
          },
          {
            ref: 'platformcapability:default/stream-processing',
            title: 'Stream Processing',
            status: 'beta',
            available: false,
            via: ['dataproduct:default/shipments'],
          },
          {
            ref: 'platformcapability:default/stream-ingestion',
            title: 'Stream Ingestion',
            status: 'available',
            available: true,
            via: ['dataproduct:default/shipments'],
          },
        ],
      });
    });

    it('answers 404 for unknown entities and for entities the caller may not read', async () => {
      const unknown = await request(app)
        .get('/entities/DataProduct/default/nothing/capabilities')
        .set('Authorization', as(ALICE));
      expect(unknown.status).toBe(404);
      const hidden = await request(app)
        .get('/entities/UseCase/default/payment-fraud-detection/capabilities')
        .set('Authorization', as(BOB));
      expect(hidden.status).toBe(404);
    });

    it('answers 400 for other kinds and malformed names', async () => {
      const kind = await request(app)
        .get('/entities/Component/default/x/capabilities')
        .set('Authorization', as(ALICE));
      expect(kind.status).toBe(400);
      expect(kind.body.error.message).toContain(
        'must be DataProduct or UseCase',
      );
      const name = await request(app)
        .get(`/entities/DataProduct/default/${'x'.repeat(100)}/capabilities`)
        .set('Authorization', as(ALICE));
      expect(name.status).toBe(400);
    });
  });

  describe('GET /references/dangling', () => {
    it('counts references to entities that do not exist', async () => {
      const res = await request(app)
        .get('/references/dangling')
        .set('Authorization', as(ALICE));
      expect(res.status).toBe(200);
      expect(res.body.count).toBe(res.body.items.length);
      expect(res.body.items).toEqual(
        expect.arrayContaining([
          {
            from: 'usecase:default/delivery-sla-monitoring',
            field: 'spec.requiresCapabilities',
            ref: 'platformcapability:default/alerting',
          },
        ]),
      );
    });
  });

  describe('POST /refresh', () => {
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
