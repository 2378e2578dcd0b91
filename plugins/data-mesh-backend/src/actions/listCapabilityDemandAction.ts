import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CAPABILITY_STATUSES } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioService } from '../reads/PortfolioService';
import {
  capabilitiesOutput,
  pageInput,
  pageOf,
  readOnly,
} from './actionSchemas';

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
      input: z =>
        z.object({
          ...pageInput(z),
          category: z.string().max(200).optional(),
          status: z.enum([...CAPABILITY_STATUSES, 'not-offered']).optional(),
        }),
      output: capabilitiesOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.listCapabilities(
        {
          ...pageOf(input),
          view: 'teams',
          category: input.category,
          status: input.status,
        },
        { credentials },
      ),
    }),
  });
}
