import express from 'express';
import request from 'supertest';
import {
  TestDatabases,
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import { createRouter } from '../router/createRouter';
import { AuthorizedPortfolioService } from '../authorization/AuthorizedPortfolioService';
import { CallerDecisions } from '../authorization/CallerDecisions';
import { portfolioService } from './portfolioService';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { readDataMeshBackendOptions } from '../config';

/*
 * The router over the real services and a SQLite store, with a permission
 * policy that has real decisions per user, for the router's tests.
 */

/** May do everything. */
export const ALICE = 'user:default/alice';
/** No platform view, no refresh, and cannot read the entities below. */
export const BOB = 'user:default/bob';
/** Has the platform view, and cannot read the entities below either. */
export const CAROL = 'user:default/carol';
/** What Bob and Carol may not read. */
export const HIDDEN_FROM_BOB = new Set([
  'usecase:default/payment-fraud-detection',
  'domain:default/marketing',
  'group:default/finance',
  'platformcapability:default/report-mailer',
  // Only in the leak tests' organisation.
  'domain:default/mergers-and-acquisitions',
  'usecase:default/secret-initiative',
  // Only in the contract tests' organisation.
  'api:default/secret-contract',
  'usecase:default/secret-plan',
  'dataproduct:default/finance-kpis',
]);

const userOf = (credentials: BackstageCredentials) =>
  (credentials as BackstageCredentials<any>).principal?.userEntityRef;

/** What the read checks asked and whether the catalog answers them. */
export const readChecks = {
  /** Refs sent to be checked, one entry per request. */
  refs: [] as string[][],
  /** Whether the catalog fails to answer the read checks. */
  catalogDown: false,
};

/**
 * The catalog, as the read checks see it: it answers on the caller's
 * behalf, leaving out (as null) what the caller may not read.
 */
const catalogForReadChecks = {
  async getEntitiesByRefs(
    { entityRefs }: { entityRefs: string[] },
    { credentials }: { credentials: BackstageCredentials },
  ) {
    readChecks.refs.push(entityRefs);
    if (readChecks.catalogDown) throw new Error('connect ECONNREFUSED');
    const restricted = [BOB, CAROL].includes(userOf(credentials));
    return {
      items: entityRefs.map(ref =>
        restricted && HIDDEN_FROM_BOB.has(ref) ? undefined : { kind: 'x' },
      ),
    };
  },
} as unknown as CatalogService;

/**
 * A policy with real decisions per user: Alice may read everything
 * (unconditionally), Bob's and Carol's reads depend on the entity.
 */
const permissions: PermissionsService = {
  async authorize(requests, { credentials }) {
    if (requests.some(r => isResourcePermission(r.permission))) {
      throw new Error('entity reads are checked through the catalog');
    }
    return requests.map(() => ({
      result:
        userOf(credentials) === BOB
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    }));
  },
  async authorizeConditional(requests, { credentials }) {
    return requests.map(() =>
      [BOB, CAROL].includes(userOf(credentials))
        ? {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_KIND',
              resourceType: 'catalog-entity',
              params: { kinds: ['x'] },
            },
          }
        : { result: AuthorizeResult.ALLOW },
    ) as any;
  },
};

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** Options of {@link makeRouterApp}. */
export interface RouterAppOptions {
  /** The catalog's entities. */
  entities: any[];
  /** The catalog, when a test changes it; otherwise one holding `entities`. */
  catalog?: CatalogService;
  /** Whether to compute a snapshot first. */
  compute: boolean;
  /** The scheduler the service triggers. */
  scheduler?: ReturnType<typeof mockServices.scheduler.mock>;
  /** `dataMesh` config. */
  dataMesh?: JsonObject;
  /** The clock of the service. */
  now?: () => Date;
}

/**
 * An express app serving the router, the service behind it, and the
 * authorized service the router calls (which the actions call too).
 */
export async function makeRouterApp(options: RouterAppOptions) {
  const store = await KnexSnapshotStore.create(
    mockServices.database({ knex: await databases.init('SQLITE_3') }),
  );
  const service = portfolioService({
    store,
    catalog:
      options.catalog ?? catalogServiceMock({ entities: options.entities }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    scheduler: options.scheduler ?? mockServices.scheduler.mock(),
    refreshTaskId: 'refresh-task',
    options: readDataMeshBackendOptions(
      new ConfigReader({ dataMesh: options.dataMesh ?? {} }),
    ),
    now: options.now,
  });
  if (options.compute) {
    await service.refresh.recompute();
    await service.refresh.searchComplementaryUseCases();
  }
  const authorized = new AuthorizedPortfolioService(
    service,
    // Nothing reused between requests: each test sees its own checks.
    new CallerDecisions(permissions, catalogForReadChecks, {
      cacheTtlMs: 0,
    }),
  );
  const router = await createRouter({
    service: authorized,
    // No header means no credentials, as in a real backend.
    httpAuth: mockServices.httpAuth({
      defaultCredentials: mockCredentials.none(),
    }),
  });
  const app = express().use(router).use(mockErrorHandler());
  return { app, service, authorized, store };
}

/** A GET as a user (Alice unless told). */
export function getAs(app: express.Express, path: string, user = ALICE) {
  return request(app)
    .get(path)
    .set('Authorization', mockCredentials.user.header(user));
}
