import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import { MAX_WIDE_PAGE_LIMIT } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DEFAULT_ACTION_PAGE_LIMIT } from '../config';
import { answerOf } from '../schema/zodFromOpenApi';

/*
 * The actions' answers are the HTTP API's answers, so their output schemas
 * are the answers' schemas in the OpenAPI document, converted to zod. They
 * must be complete: the registry validates an action's output against its
 * schema and drops any field the schema does not name, and an AI client
 * reads the schema to know what an answer means.
 */

/** The zod the registry hands to an action's schema functions. */
type Z = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** The paging fields of an action's input. */
export const pageInput = (z: Z) => ({
  offset: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('How many rows to skip (default 0).'),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_WIDE_PAGE_LIMIT)
    .optional()
    .describe(
      `How many rows at most (default ${DEFAULT_ACTION_PAGE_LIMIT}, at most ${MAX_WIDE_PAGE_LIMIT}).`,
    ),
});

/** The page the service is asked for, with the actions' default size. */
export const pageOf = (input: { offset?: number; limit?: number }) => ({
  offset: input.offset ?? 0,
  limit: input.limit ?? DEFAULT_ACTION_PAGE_LIMIT,
});

/**
 * An action's input as the service's query: the route's filters as given
 * (the input schema is the route's, from the document; see queryInputOf,
 * so they have the route's query type), and the actions' page.
 */
export function routeQueryOf<Filters>(input: {
  offset?: number;
  limit?: number;
}): Filters & { offset: number; limit: number } {
  const { offset: _offset, limit: _limit, ...filters } = input;
  return { ...(filters as Filters), ...pageOf(input) };
}

/** `GET /phase`'s answer. */
export const phaseOutput = answerOf('/phase');

/** `GET /capabilities`'s answer. */
export const capabilitiesOutput = answerOf('/capabilities');

/** `GET /entities/:kind/:namespace/:name/capabilities`'s answer. */
export const entityNeedsOutput = answerOf(
  '/entities/{kind}/{namespace}/{name}/capabilities',
);

/** `GET /roadmap`'s answer. */
export const roadmapOutput = answerOf('/roadmap');

/** `GET /use-cases`' answer. */
export const useCasePortfolioOutput = answerOf('/use-cases');

/** `GET /contracts/:namespace/:name/impact`'s answer. */
export const contractImpactOutput = answerOf(
  '/contracts/{namespace}/{name}/impact',
);

/** The attributes of every portfolio action: each only reads. */
export const readOnly = {
  readOnly: true,
  idempotent: true,
  destructive: false,
};
