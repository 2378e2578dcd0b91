import { HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_PAGE_LIMIT,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import express, { Request } from 'express';
import type { PortfolioService } from '../service/PortfolioService';
import { openApiSpec } from '../schema/openApiSpec';
import { parseDay, parseScope } from './parseQuery';
import { addInsightRoutes } from './insightRoutes';

/** What the router needs. */
export interface RouterOptions {
  /** The service as callers may see it (the authorized one). */
  service: PortfolioService;
  httpAuth: HttpAuthService;
}

type Query = Record<string, any>;

/** Paging parameters, validated by the OpenAPI document, with defaults. */
function page(query: Query) {
  return {
    offset: query.offset ?? 0,
    limit: query.limit ?? DEFAULT_PAGE_LIMIT,
  };
}

/** `kind:namespace/name` from path parameters, normalised. */
function entityRef(kind: string, namespace: string, name: string) {
  return normalizeEntityRef({ kind, namespace, name });
}

/**
 * The HTTP API. Requests are validated against the OpenAPI document
 * (`src/schema/openapi.yaml`), which allow-lists every parameter and states
 * its type, range and default; handlers only turn parameters into the
 * service's terms and answer. Every route but /health needs user or service
 * credentials.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, httpAuth } = options;
  // The document is read at run time, so the router's handlers take their
  // types from the common package rather than from the document.
  const createOpenApiRouter = createValidatedOpenApiRouter as unknown as (
    spec: unknown,
    options: { validatorOptions: Record<string, unknown> },
  ) => express.Router;
  const router = createOpenApiRouter(await openApiSpec(), {
    validatorOptions: {
      // Query strings arrive as text; the document says which are numbers.
      validateRequests: {
        coerceTypes: true,
        allowUnknownQueryParameters: false,
      },
      // Backstage's auth middleware has checked the token before the
      // router runs (401, not 400, for a missing one).
      validateSecurity: false,
    },
  });

  const caller = async (req: Request) => ({
    credentials: await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    }),
  });

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/status', async (req, res) => {
    res.json(await service.getStatus(await caller(req)));
  });

  router.get('/phase', async (req, res) => {
    const scope = parseScope(req.query.scope as string);
    res.json(await service.getAssessment(scope, await caller(req)));
  });

  router.get('/phase/history', async (req, res) => {
    const query = req.query as Query;
    const scope = parseScope(query.scope);
    const from = parseDay('from', query.from);
    const to = parseDay('to', query.to);
    if (from && to && from > to) {
      throw new InputError(
        `Query parameter "from" (${from}) is after "to" (${to})`,
      );
    }
    res.json(
      await service.getHistory(
        scope,
        { from, to, ...page(query) },
        await caller(req),
      ),
    );
  });

  router.get('/domains', async (req, res) => {
    const query = req.query as Query;
    res.json(
      await service.listDomains(
        {
          ...page(query),
          sort: query.sort ?? 'title',
          order: query.order ?? 'asc',
          q: query.q,
          phase: query.phase,
          archetype: query.archetype,
        },
        await caller(req),
      ),
    );
  });

  router.get('/capabilities', async (req, res) => {
    const query = req.query as Query;
    res.json(
      await service.listCapabilities(
        {
          ...page(query),
          view: query.view ?? 'teams',
          category: query.category,
          status: query.status,
          group: query.group,
        },
        await caller(req),
      ),
    );
  });

  const capabilityRef = (req: Request) =>
    entityRef('platformcapability', req.params.namespace, req.params.name);

  router.get('/capabilities/:namespace/:name', async (req, res) => {
    res.json(
      await service.getCapability(capabilityRef(req), await caller(req)),
    );
  });

  router.get('/capabilities/:namespace/:name/demand', async (req, res) => {
    const query = req.query as Query;
    res.json(
      await service.listCapabilityDemand(
        capabilityRef(req),
        { ...page(query), demand: query.demand ?? 'real' },
        await caller(req),
      ),
    );
  });

  router.get('/capabilities/:namespace/:name/domains', async (req, res) => {
    res.json(
      await service.listCapabilityDomains(
        capabilityRef(req),
        page(req.query),
        await caller(req),
      ),
    );
  });

  router.get(
    '/capabilities/:namespace/:name/data-products',
    async (req, res) => {
      res.json(
        await service.listCapabilityDataProducts(
          capabilityRef(req),
          page(req.query),
          await caller(req),
        ),
      );
    },
  );

  const needingEntityRef = (req: Request) =>
    entityRef(req.params.kind, req.params.namespace, req.params.name);

  router.get(
    '/entities/:kind/:namespace/:name/capabilities',
    async (req, res) => {
      res.json(
        await service.listEntityNeeds(
          needingEntityRef(req),
          page(req.query),
          await caller(req),
        ),
      );
    },
  );

  router.get(
    '/entities/:kind/:namespace/:name/capabilities/:capabilityNamespace/:capabilityName/data-products',
    async (req, res) => {
      res.json(
        await service.listEntityNeedDataProducts(
          needingEntityRef(req),
          entityRef(
            'platformcapability',
            req.params.capabilityNamespace,
            req.params.capabilityName,
          ),
          page(req.query),
          await caller(req),
        ),
      );
    },
  );

  router.get('/references/dangling', async (req, res) => {
    res.json(
      await service.listDanglingReferences(page(req.query), await caller(req)),
    );
  });

  addInsightRoutes(router, service, caller);

  router.post('/refresh', async (req, res) => {
    await service.requestRefresh(await caller(req));
    res.status(202).json({ status: 'accepted' });
  });

  return router;
}
