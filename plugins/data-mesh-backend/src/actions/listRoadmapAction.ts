import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PortfolioService, RoadmapQuery } from '../reads/PortfolioService';
import { queryInputOf } from '../schema/queryInput';
import {
  pageInput,
  readOnly,
  roadmapOutput,
  routeQueryOf,
} from './actionSchemas';

/** `GET /roadmap`'s filters, as the document states them. */
const filters = queryInputOf('/roadmap', ['limit', 'offset']);

/** Registers `list-roadmap`: a page of the platform roadmap, as `GET /roadmap` answers it. */
export function registerListRoadmap(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  actionsRegistry.register({
    name: 'list-roadmap',
    title: 'Platform roadmap',
    description:
      "A page of the platform capabilities not yet available, in roadmap order: the use cases each would fully unblock (it is their last missing capability) and partly unblock. The platform team's view: needs its permission.",
    attributes: readOnly,
    schema: {
      input: z => z.object({ ...pageInput(z), ...filters(z) }),
      output: roadmapOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.listRoadmap(
        routeQueryOf<Omit<RoadmapQuery, 'limit' | 'offset'>>(input),
        { credentials },
      ),
    }),
  });
}
