import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CAPABILITY_STATUSES,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { parseScope } from '../router/parseQuery';
import type { PortfolioService } from '../reads/PortfolioService';
import {
  capabilitiesOutput,
  entityNeedsOutput,
  pageInput,
  pageOf,
  phaseOutput,
  roadmapOutput,
  useCasePortfolioOutput,
} from './actionSchemas';

/*
 * The portfolio's answers as actions for AI clients (the MCP actions
 * backend lists and calls them). Like the router's handlers, an action
 * only turns its input into the service's terms: `service` is the same
 * authorized service the router uses, called with the caller's
 * credentials, so an action leaves out exactly what the HTTP API leaves
 * out and refuses what it refuses.
 */

const readOnly = { readOnly: true, idempotent: true, destructive: false };

const NEEDING_KINDS = ['dataproduct', 'usecase'];

/** A data product's or use case's ref; without a namespace, `default`. */
function needingEntityRef(value: string): string {
  const expected = `"entityRef" must be a data product or use case, like "dataproduct:default/orders"; got ${JSON.stringify(
    value.slice(0, 200),
  )}`;
  let ref;
  try {
    ref = parseEntityRef(value, { defaultNamespace: 'default' });
  } catch {
    throw new InputError(expected);
  }
  if (!NEEDING_KINDS.includes(ref.kind.toLocaleLowerCase('en-US'))) {
    throw new InputError(expected);
  }
  return normalizeEntityRef(ref);
}

/**
 * Registers the portfolio's read-only actions: `get-phase`,
 * `list-capability-demand`, `get-entity-needs`, `list-roadmap` and
 * `get-use-case-portfolio`.
 */
export function registerPortfolioActions(
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

  actionsRegistry.register({
    name: 'get-entity-needs',
    title: 'Capabilities a data product or use case needs',
    description:
      'A page of the platform capabilities a data product or use case needs, directly or through upstream data products, those not available yet first, and how many are not available.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .max(512)
            .describe(
              'The data product or use case, like "dataproduct:default/orders" or "usecase:default/churn-prediction".',
            ),
          ...pageInput(z),
        }),
      output: entityNeedsOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.listEntityNeeds(
        needingEntityRef(input.entityRef),
        pageOf(input),
        { credentials },
      ),
    }),
  });

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
