import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseScope } from '../router/parseQuery';
import type { PortfolioService } from '../reads/PortfolioService';
import { phaseOutput, readOnly } from './actionSchemas';

/** Registers `get-phase`: a scope's data mesh phase, as `GET /phase` answers it. */
export function registerGetPhase(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  actionsRegistry.register({
    name: 'get-phase',
    title: 'Data mesh phase of a scope',
    description:
      "The data mesh phase (bootstrap, scale, exploit) of the organisation, a domain or a business unit: metrics, the next phase's criteria met and unmet, the adopter category, and when adoption is expected to reach the next phase.",
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          scope: z
            .string()
            .max(512)
            .describe(
              '"organization", a domain like "domain:default/orders", or a business unit like "group:default/commerce".',
            ),
        }),
      output: phaseOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.getAssessment(parseScope(input.scope), {
        credentials,
      }),
    }),
  });
}
