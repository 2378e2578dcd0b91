import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import {
  CAPABILITY_STATUSES,
  DATA_MESH_PHASES,
  LEVELS,
  MAX_WIDE_PAGE_LIMIT,
  USE_CASE_STATUSES,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * The actions' answers are the HTTP API's answers (openapi.yaml), so these
 * schemas spell out the same fields. They are complete on purpose: the
 * registry validates an action's output against its schema and drops any
 * field the schema does not name, and an AI client reads the schema to
 * know what an answer means.
 */

/** The zod the registry hands to an action's schema functions. */
type Z = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** Default page size of the actions: small, since answers go into a model's context. */
const ACTION_PAGE_LIMIT = 20;

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
      `How many rows at most (default ${ACTION_PAGE_LIMIT}, at most ${MAX_WIDE_PAGE_LIMIT}).`,
    ),
});

/** The page the service is asked for, with the actions' default size. */
export const pageOf = (input: { offset?: number; limit?: number }) => ({
  offset: input.offset ?? 0,
  limit: input.limit ?? ACTION_PAGE_LIMIT,
});

const phase = (z: Z) => z.enum([...DATA_MESH_PHASES]);
const level = (z: Z) => z.enum([...LEVELS]);
const capabilityStatus = (z: Z) =>
  z.enum([...CAPABILITY_STATUSES, 'not-offered']);

const page = (z: Z) => ({
  totalItems: z.number().describe('Rows in the whole list.'),
  offset: z.number(),
  limit: z.number(),
});

const freshness = (z: Z) => ({
  computedAt: z.string().describe('When the served snapshot was computed.'),
  stale: z
    .boolean()
    .describe('True when the snapshot or the permission checks are behind.'),
});

const refSample = (z: Z) =>
  z.object({
    count: z.number().describe('How many there are in all.'),
    sample: z.array(z.string()).describe('At most five entity refs.'),
  });

const capabilityBrief = (z: Z) =>
  z.object({ ref: z.string(), title: z.string(), status: capabilityStatus(z) });

const useCaseBrief = (z: Z) =>
  z.object({
    ref: z.string(),
    title: z.string(),
    status: z.enum([...USE_CASE_STATUSES]),
    value: level(z).nullable(),
    complexity: level(z).nullable(),
    domain: z.string().nullable(),
    personas: z.array(z.string()),
  });

/** `GET /phase`'s answer. */
export const phaseOutput = (z: Z) =>
  z.object({
    scope: z.string(),
    phase: phase(z).describe('The phase shown: declared, else computed.'),
    computedPhase: phase(z),
    declared: z
      .object({ phase: phase(z), reason: z.string().nullable() })
      .nullable(),
    metrics: z.object({
      domains: z.number(),
      adoptingDomains: z.number(),
      adoption: z.number().describe('Share of adopting domains, 0 to 1.'),
      activeDataProducts: z.number(),
      realUseCases: z.number(),
      liveUseCases: z.number(),
      domainOwnership: z.number(),
      availableCapabilities: z.number(),
    }),
    next: z
      .object({
        phase: phase(z),
        criteria: z.array(
          z.object({
            metric: z.string(),
            threshold: z.number(),
            value: z.number(),
            met: z.boolean(),
          }),
        ),
      })
      .nullable()
      .describe("The next phase's criteria, met and unmet."),
    adopterCategory: z.enum([
      'innovators',
      'early-adopters',
      'early-majority',
      'late-majority',
      'laggards',
    ]),
    forecast: z
      .object({
        outcome: z.enum([
          'expected',
          'already-reached',
          'not-enough-history',
          'no-progress',
          'beyond-horizon',
          'no-target',
        ]),
        target: z.object({ phase: phase(z), adoption: z.number() }).nullable(),
        expectedDate: z.string().nullable(),
        horizonDays: z.number(),
        basis: z.object({
          points: z.number(),
          from: z.string().nullable(),
          to: z.string().nullable(),
        }),
        fit: z
          .object({ intercept: z.number(), slopePerDay: z.number() })
          .nullable(),
        reason: z.string().nullable(),
        exampleDays: z.number(),
      })
      .nullable()
      .describe(
        "When adoption is expected to reach the next phase's threshold.",
      ),
    ...freshness(z),
  });

/** `GET /capabilities`'s answer. */
export const capabilitiesOutput = (z: Z) =>
  z.object({
    ...page(z),
    ...freshness(z),
    items: z.array(
      z.object({
        ref: z.string(),
        title: z.string(),
        status: capabilityStatus(z),
        offered: z.boolean(),
        category: z.string().nullable(),
        demand: z.object({
          count: z.number().describe('Real use cases that need it.'),
          personas: z.array(z.string()),
          highestValue: level(z).nullable(),
          samples: z.object({
            useCases: refSample(z),
            direct: refSample(z),
            dataProducts: refSample(z),
            domains: refSample(z),
          }),
        }),
        emergingDemand: z.object({
          count: z.number(),
          samples: z.object({ useCases: refSample(z) }),
        }),
      }),
    ),
  });

/** `GET /entities/:kind/:namespace/:name/capabilities`'s answer. */
export const entityNeedsOutput = (z: Z) =>
  z.object({
    ...page(z),
    ...freshness(z),
    entityRef: z.string(),
    notAvailable: z
      .number()
      .describe('How many of the needed capabilities are not available yet.'),
    needs: z.array(
      z.object({
        ref: z.string(),
        title: z.string(),
        status: capabilityStatus(z),
        available: z.boolean(),
        direct: z
          .boolean()
          .describe('Needed by the entity itself, not only upstream.'),
        dataProducts: refSample(z).describe(
          'Upstream data products it is needed through.',
        ),
      }),
    ),
  });

/** `GET /roadmap`'s answer. */
export const roadmapOutput = (z: Z) =>
  z.object({
    ...page(z),
    ...freshness(z),
    items: z.array(
      z.object({
        capability: capabilityBrief(z),
        fullyUnblocks: z.object({
          count: z.number(),
          sample: z.array(useCaseBrief(z)),
          byValue: z.object({
            high: z.number(),
            medium: z.number(),
            low: z.number(),
            unrated: z.number(),
          }),
        }),
        partlyUnblocks: z.object({
          count: z.number(),
          sample: z.array(useCaseBrief(z).extend({ alsoLacking: z.number() })),
        }),
      }),
    ),
  });

const portfolioItem = (z: Z) =>
  useCaseBrief(z).extend({
    consumes: refSample(z),
    needs: z.number(),
    blockedBy: z.object({
      count: z.number(),
      sample: z.array(capabilityBrief(z)),
    }),
  });

/** `GET /use-cases`' answer. */
export const useCasePortfolioOutput = (z: Z) =>
  z.object({
    ...freshness(z),
    cells: z.array(
      z.object({
        value: level(z),
        complexity: level(z),
        startHere: z
          .boolean()
          .describe('High value, low complexity: where to start.'),
        count: z.number(),
        useCases: z.array(portfolioItem(z)).describe('At most five.'),
      }),
    ),
    unrated: z.object({
      count: z.number(),
      useCases: z.array(portfolioItem(z)),
    }),
  });
