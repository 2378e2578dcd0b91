import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ApiQuery } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioService } from '../reads/PortfolioService';
import { queryInputOf } from '../schema/queryInput';
import {
  capabilitiesOutput,
  pageInput,
  readOnly,
  routeQueryOf,
} from './actionSchemas';

/** The teams view's filters; the platform view's group is not the teams'. */
const filters = queryInputOf('/capabilities', [
  'view',
  'group',
  'limit',
  'offset',
]);

/** Registers `list-capability-demand`: a page of the capabilities in demand, as `GET /capabilities` answers it in the teams view. */
export function registerListCapabilityDemand(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  actionsRegistry.register({
    name: 'list-capability-demand',
    title: 'Platform capabilities in demand',
    description:
      'A page of the platform capabilities real use cases need, most demanded first: status, how many use cases need each (directly or through upstream data products), their personas and highest value, with samples of at most five.',
    attributes: readOnly,
    schema: {
      input: z => z.object({ ...pageInput(z), ...filters(z) }),
      output: capabilitiesOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.listCapabilities(
        {
          ...routeQueryOf<
            Pick<ApiQuery<'/capabilities'>, 'category' | 'status'>
          >(input),
          view: 'teams',
        },
        { credentials },
      ),
    }),
  });
}
