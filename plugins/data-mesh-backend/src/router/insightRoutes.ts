import type express from 'express';
import type { Request } from 'express';
import {
  DEFAULT_PAGE_LIMIT,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  PortfolioRequestOptions,
  PortfolioService,
} from '../service/PortfolioService';

type Query = Record<string, any>;

/** Paging parameters, validated by the OpenAPI document, with defaults. */
const page = (query: Query) => ({
  offset: query.offset ?? 0,
  limit: query.limit ?? DEFAULT_PAGE_LIMIT,
});

/**
 * The execution insights' routes: the use-case portfolio, complementary
 * use cases, the platform roadmap and business units. As for every route,
 * the OpenAPI document has validated the request; handlers only turn
 * parameters into the service's terms.
 */
export function addInsightRoutes(
  router: express.Router,
  service: PortfolioService,
  caller: (req: Request) => Promise<PortfolioRequestOptions>,
) {
  router.get('/use-cases', async (req, res) => {
    res.json(await service.getUseCasePortfolio(await caller(req)));
  });

  router.get('/use-cases/cell', async (req, res) => {
    const query = req.query as Query;
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
      await service.listUseCaseCell(null, page(req.query), await caller(req)),
    );
  });

  router.get('/use-cases/complementary', async (req, res) => {
    res.json(
      await service.listComplementaryUseCases(
        page(req.query),
        await caller(req),
      ),
    );
  });

  router.get('/roadmap', async (req, res) => {
    res.json(await service.listRoadmap(page(req.query), await caller(req)));
  });

  router.get('/roadmap/deprecated', async (req, res) => {
    res.json(
      await service.listDeprecatedNeeds(page(req.query), await caller(req)),
    );
  });

  router.get('/roadmap/:namespace/:name/use-cases', async (req, res) => {
    const query = req.query as Query;
    res.json(
      await service.listRoadmapUseCases(
        normalizeEntityRef({
          kind: 'platformcapability',
          namespace: req.params.namespace,
          name: req.params.name,
        }),
        { ...page(query), unblocks: query.unblocks ?? 'fully' },
        await caller(req),
      ),
    );
  });

  router.get('/business-units', async (req, res) => {
    const query = req.query as Query;
    res.json(
      await service.listBusinessUnits(
        { ...page(query), level: query.level ?? 'top' },
        await caller(req),
      ),
    );
  });
}
