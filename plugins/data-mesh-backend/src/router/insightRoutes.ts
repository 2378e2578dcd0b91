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
 * The execution insights' routes: the use-case portfolio, complementary
 * use cases, the platform roadmap and business units. As for every route,
 * the OpenAPI document has validated the request and types the handlers;
 * handlers only turn parameters into the service's terms.
 */
export function addInsightRoutes(
  router: ApiRouter<typeof spec>,
  service: PortfolioService,
  caller: (req: CallerRequest) => Promise<PortfolioRequestOptions>,
) {
  router.get('/use-cases', async (req, res) => {
    res.json(await service.getUseCasePortfolio(await caller(req)));
  });

  router.get('/use-cases/cell', async (req, res) => {
    const query = withDefaults('/use-cases/cell', req.query);
    res.json(
      await service.listUseCaseCell(
        { value: query.value, complexity: query.complexity },
        page(query),
        await caller(req),
      ),
    );
  });

  router.get('/use-cases/unrated', async (req, res) => {
    res.json(
      await service.listUseCaseCell(
        null,
        page(withDefaults('/use-cases/unrated', req.query)),
        await caller(req),
      ),
    );
  });

  router.get('/use-cases/complementary', async (req, res) => {
    res.json(
      await service.listComplementaryUseCases(
        page(withDefaults('/use-cases/complementary', req.query)),
        await caller(req),
      ),
    );
  });

  router.get('/roadmap', async (req, res) => {
    res.json(
      await service.listRoadmap(
        withDefaults('/roadmap', req.query),
        await caller(req),
      ),
    );
  });

  router.get('/roadmap/deprecated', async (req, res) => {
    res.json(
      await service.listDeprecatedNeeds(
        page(withDefaults('/roadmap/deprecated', req.query)),
        await caller(req),
      ),
    );
  });

  router.get('/roadmap/:namespace/:name/use-cases', async (req, res) => {
    res.json(
      await service.listRoadmapUseCases(
        normalizeEntityRef({
          kind: 'platformcapability',
          namespace: req.params.namespace,
          name: req.params.name,
        }),
        withDefaults('/roadmap/{namespace}/{name}/use-cases', req.query),
        await caller(req),
      ),
    );
  });

  router.get('/business-units', async (req, res) => {
    res.json(
      await service.listBusinessUnits(
        withDefaults('/business-units', req.query),
        await caller(req),
      ),
    );
  });
}
