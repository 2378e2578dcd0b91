import express from 'express';
import request from 'supertest';
import Ajv2020 from 'ajv/dist/2020';
import SwaggerParser from '@apidevtools/swagger-parser';
import {
  TestDatabases,
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createRouter } from '../router/createRouter';
import { AuthorizedPortfolioService } from '../authorization/AuthorizedPortfolioService';
import { CallerDecisions } from '../authorization/CallerDecisions';
import { portfolioService } from '../__testUtils__/portfolioService';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { readDataMeshBackendOptions } from '../config';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { undocumentedFields } from '../__testUtils__/undocumentedFields';
import { openApiSpec } from './openApiSpec';

/*
 * The OpenAPI document is the one description of the API: the router
 * validates requests against it, and here every route's real answers are
 * checked against it, so the shared TypeScript types the service answers
 * with cannot drift from it. A field the document does not describe fails
 * too.
 */

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('openapi.yaml', () => {
  let app: express.Express;
  let document: any;

  beforeAll(async () => {
    document = await SwaggerParser.dereference(await openApiSpec());
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const service = portfolioService({
      store,
      catalog: catalogServiceMock({ entities: loadExampleEntities() }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh',
      options: readDataMeshBackendOptions(new ConfigReader({})),
    });
    await service.refresh.recompute();
    await service.refresh.searchComplementaryUseCases();
    const router = await createRouter({
      service: new AuthorizedPortfolioService(
        service,
        new CallerDecisions(mockServices.permissions(), catalogServiceMock(), {
          cacheTtlMs: 0,
        }),
      ),
      httpAuth: mockServices.httpAuth(),
    });
    app = express().use(router).use(mockErrorHandler());
  });

  it('lists every route of the router, and no other', async () => {
    const served = (app._router.stack as any[])
      .flatMap(layer => layer.handle?.stack ?? [])
      .filter((layer: any) => layer.route)
      .flatMap((layer: any) =>
        Object.keys(layer.route.methods).map(
          method =>
            `${method.toUpperCase()} ${layer.route.path.replace(
              /:(\w+)/g,
              '{$1}',
            )}`,
        ),
      )
      .filter((route: string) => !route.includes('openapi.json'))
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([p, methods]) =>
        Object.keys(methods as object).map(m => `${m.toUpperCase()} ${p}`),
      )
      .sort();
    expect(documented).toEqual(served);
  });

  it.each([
    ['get', '/health', '/health'],
    ['get', '/status', '/status'],
    ['get', '/phase', '/phase?scope=domain:default/fulfilment'],
    ['get', '/phase/history', '/phase/history?scope=organization'],
    ['get', '/domains', '/domains?sort=adoption&order=desc'],
    ['get', '/capabilities', '/capabilities?view=platform&limit=50'],
    [
      'get',
      '/capabilities/{namespace}/{name}',
      '/capabilities/default/ml-training',
    ],
    [
      'get',
      '/capabilities/{namespace}/{name}/demand',
      '/capabilities/default/stream-ingestion/demand',
    ],
    [
      'get',
      '/capabilities/{namespace}/{name}/domains',
      '/capabilities/default/stream-ingestion/domains',
    ],
    [
      'get',
      '/capabilities/{namespace}/{name}/data-products',
      '/capabilities/default/stream-ingestion/data-products',
    ],
    [
      'get',
      '/entities/{kind}/{namespace}/{name}/capabilities',
      '/entities/UseCase/default/delivery-sla-monitoring/capabilities',
    ],
    [
      'get',
      '/entities/{kind}/{namespace}/{name}/capabilities/{capabilityNamespace}/{capabilityName}/data-products',
      '/entities/UseCase/default/delivery-sla-monitoring/capabilities/default/stream-ingestion/data-products',
    ],
    ['get', '/references/dangling', '/references/dangling'],
    ['get', '/phase', '/phase?scope=group:default/commerce'],
    ['get', '/phase/history', '/phase/history?scope=group:default/commerce'],
    ['get', '/use-cases', '/use-cases'],
    ['get', '/use-cases/cell', '/use-cases/cell?value=high&complexity=low'],
    ['get', '/use-cases/unrated', '/use-cases/unrated'],
    ['get', '/use-cases/complementary', '/use-cases/complementary'],
    ['get', '/roadmap', '/roadmap'],
    ['get', '/roadmap/deprecated', '/roadmap/deprecated'],
    [
      'get',
      '/roadmap/{namespace}/{name}/use-cases',
      '/roadmap/default/pii-masking/use-cases?unblocks=partly',
    ],
    [
      'get',
      '/roadmap/{namespace}/{name}/use-cases',
      '/roadmap/default/stream-ingestion/use-cases',
    ],
    ['get', '/business-units', '/business-units?level=all'],
    ['get', '/phase', '/phase?scope=group:default/data-platform'],
    ['post', '/refresh', '/refresh'],
    ['get', '/phase', '/phase?scope=domain:default/nowhere'],
    ['get', '/domains', '/domains?limit=9999'],
  ])('answers %s %s as documented (%s)', async (method, route, url) => {
    const res = await (request(app) as any)
      [method](url)
      .set('Authorization', mockCredentials.user.header());
    const documented = document.paths[route][method].responses[res.status];
    expect(documented).toBeDefined();
    const schema = documented.content['application/json'].schema;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate.errors ?? validate(res.body)).toBe(true);
    expect(undocumentedFields(res.body, schema)).toEqual([]);
  });
});
