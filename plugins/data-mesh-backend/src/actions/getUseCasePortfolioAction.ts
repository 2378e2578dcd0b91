import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PortfolioService } from '../reads/PortfolioService';
import { readOnly, useCasePortfolioOutput } from './actionSchemas';

/** Registers `get-use-case-portfolio`: the value × complexity matrix, as `GET /use-cases` answers it. */
export function registerGetUseCasePortfolio(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  actionsRegistry.register({
    name: 'get-use-case-portfolio',
    title: 'Use-case portfolio',
    description:
      'The use cases on a value × complexity matrix: nine cells, each with its count and at most five use cases (status, personas, consumed data products, the capabilities blocking it); startHere marks high value × low complexity, where to start.',
    attributes: readOnly,
    schema: {
      input: z => z.object({}),
      output: useCasePortfolioOutput,
    },
    action: async ({ credentials }) => ({
      output: await service.getUseCasePortfolio({ credentials }),
    }),
  });
}
