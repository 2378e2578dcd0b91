import {
  HttpAuthService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { makeValidator } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  DomainsResponse,
  EntityCapabilitiesResponse,
  PhaseHistoryResponse,
  PhaseResponse,
  CapabilitiesResponse,
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import type { PortfolioService } from '../service/PortfolioService';
import {
  filterCapabilities,
  filterDangling,
  filterDomains,
  filterNeeds,
  refsInCapabilities,
} from './filterResponses';
import {
  CAPABILITY_STATUS_FILTERS,
  parseChoice,
  parseDay,
  parseScope,
  parseText,
  readQuery,
} from './parseQuery';
import { readableRefs } from './readableRefs';

/** What the router needs. */
export interface RouterOptions {
  service: PortfolioService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  scheduler: SchedulerService;
  /** Id of the scheduled refresh task, triggered by `POST /refresh`. */
  refreshTaskId: string;
}

const ENTITY_KINDS: Record<string, string> = {
  dataproduct: 'dataproduct',
  usecase: 'usecase',
};
const names = makeValidator();

/**
 * The HTTP API. It validates input, asks the service, and leaves out
 * entities the caller may not read; every route but /health needs user or
 * service credentials.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, httpAuth, permissions, scheduler, refreshTaskId } = options;
  const router = Router();
  router.use(express.json());

  const caller = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  async function authorize(req: Request, permission: BasicPermission) {
    const credentials = await caller(req);
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  async function readableScope(req: Request, scope: string) {
    const credentials = await caller(req);
    if (scope === 'organization') return;
    const canRead = await readableRefs(permissions, credentials, [scope]);
    if (!canRead(scope)) throw new NotFoundError(`No domain ${scope}`);
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/phase', async (req, res) => {
    const scope = parseScope(readQuery(req, ['scope']).scope);
    await readableScope(req, scope);
    const assessment = await service.getAssessment(scope);
    if (!assessment) throw new NotFoundError(`No domain ${scope}`);
    res.json(assessment satisfies PhaseResponse);
  });

  router.get('/phase/history', async (req, res) => {
    const query = readQuery(req, ['scope', 'from', 'to']);
    const scope = parseScope(query.scope);
    const from = parseDay('from', query.from);
    const to = parseDay('to', query.to);
    if (from && to && from > to) {
      throw new InputError(
        `Query parameter "from" (${from}) is after "to" (${to})`,
      );
    }
    await readableScope(req, scope);
    if (!(await service.getAssessment(scope))) {
      throw new NotFoundError(`No domain ${scope}`);
    }
    const points = await service.getHistory(scope, { from, to });
    res.json({ points } satisfies PhaseHistoryResponse);
  });

  router.get('/domains', async (req, res) => {
    readQuery(req, []);
    const credentials = await caller(req);
    const domains = await service.getDomains();
    const canRead = await readableRefs(
      permissions,
      credentials,
      domains.items.flatMap(d => [
        d.scope,
        ...(d.subdomainOf ? [d.subdomainOf] : []),
      ]),
    );
    const items = filterDomains(domains.items, canRead).map(d => ({
      ...d,
      computedAt: domains.computedAt,
      stale: domains.stale,
    }));
    res.json({ ...domains, items } satisfies DomainsResponse);
  });

  router.get('/capabilities', async (req, res) => {
    const query = readQuery(req, ['view', 'category', 'status']);
    const view = parseChoice(
      'view',
      query.view,
      ['teams', 'platform'] as const,
      'teams',
    );
    const category = parseText('category', query.category);
    const status = parseChoice(
      'status',
      query.status,
      CAPABILITY_STATUS_FILTERS,
    );
    if (view === 'platform')
      await authorize(req, dataMeshPlatformViewPermission);
    const credentials = await caller(req);

    const all = await service.getCapabilities();
    const selected = all.items.filter(
      item =>
        (view === 'platform' || item.demand.count > 0) &&
        (category === undefined || item.category === category) &&
        (status === undefined || item.status === status),
    );
    const canRead = await readableRefs(
      permissions,
      credentials,
      refsInCapabilities(selected),
    );
    res.json({
      ...all,
      items: filterCapabilities(selected, canRead),
    } satisfies CapabilitiesResponse);
  });

  router.get(
    '/entities/:kind/:namespace/:name/capabilities',
    async (req, res) => {
      readQuery(req, []);
      const { namespace, name } = req.params;
      const kind = ENTITY_KINDS[req.params.kind.toLocaleLowerCase('en-US')];
      if (!kind) {
        throw new InputError(
          `Path parameter "kind" must be DataProduct or UseCase; got ${JSON.stringify(
            req.params.kind.slice(0, 40),
          )}`,
        );
      }
      if (
        !names.isValidNamespace(namespace) ||
        !names.isValidEntityName(name)
      ) {
        throw new InputError(
          'Path parameters "namespace" and "name" must be valid entity names',
        );
      }
      const entityRef = normalizeEntityRef({ kind, namespace, name });
      const credentials = await caller(req);
      const needs = await service.getEntityNeeds(entityRef);
      const canRead = await readableRefs(permissions, credentials, [
        entityRef,
        ...(needs ?? []).flatMap(n => [n.ref, ...n.via]),
      ]);
      if (!needs || !canRead(entityRef))
        throw new NotFoundError(`No entity ${entityRef}`);
      res.json({
        entityRef,
        needs: filterNeeds(needs, canRead),
      } satisfies EntityCapabilitiesResponse);
    },
  );

  router.get('/references/dangling', async (req, res) => {
    readQuery(req, []);
    const credentials = await caller(req);
    const dangling = await service.getDanglingReferences();
    const canRead = await readableRefs(
      permissions,
      credentials,
      dangling.items.map(d => d.from),
    );
    const items = filterDangling(dangling.items, canRead);
    res.json({ ...dangling, count: items.length, items });
  });

  router.post('/refresh', async (req, res) => {
    await authorize(req, dataMeshRefreshPermission);
    try {
      await scheduler.triggerTask(refreshTaskId);
    } catch (error) {
      // Already running: the caller gets the fresh result all the same.
      if (
        !(
          error instanceof ConflictError ||
          (error as Error)?.name === 'ConflictError'
        )
      ) {
        throw error;
      }
    }
    res.status(202).json({ status: 'accepted' });
  });

  return router;
}
