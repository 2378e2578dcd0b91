import type { ApiRouter } from '@backstage/backend-openapi-utils';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  PortfolioRequestOptions,
  PortfolioService,
} from '../reads/PortfolioService';
import type { spec } from '../schema/openapi.generated';
import type { CallerRequest } from './callerRequest';
import { page, withDefaults } from './documentDefaults';

/**
 * The data contracts' routes: a contract's change history, whom a change
 * reaches, and the breaking changes that reach a use case or data product.
 * The OpenAPI document has validated the request (a malformed parameter is
 * a 400 naming it) and types the handlers.
 */
export function addContractRoutes(
  router: ApiRouter<typeof spec>,
  service: PortfolioService,
  caller: (req: CallerRequest) => Promise<PortfolioRequestOptions>,
) {
  const apiRef = (params: { namespace: string; name: string }) =>
    normalizeEntityRef({ kind: 'api', ...params });

  router.get('/contracts/:namespace/:name/versions', async (req, res) => {
    res.json(
      await service.listContractVersions(
        apiRef(req.params),
        page(withDefaults('/contracts/{namespace}/{name}/versions', req.query)),
        await caller(req),
      ),
    );
  });

  router.get('/contracts/:namespace/:name/impact', async (req, res) => {
    const query = withDefaults(
      '/contracts/{namespace}/{name}/impact',
      req.query,
    );
    res.json(
      await service.getContractImpact(
        apiRef(req.params),
        { version: query.version, ...page(query) },
        await caller(req),
      ),
    );
  });

  router.get(
    '/entities/:kind/:namespace/:name/contract-risks',
    async (req, res) => {
      res.json(
        await service.listContractRisks(
          normalizeEntityRef(req.params),
          page(
            withDefaults(
              '/entities/{kind}/{namespace}/{name}/contract-risks',
              req.query,
            ),
          ),
          await caller(req),
        ),
      );
    },
  );
}
