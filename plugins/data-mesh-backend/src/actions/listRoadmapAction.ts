import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PortfolioService } from '../reads/PortfolioService';
import { pageInput, pageOf, readOnly, roadmapOutput } from './actionSchemas';

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
      input: z => z.object(pageInput(z)),
      output: roadmapOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.listRoadmap(pageOf(input), { credentials }),
    }),
  });
}
