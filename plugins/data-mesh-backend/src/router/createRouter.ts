import { HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';
import express from 'express';
import type { PortfolioService } from '../reads/PortfolioService';
import { spec } from '../schema/openapi.generated';
import { parseDay, parseScope } from './parseQuery';
import type { CallerRequest } from './callerRequest';
import { addInsightRoutes } from './insightRoutes';
import { addContractRoutes } from './contractRoutes';
import { page, withDefaults } from './documentDefaults';
import { compressedAnswers } from './compressedAnswers';

/** What the router needs. */
export interface RouterOptions {
  /** The service as callers may see it (the authorized one). */
  service: PortfolioService;
  httpAuth: HttpAuthService;
}

/** `kind:namespace/name` from path parameters, normalised. */
function entityRef(kind: string, namespace: string, name: string) {
  return normalizeEntityRef({ kind, namespace, name });
}

/**
 * The HTTP API. Requests are validated against the OpenAPI document
 * (`src/schema/openapi.yaml`), which allow-lists every parameter and states
 * its type, range and default; handlers only turn parameters into the
 * service's terms and answer. Where a service method takes a route's query
 * as it is, the handler passes it whole with its defaults filled in, so a
 * parameter added to the document reaches the service without a change
 * here. Every route but /health needs user or service credentials.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, httpAuth } = options;
  // The document as a constant types every handler's parameters and
  // answer; the validator gets its own copy, so nothing it does to the
  // document reaches the constant the defaults and the actions read.
  const router = createValidatedOpenApiRouter<typeof spec>(
    structuredClone(spec),
    {
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
    },
  );

  // Answers many callers ask for alike are compressed once, not per request.
  router.use(compressedAnswers());

  const caller = async (req: CallerRequest) => ({
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
    const scope = parseScope(req.query.scope);
    res.json(await service.getAssessment(scope, await caller(req)));
  });

  router.get('/phase/history', async (req, res) => {
    const query = withDefaults('/phase/history', req.query);
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
    res.json(
      await service.listDomains(
        withDefaults('/domains', req.query),
        await caller(req),
      ),
    );
  });

  router.get('/capabilities', async (req, res) => {
    res.json(
      await service.listCapabilities(
        withDefaults('/capabilities', req.query),
        await caller(req),
      ),
    );
  });

  const capabilityRef = (params: { namespace: string; name: string }) =>
    entityRef('platformcapability', params.namespace, params.name);

  router.get('/capabilities/:namespace/:name', async (req, res) => {
    res.json(
      await service.getCapability(capabilityRef(req.params), await caller(req)),
    );
  });

  router.get('/capabilities/:namespace/:name/demand', async (req, res) => {
    res.json(
      await service.listCapabilityDemand(
        capabilityRef(req.params),
        withDefaults('/capabilities/{namespace}/{name}/demand', req.query),
        await caller(req),
      ),
    );
  });

  router.get('/capabilities/:namespace/:name/domains', async (req, res) => {
    res.json(
      await service.listCapabilityDomains(
        capabilityRef(req.params),
        page(
          withDefaults('/capabilities/{namespace}/{name}/domains', req.query),
        ),
        await caller(req),
      ),
    );
  });

  router.get(
    '/capabilities/:namespace/:name/data-products',
    async (req, res) => {
      res.json(
        await service.listCapabilityDataProducts(
          capabilityRef(req.params),
          page(
            withDefaults(
              '/capabilities/{namespace}/{name}/data-products',
              req.query,
            ),
          ),
          await caller(req),
        ),
      );
    },
  );

  const needingEntityRef = (params: {
    kind: string;
    namespace: string;
    name: string;
  }) => entityRef(params.kind, params.namespace, params.name);

  router.get(
    '/entities/:kind/:namespace/:name/capabilities',
    async (req, res) => {
      res.json(
        await service.listEntityNeeds(
          needingEntityRef(req.params),
          page(
            withDefaults(
              '/entities/{kind}/{namespace}/{name}/capabilities',
              req.query,
            ),
          ),
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
          needingEntityRef(req.params),
          entityRef(
            'platformcapability',
            req.params.capabilityNamespace,
            req.params.capabilityName,
          ),
          page(
            withDefaults(
              '/entities/{kind}/{namespace}/{name}/capabilities/{capabilityNamespace}/{capabilityName}/data-products',
              req.query,
            ),
          ),
          await caller(req),
        ),
      );
    },
  );

  router.get('/references/dangling', async (req, res) => {
    res.json(
      await service.listDanglingReferences(
        page(withDefaults('/references/dangling', req.query)),
        await caller(req),
      ),
    );
  });

  addInsightRoutes(router, service, caller);
  addContractRoutes(router, service, caller);

  router.post('/refresh', async (req, res) => {
    await service.requestRefresh(await caller(req));
    res.status(202).json({ status: 'accepted' });
  });

  return router;
}
