/*
 * Generated from plugins/data-mesh-backend/src/schema/openapi.yaml by `yarn build:api-types`; do not edit.
 * Change the document and run the command again.
 */
/* eslint-disable */

/** The API's OpenAPI document, as a constant. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'data-mesh',
    version: '0.4.0',
    description:
      "Phase assessment and platform-capability demand for a data mesh described in the Backstage catalog. Served under /api/data-mesh. Every route except /health needs a Backstage user or service token. Requests are validated against this document: an unknown or malformed parameter gets a 400 that names it.\n\nEvery answer is bounded. Lists are paginated with `limit` (default 50, at most 500; at most 50 where rows are large, as the parameter says) and `offset`, and report `totalItems`; long lists inside an item are a sample of at most five with their full count, and a drill-down route pages through the whole list.\n\nEntities the caller may not read in the catalog are left out of answers. Lists a caller can filter, search or sort (`/domains`, `/capabilities`, an entity's capabilities, `/roadmap`, `/roadmap/deprecated`) count and page only the rows the caller may read, so no filter reveals a hidden row by its count. In other lists a row naming an unreadable entity is dropped from its page (a page can hold fewer rows than `limit`), refs are left out of samples, and aggregate figures (metrics, demand counts, a sample's count) stay as computed: they name nothing. A capability no entity offers is named only to callers who may read an entity that requires it, since its name is text from those entities; to others it is unknown (404).\n\nAnswers come from the newest snapshot computed on the scheduler; `stale: true` means the latest recompute failed and an older snapshot is served, or that part of an answer could not be completed (names the catalog could not confirm, a forecast or sparkline whose history could not be read).\n\nThe execution insights (use-case portfolio, complementary use cases, platform roadmap, business units, adoption forecast) are defined in the project's docs/insight.md.",
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      BackstageToken: [],
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'GetHealth',
        summary: 'Liveness of the plugin; no credentials needed.',
        security: [],
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'GetStatus',
        summary:
          'How the scheduled recompute is doing, and what the last run took.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/StatusResponse',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/phase': {
      get: {
        operationId: 'GetPhase',
        summary:
          'The phase of the organisation, of one domain (with its subdomains) or of one business unit, with the adoption forecast.',
        parameters: [
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            description: 'The assessment and its forecast.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PhaseResponse',
                    },
                    {
                      type: 'object',
                      required: ['forecast'],
                      properties: {
                        forecast: {
                          oneOf: [
                            {
                              $ref: '#/components/schemas/PhaseForecast',
                            },
                            {
                              type: 'null',
                            },
                          ],
                          description:
                            'Null only when the history could not be read just now; the answer then says `stale: true`.',
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/phase/history': {
      get: {
        operationId: 'GetPhaseHistory',
        summary:
          'One point per day for the scope, oldest first, for the adoption curve.',
        parameters: [
          {
            $ref: '#/components/parameters/scope',
          },
          {
            name: 'from',
            in: 'query',
            description:
              'First day, inclusive (YYYY-MM-DD or an ISO timestamp).',
            schema: {
              $ref: '#/components/schemas/Day',
            },
          },
          {
            name: 'to',
            in: 'query',
            description:
              'Last day, inclusive (YYYY-MM-DD or an ISO timestamp).',
            schema: {
              $ref: '#/components/schemas/Day',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of the history.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      type: 'object',
                      required: ['points'],
                      properties: {
                        points: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/PhaseHistoryPoint',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/domains': {
      get: {
        operationId: 'ListDomains',
        summary: 'A page of the domains, with their phase and what they hold.',
        parameters: [
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            name: 'sort',
            in: 'query',
            description: 'What to sort by; `title` by default.',
            schema: {
              type: 'string',
              enum: ['title', 'phase', 'adoption', 'dataProducts', 'useCases'],
              default: 'title',
            },
          },
          {
            name: 'order',
            in: 'query',
            description: '`asc` by default.',
            schema: {
              type: 'string',
              enum: ['asc', 'desc'],
              default: 'asc',
            },
          },
          {
            name: 'q',
            in: 'query',
            description:
              'Only domains whose title or ref contains this text (any case).',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            name: 'phase',
            in: 'query',
            description: 'Only domains in this phase.',
            schema: {
              $ref: '#/components/schemas/Phase',
            },
          },
          {
            name: 'archetype',
            in: 'query',
            description: 'Only domains of this archetype (`spec.type`).',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of domains.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['items'],
                      properties: {
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/DomainSummary',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/capabilities': {
      get: {
        operationId: 'ListCapabilities',
        summary: 'A page of platform capabilities and the demand for them.',
        description:
          '`teams` (default) lists only capabilities with demand of at least one real (committed or live) use case. `platform` also lists capabilities nobody needs (YAGNI candidates), those with emerging demand only (proposed use cases) and demanded capabilities that no PlatformCapability entity offers; it needs the `data-mesh.capabilities.platform-view` permission. Most demanded first, then most emerging demand, then by title.',
        parameters: [
          {
            name: 'view',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['teams', 'platform'],
              default: 'teams',
            },
          },
          {
            name: 'category',
            in: 'query',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            name: 'status',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/CapabilityStatus',
            },
          },
          {
            name: 'group',
            in: 'query',
            description:
              'Only one group of the platform view: offered and demanded, demanded but not offered, emerging demand only, or no demand.',
            schema: {
              type: 'string',
              enum: ['demanded', 'not-offered', 'emerging-only', 'no-demand'],
            },
          },
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of capabilities.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['items'],
                      properties: {
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/CapabilityItem',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/capabilities/{namespace}/{name}': {
      get: {
        operationId: 'GetCapability',
        summary:
          'One capability and the demand for it (also capabilities no entity offers).',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'The capability.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/CapabilityItem',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/capabilities/{namespace}/{name}/demand': {
      get: {
        operationId: 'ListCapabilityDemand',
        summary:
          'A page of the use cases that need a capability, and the data products they need it through.',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'demand',
            in: 'query',
            description:
              '`real` (committed or live use cases, the default) or `emerging` (proposed ones).',
            schema: {
              type: 'string',
              enum: ['real', 'emerging'],
              default: 'real',
            },
          },
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of use cases, by ref.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['capabilityRef', 'items'],
                      properties: {
                        capabilityRef: {
                          type: 'string',
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/CapabilityDemandEntry',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/capabilities/{namespace}/{name}/domains': {
      get: {
        operationId: 'ListCapabilityDomains',
        summary: "A page of the domains involved in a capability's demand.",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/EntityRefs',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/capabilities/{namespace}/{name}/data-products': {
      get: {
        operationId: 'ListCapabilityDataProducts',
        summary:
          'A page of the data products that require a capability and that real use cases read.',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/EntityRefs',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/capabilities': {
      get: {
        operationId: 'ListEntityCapabilities',
        summary:
          'A page of the capabilities a DataProduct or UseCase needs, not-yet-available first.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of needs.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['entityRef', 'needs', 'notAvailable'],
                      properties: {
                        entityRef: {
                          type: 'string',
                        },
                        needs: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/CapabilityNeed',
                          },
                        },
                        notAvailable: {
                          type: 'integer',
                          description:
                            'How many of all its needs are not available yet.',
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/capabilities/{capabilityNamespace}/{capabilityName}/data-products':
      {
        get: {
          operationId: 'ListEntityCapabilityDataProducts',
          summary:
            'A page of the upstream data products through which an entity needs a capability.',
          parameters: [
            {
              $ref: '#/components/parameters/kind',
            },
            {
              $ref: '#/components/parameters/namespace',
            },
            {
              $ref: '#/components/parameters/name',
            },
            {
              name: 'capabilityNamespace',
              in: 'path',
              required: true,
              schema: {
                $ref: '#/components/schemas/EntityName',
              },
            },
            {
              name: 'capabilityName',
              in: 'path',
              required: true,
              schema: {
                $ref: '#/components/schemas/EntityName',
              },
            },
            {
              $ref: '#/components/parameters/limit',
            },
            {
              $ref: '#/components/parameters/offset',
            },
          ],
          responses: {
            '200': {
              $ref: '#/components/responses/EntityRefs',
            },
            '400': {
              $ref: '#/components/responses/BadRequest',
            },
            '401': {
              $ref: '#/components/responses/Unauthorized',
            },
            '404': {
              $ref: '#/components/responses/NotFound',
            },
            '503': {
              $ref: '#/components/responses/NotComputedYet',
            },
          },
        },
      },
    '/references/dangling': {
      get: {
        operationId: 'ListDanglingReferences',
        summary:
          'A page of references in data-mesh fields to entities the catalog does not hold.',
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description:
              'A page of the references whose holder the caller may read.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['count', 'items'],
                      properties: {
                        count: {
                          type: 'integer',
                          description:
                            'The same as `totalItems`, kept for earlier clients.',
                        },
                        items: {
                          type: 'array',
                          items: {
                            type: 'object',
                            required: ['from', 'field', 'ref'],
                            properties: {
                              from: {
                                type: 'string',
                              },
                              field: {
                                type: 'string',
                              },
                              ref: {
                                type: 'string',
                              },
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/use-cases': {
      get: {
        operationId: 'GetUseCasePortfolio',
        summary:
          "The use-case portfolio; the value × complexity matrix with each cell's count and first use cases, and the unrated ones.",
        description:
          'Proposed, committed and live use cases by `spec.value` × `spec.complexity`, row by row (value high, medium, low; within a row complexity low, medium, high). The high-value, low-complexity cell is flagged `startHere`. Each cell names at most five use cases, least blocked first, with its full `count`; `/use-cases/cell` pages through a cell and `/use-cases/unrated` through the use cases without a value or a complexity.',
        responses: {
          '200': {
            description: 'The portfolio.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['cells', 'unrated'],
                      properties: {
                        cells: {
                          type: 'array',
                          minItems: 9,
                          maxItems: 9,
                          items: {
                            $ref: '#/components/schemas/UseCasePortfolioCell',
                          },
                        },
                        unrated: {
                          type: 'object',
                          required: ['count', 'useCases'],
                          properties: {
                            count: {
                              type: 'integer',
                            },
                            useCases: {
                              type: 'array',
                              maxItems: 5,
                              items: {
                                $ref: '#/components/schemas/UseCasePortfolioItem',
                              },
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/use-cases/cell': {
      get: {
        operationId: 'ListUseCaseCell',
        summary:
          'A page of the use cases in one cell of the portfolio, least blocked first.',
        parameters: [
          {
            name: 'value',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              enum: ['low', 'medium', 'high'],
            },
          },
          {
            name: 'complexity',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              enum: ['low', 'medium', 'high'],
            },
          },
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/UseCasePortfolioPage',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/use-cases/unrated': {
      get: {
        operationId: 'ListUnratedUseCases',
        summary:
          'A page of the use cases without a value or a complexity, least blocked first.',
        parameters: [
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/UseCasePortfolioPage',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/use-cases/complementary': {
      get: {
        operationId: 'ListComplementaryUseCases',
        summary: 'A page of complementary use-case pairs, most similar first.',
        description:
          'Pairs of proposed, committed or live use cases whose needed capabilities have a Jaccard similarity (shared / needed by either) of at least `threshold` and where each serves a persona the other does not. Ranked by similarity, then by the titles of the first and the second use case. At most the 10,000 most similar pairs are kept. The pairs come from a search that runs on its own schedule (`dataMesh.complementary.schedule`, hourly by default; the first one right after the first recompute), `searchedAt` says when; what each pair shares and its similarity are measured against the served snapshot, and pairs that no longer qualify in it are left out. Before the first search the list is empty and `searchedAt` null.',
        parameters: [
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of pairs.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['threshold', 'searchedAt', 'items'],
                      properties: {
                        threshold: {
                          type: 'number',
                        },
                        searchedAt: {
                          type: ['string', 'null'],
                        },
                        items: {
                          type: 'array',
                          items: {
                            type: 'object',
                            required: [
                              'first',
                              'second',
                              'similarity',
                              'shared',
                              'neededByEither',
                            ],
                            properties: {
                              first: {
                                $ref: '#/components/schemas/UseCaseBrief',
                              },
                              second: {
                                $ref: '#/components/schemas/UseCaseBrief',
                              },
                              similarity: {
                                type: 'number',
                                minimum: 0,
                                maximum: 1,
                              },
                              shared: {
                                $ref: '#/components/schemas/CapabilityBriefSample',
                              },
                              neededByEither: {
                                type: 'integer',
                              },
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/roadmap': {
      get: {
        operationId: 'ListRoadmap',
        summary:
          'A page of the platform roadmap; needs `data-mesh.capabilities.platform-view`.',
        description:
          'Every capability that is not available and not deprecated (beta, building, planned, or demanded but not offered) with the real use cases it would fully unblock (it is the only capability they lack) and partly unblock (they lack others too). Ordered by the value of what it fully unblocks: most high-value use cases first, then medium, then low, then unrated; then most partly unblocked; then by title. Deprecated capabilities still needed are listed by `/roadmap/deprecated`.',
        parameters: [
          {
            name: 'status',
            in: 'query',
            description:
              'Only the capabilities of one status: in beta, being built, planned, or demanded but offered by no entity.',
            schema: {
              type: 'string',
              enum: ['beta', 'building', 'planned', 'not-offered'],
            },
          },
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of the roadmap.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['items'],
                      properties: {
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/RoadmapEntry',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/roadmap/deprecated': {
      get: {
        operationId: 'ListDeprecatedNeeds',
        summary:
          'A page of deprecated capabilities that real use cases still need; needs `data-mesh.capabilities.platform-view`.',
        description:
          "Most needed first, then by the highest value needing them, then by title. A use case's full list of needs is at `/entities/UseCase/{namespace}/{name}/capabilities`; a capability's use cases at `/capabilities/{namespace}/{name}/demand`.",
        parameters: [
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of deprecated capabilities.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['items'],
                      properties: {
                        items: {
                          type: 'array',
                          items: {
                            type: 'object',
                            required: [
                              'capability',
                              'useCases',
                              'domains',
                              'personas',
                            ],
                            properties: {
                              capability: {
                                $ref: '#/components/schemas/CapabilityBrief',
                              },
                              useCases: {
                                $ref: '#/components/schemas/UseCaseBriefSample',
                              },
                              domains: {
                                $ref: '#/components/schemas/RefSample',
                              },
                              personas: {
                                type: 'array',
                                items: {
                                  type: 'string',
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/roadmap/{namespace}/{name}/use-cases': {
      get: {
        operationId: 'ListRoadmapUseCases',
        summary:
          'A page of the use cases a roadmap capability would fully or partly unblock; needs `data-mesh.capabilities.platform-view`.',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'unblocks',
            in: 'query',
            description:
              '`fully` (the default) or `partly` unblocked use cases.',
            schema: {
              type: 'string',
              enum: ['fully', 'partly'],
              default: 'fully',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of use cases.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['capabilityRef', 'unblocks', 'items'],
                      properties: {
                        capabilityRef: {
                          type: 'string',
                        },
                        unblocks: {
                          type: 'string',
                          enum: ['fully', 'partly'],
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/PartlyUnblockedUseCase',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/business-units': {
      get: {
        operationId: 'ListBusinessUnits',
        summary:
          'A page of business units (groups whose subtree owns domains) with their phase and a sparkline of their adoption, by title.',
        parameters: [
          {
            name: 'level',
            in: 'query',
            description:
              '`top` (the default): the units directly below a root group, and a root group that is a unit with no unit below it; `all`: every group that is a scope.',
            schema: {
              type: 'string',
              enum: ['top', 'all'],
              default: 'top',
            },
          },
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of business units.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      $ref: '#/components/schemas/Freshness',
                    },
                    {
                      type: 'object',
                      required: ['items'],
                      properties: {
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/BusinessUnitSummary',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/contracts/{namespace}/{name}/versions': {
      get: {
        operationId: 'ListContractVersions',
        summary:
          'The change history of a data contract (an `odcs` API entity), newest first.',
        description:
          'Every version the scheduled recompute has seen, with the changes from the version before classified as PRODUCT.md §8 says. A version lists at most 50 changes, breaking ones first, with the counts of all. A contract the caller may not read in the catalog (or that left the catalog), and one with no version seen, is a 404.',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/wideLimit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: "A page of the contract's versions.",
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      type: 'object',
                      required: ['api', 'stale', 'items'],
                      properties: {
                        api: {
                          type: 'string',
                        },
                        stale: {
                          type: 'boolean',
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/ContractVersion',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/contracts/{namespace}/{name}/impact': {
      get: {
        operationId: 'GetContractImpact',
        summary:
          'The use cases and data products a breaking change of a data contract reaches.',
        description:
          "For one version (by default the newest breaking one): the use cases that consume the contract's port, the data products whose input ports read it, and, through lineage, the data products and real use cases downstream (PRODUCT.md §8). Use cases come real first. Each list is paged with the same `offset` and `limit`, and counted only over the entities the caller may read; a data product the change passes through that the caller may not read is named as null.",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'version',
            in: 'query',
            description:
              "The version's sequence number; the newest breaking version by default.",
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000000000,
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'Whom the change reaches.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: [
                    'api',
                    'stale',
                    'offset',
                    'limit',
                    'change',
                    'useCases',
                    'dataProducts',
                  ],
                  properties: {
                    api: {
                      type: 'string',
                    },
                    stale: {
                      type: 'boolean',
                    },
                    offset: {
                      type: 'integer',
                    },
                    limit: {
                      type: 'integer',
                    },
                    change: {
                      $ref: '#/components/schemas/ContractVersion',
                    },
                    useCases: {
                      type: 'object',
                      required: ['totalItems', 'realItems', 'items'],
                      properties: {
                        totalItems: {
                          type: 'integer',
                        },
                        realItems: {
                          type: 'integer',
                          description:
                            'How many of them are committed or live.',
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/ReachedEntity',
                          },
                        },
                      },
                    },
                    dataProducts: {
                      type: 'object',
                      required: ['totalItems', 'items'],
                      properties: {
                        totalItems: {
                          type: 'integer',
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/ReachedEntity',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/contract-risks': {
      get: {
        operationId: 'ListEntityContractRisks',
        summary:
          'The breaking contract changes that reach a use case or data product, newest first.',
        description:
          "Each breaking version of a contract that reaches the entity: since when it is at risk (when the version was seen), the breaking changes' paths (at most 10, with their count), and how the change reaches it. Contracts the caller may not read are left out, and not counted.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description:
              'A page of the breaking changes that reach the entity.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/PageInfo',
                    },
                    {
                      type: 'object',
                      required: ['entityRef', 'stale', 'items'],
                      properties: {
                        entityRef: {
                          type: 'string',
                        },
                        stale: {
                          type: 'boolean',
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/ContractRisk',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/NotComputedYet',
          },
        },
      },
    },
    '/refresh': {
      post: {
        operationId: 'RequestRefresh',
        summary: 'Recompute now; needs the `data-mesh.refresh` permission.',
        responses: {
          '202': {
            description:
              'A recompute starts now or, when one is running, right after it (which may have read the catalog before this request).',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['accepted'],
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      BackstageToken: {
        type: 'http',
        scheme: 'bearer',
      },
    },
    parameters: {
      scope: {
        name: 'scope',
        in: 'query',
        required: true,
        description:
          '`organization`, a domain reference such as `domain:default/orders` (kind and namespace default to domain and default), or a business unit: a group whose subtree owns domains, such as `group:default/commerce`. An unknown scope, a group that is no business unit and one the caller may not read are all a 404.',
        allowReserved: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 512,
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        description: 'Rows per page, 1 to 500; 50 by default.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 500,
          default: 50,
        },
      },
      wideLimit: {
        name: 'limit',
        in: 'query',
        description: 'Rows per page, 1 to 50 (rows are large); 50 by default.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 50,
          default: 50,
        },
      },
      offset: {
        name: 'offset',
        in: 'query',
        description: 'Rows to skip; 0 by default.',
        schema: {
          type: 'integer',
          minimum: 0,
          maximum: 10000000,
          default: 0,
        },
      },
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          enum: ['DataProduct', 'UseCase', 'dataproduct', 'usecase'],
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/EntityName',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/EntityName',
        },
      },
    },
    responses: {
      UseCasePortfolioPage: {
        description: 'A page of use cases of the portfolio.',
        content: {
          'application/json': {
            schema: {
              allOf: [
                {
                  $ref: '#/components/schemas/PageInfo',
                },
                {
                  $ref: '#/components/schemas/Freshness',
                },
                {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/UseCasePortfolioItem',
                      },
                    },
                  },
                },
              ],
            },
          },
        },
      },
      EntityRefs: {
        description: 'A page of entity refs.',
        content: {
          'application/json': {
            schema: {
              allOf: [
                {
                  $ref: '#/components/schemas/PageInfo',
                },
                {
                  $ref: '#/components/schemas/Freshness',
                },
                {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['ref'],
                        properties: {
                          ref: {
                            type: 'string',
                          },
                        },
                      },
                    },
                  },
                },
              ],
            },
          },
        },
      },
      BadRequest: {
        description:
          'A parameter is malformed or not allowed; the message names it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'No valid user or service credentials.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description: 'The permission policy denies this.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description:
          'No such domain, business unit, capability or entity, or the caller may not read it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotComputedYet: {
        description:
          'The first computation has not finished yet; or the answer is about one entity and the catalog could not confirm that the caller may read it (lists then leave unconfirmed names out and say `stale: true` instead).',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      EntityName: {
        type: 'string',
        minLength: 1,
        maxLength: 63,
        pattern: '^[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*$',
      },
      Day: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?$',
      },
      PageInfo: {
        type: 'object',
        required: ['totalItems', 'offset', 'limit'],
        properties: {
          totalItems: {
            type: 'integer',
            description:
              'Rows the query matches, whether or not the caller may read them.',
          },
          offset: {
            type: 'integer',
          },
          limit: {
            type: 'integer',
          },
        },
      },
      Freshness: {
        type: 'object',
        required: ['computedAt', 'stale'],
        properties: {
          computedAt: {
            type: 'string',
            format: 'date-time',
          },
          stale: {
            type: 'boolean',
          },
        },
      },
      RefSample: {
        type: 'object',
        description:
          'At most five refs of a longer list, in order, and its full count.',
        required: ['count', 'sample'],
        properties: {
          count: {
            type: 'integer',
          },
          sample: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'string',
            },
          },
        },
      },
      Phase: {
        type: 'string',
        enum: ['bootstrap', 'scale', 'exploit'],
      },
      Level: {
        type: ['string', 'null'],
        enum: ['low', 'medium', 'high', null],
      },
      CapabilityStatus: {
        type: 'string',
        enum: [
          'available',
          'beta',
          'building',
          'planned',
          'deprecated',
          'not-offered',
        ],
      },
      PhaseMetrics: {
        type: 'object',
        required: [
          'domains',
          'adoptingDomains',
          'adoption',
          'activeDataProducts',
          'realUseCases',
          'liveUseCases',
          'domainOwnership',
          'availableCapabilities',
          'contractCoverage',
        ],
        properties: {
          domains: {
            type: 'integer',
          },
          adoptingDomains: {
            type: 'integer',
          },
          adoption: {
            type: 'number',
            minimum: 0,
            maximum: 1,
          },
          activeDataProducts: {
            type: 'integer',
          },
          realUseCases: {
            type: 'integer',
          },
          liveUseCases: {
            type: 'integer',
          },
          domainOwnership: {
            type: 'number',
            minimum: 0,
            maximum: 1,
          },
          availableCapabilities: {
            type: 'integer',
          },
          contractCoverage: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description:
              "Share of the output ports of the scope's active data products whose contract is an `odcs` API in the catalog; 0 when there are none.",
          },
        },
      },
      PhaseResponse: {
        allOf: [
          {
            $ref: '#/components/schemas/Freshness',
          },
          {
            type: 'object',
            required: [
              'scope',
              'phase',
              'computedPhase',
              'declared',
              'metrics',
              'next',
              'adopterCategory',
            ],
            properties: {
              scope: {
                type: 'string',
                description:
                  "`organization`, a domain ref or a business unit's group ref.",
              },
              phase: {
                $ref: '#/components/schemas/Phase',
              },
              computedPhase: {
                $ref: '#/components/schemas/Phase',
              },
              declared: {
                type: ['object', 'null'],
                required: ['phase', 'reason'],
                properties: {
                  phase: {
                    $ref: '#/components/schemas/Phase',
                  },
                  reason: {
                    type: ['string', 'null'],
                  },
                },
              },
              metrics: {
                $ref: '#/components/schemas/PhaseMetrics',
              },
              next: {
                type: ['object', 'null'],
                required: ['phase', 'criteria'],
                properties: {
                  phase: {
                    $ref: '#/components/schemas/Phase',
                  },
                  criteria: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['metric', 'threshold', 'value', 'met'],
                      properties: {
                        metric: {
                          type: 'string',
                          enum: [
                            'domains',
                            'adoptingDomains',
                            'adoption',
                            'activeDataProducts',
                            'realUseCases',
                            'liveUseCases',
                            'domainOwnership',
                            'availableCapabilities',
                            'contractCoverage',
                          ],
                        },
                        threshold: {
                          type: 'number',
                        },
                        value: {
                          type: 'number',
                        },
                        met: {
                          type: 'boolean',
                        },
                      },
                    },
                  },
                },
              },
              adopterCategory: {
                type: 'string',
                enum: [
                  'innovators',
                  'early-adopters',
                  'early-majority',
                  'late-majority',
                  'laggards',
                ],
              },
            },
          },
        ],
      },
      DomainSummary: {
        allOf: [
          {
            $ref: '#/components/schemas/PhaseResponse',
          },
          {
            type: 'object',
            required: [
              'title',
              'archetype',
              'subdomainOf',
              'dataProducts',
              'useCases',
            ],
            properties: {
              title: {
                type: 'string',
              },
              archetype: {
                type: ['string', 'null'],
              },
              subdomainOf: {
                type: ['string', 'null'],
                description:
                  'The parent domain; null also when the caller may not read it.',
              },
              dataProducts: {
                type: 'integer',
              },
              useCases: {
                type: 'integer',
              },
            },
          },
        ],
      },
      PhaseHistoryPoint: {
        type: 'object',
        required: [
          'date',
          'phase',
          'adoption',
          'adoptingDomains',
          'activeDataProducts',
          'example',
        ],
        properties: {
          date: {
            type: 'string',
          },
          phase: {
            $ref: '#/components/schemas/Phase',
          },
          adoption: {
            type: 'number',
          },
          adoptingDomains: {
            type: 'integer',
          },
          activeDataProducts: {
            type: 'integer',
          },
          example: {
            type: 'boolean',
            description:
              'True for a synthetic point seeded as example data (`dataMesh.exampleHistory`), not a measurement.',
          },
        },
      },
      CapabilityItem: {
        type: 'object',
        required: [
          'ref',
          'title',
          'status',
          'offered',
          'category',
          'demand',
          'emergingDemand',
        ],
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/CapabilityStatus',
          },
          offered: {
            type: 'boolean',
          },
          category: {
            type: ['string', 'null'],
          },
          demand: {
            type: 'object',
            required: ['count', 'personas', 'highestValue', 'samples'],
            properties: {
              count: {
                type: 'integer',
                description: 'Real (committed or live) use cases that need it.',
              },
              personas: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              highestValue: {
                $ref: '#/components/schemas/Level',
              },
              samples: {
                type: 'object',
                required: ['useCases', 'direct', 'dataProducts', 'domains'],
                properties: {
                  useCases: {
                    $ref: '#/components/schemas/RefSample',
                  },
                  direct: {
                    $ref: '#/components/schemas/RefSample',
                  },
                  dataProducts: {
                    $ref: '#/components/schemas/RefSample',
                  },
                  domains: {
                    $ref: '#/components/schemas/RefSample',
                  },
                },
              },
            },
          },
          emergingDemand: {
            type: 'object',
            required: ['count', 'samples'],
            properties: {
              count: {
                type: 'integer',
                description: 'Proposed use cases that need it.',
              },
              samples: {
                type: 'object',
                required: ['useCases'],
                properties: {
                  useCases: {
                    $ref: '#/components/schemas/RefSample',
                  },
                },
              },
            },
          },
        },
      },
      CapabilityDemandEntry: {
        type: 'object',
        required: [
          'useCase',
          'title',
          'status',
          'value',
          'personas',
          'domain',
          'direct',
          'dataProducts',
        ],
        properties: {
          useCase: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['proposed', 'committed', 'live', 'retired'],
          },
          value: {
            $ref: '#/components/schemas/Level',
          },
          personas: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          domain: {
            type: ['string', 'null'],
          },
          direct: {
            type: 'boolean',
          },
          dataProducts: {
            $ref: '#/components/schemas/RefSample',
          },
        },
      },
      CapabilityNeed: {
        type: 'object',
        required: [
          'ref',
          'title',
          'status',
          'available',
          'direct',
          'dataProducts',
        ],
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/CapabilityStatus',
          },
          available: {
            type: 'boolean',
          },
          direct: {
            type: 'boolean',
          },
          dataProducts: {
            $ref: '#/components/schemas/RefSample',
          },
        },
      },
      CapabilityBrief: {
        type: 'object',
        required: ['ref', 'title', 'status'],
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/CapabilityStatus',
          },
        },
      },
      CapabilityBriefSample: {
        type: 'object',
        description:
          'At most five capabilities of a longer list, in order, and its full count.',
        required: ['count', 'sample'],
        properties: {
          count: {
            type: 'integer',
          },
          sample: {
            type: 'array',
            maxItems: 5,
            items: {
              $ref: '#/components/schemas/CapabilityBrief',
            },
          },
        },
      },
      UseCaseBrief: {
        type: 'object',
        required: [
          'ref',
          'title',
          'status',
          'value',
          'complexity',
          'domain',
          'personas',
        ],
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['proposed', 'committed', 'live', 'retired'],
          },
          value: {
            $ref: '#/components/schemas/Level',
          },
          complexity: {
            $ref: '#/components/schemas/Level',
          },
          domain: {
            type: ['string', 'null'],
            description: 'Null also when the caller may not read it.',
          },
          personas: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      UseCaseBriefSample: {
        type: 'object',
        description:
          'At most five use cases of a longer list, in order, and its full count.',
        required: ['count', 'sample'],
        properties: {
          count: {
            type: 'integer',
          },
          sample: {
            type: 'array',
            maxItems: 5,
            items: {
              $ref: '#/components/schemas/UseCaseBrief',
            },
          },
        },
      },
      PartlyUnblockedUseCase: {
        allOf: [
          {
            $ref: '#/components/schemas/UseCaseBrief',
          },
          {
            type: 'object',
            required: ['alsoLacking'],
            properties: {
              alsoLacking: {
                type: 'integer',
                description: 'How many other capabilities it lacks.',
              },
            },
          },
        ],
      },
      UseCasePortfolioItem: {
        allOf: [
          {
            $ref: '#/components/schemas/UseCaseBrief',
          },
          {
            type: 'object',
            required: ['consumes', 'needs', 'blockedBy'],
            properties: {
              consumes: {
                $ref: '#/components/schemas/RefSample',
              },
              needs: {
                type: 'integer',
                description:
                  'How many capabilities it needs, directly or through data products.',
              },
              blockedBy: {
                allOf: [
                  {
                    $ref: '#/components/schemas/CapabilityBriefSample',
                  },
                ],
                description:
                  'The capabilities it needs that are not available, by title.',
              },
            },
          },
        ],
      },
      UseCasePortfolioCell: {
        type: 'object',
        required: ['value', 'complexity', 'startHere', 'count', 'useCases'],
        properties: {
          value: {
            type: 'string',
            enum: ['low', 'medium', 'high'],
          },
          complexity: {
            type: 'string',
            enum: ['low', 'medium', 'high'],
          },
          startHere: {
            type: 'boolean',
            description:
              'True for the high-value, low-complexity cell, where bootstrap starts.',
          },
          count: {
            type: 'integer',
          },
          useCases: {
            type: 'array',
            maxItems: 5,
            items: {
              $ref: '#/components/schemas/UseCasePortfolioItem',
            },
          },
        },
      },
      RoadmapEntry: {
        type: 'object',
        required: ['capability', 'fullyUnblocks', 'partlyUnblocks'],
        properties: {
          capability: {
            $ref: '#/components/schemas/CapabilityBrief',
          },
          fullyUnblocks: {
            allOf: [
              {
                $ref: '#/components/schemas/UseCaseBriefSample',
              },
              {
                type: 'object',
                required: ['byValue'],
                properties: {
                  byValue: {
                    type: 'object',
                    required: ['high', 'medium', 'low', 'unrated'],
                    properties: {
                      high: {
                        type: 'integer',
                      },
                      medium: {
                        type: 'integer',
                      },
                      low: {
                        type: 'integer',
                      },
                      unrated: {
                        type: 'integer',
                      },
                    },
                  },
                },
              },
            ],
          },
          partlyUnblocks: {
            type: 'object',
            required: ['count', 'sample'],
            properties: {
              count: {
                type: 'integer',
              },
              sample: {
                type: 'array',
                maxItems: 5,
                items: {
                  $ref: '#/components/schemas/PartlyUnblockedUseCase',
                },
              },
            },
          },
        },
      },
      PhaseForecast: {
        type: 'object',
        required: [
          'outcome',
          'target',
          'expectedDate',
          'horizonDays',
          'basis',
          'fit',
          'reason',
          'exampleDays',
        ],
        properties: {
          outcome: {
            type: 'string',
            enum: [
              'expected',
              'already-reached',
              'not-enough-history',
              'no-progress',
              'beyond-horizon',
              'no-target',
            ],
          },
          target: {
            type: ['object', 'null'],
            required: ['phase', 'adoption'],
            properties: {
              phase: {
                $ref: '#/components/schemas/Phase',
              },
              adoption: {
                type: 'number',
              },
            },
          },
          expectedDate: {
            type: ['string', 'null'],
            description:
              'The day (YYYY-MM-DD) the target is expected; only when `expected`.',
          },
          horizonDays: {
            type: 'integer',
          },
          basis: {
            type: 'object',
            description:
              "The daily points the fit used (the last year of the scope's history).",
            required: ['points', 'from', 'to'],
            properties: {
              points: {
                type: 'integer',
              },
              from: {
                type: ['string', 'null'],
              },
              to: {
                type: ['string', 'null'],
              },
            },
          },
          fit: {
            type: ['object', 'null'],
            required: ['intercept', 'slopePerDay'],
            properties: {
              intercept: {
                type: 'number',
              },
              slopePerDay: {
                type: 'number',
              },
            },
          },
          reason: {
            type: ['string', 'null'],
            description:
              'Why there is no date, in a sentence; null when `expected`.',
          },
          exampleDays: {
            type: 'integer',
            description: 'How many of the days used are example data.',
          },
        },
      },
      BusinessUnitSummary: {
        allOf: [
          {
            $ref: '#/components/schemas/PhaseResponse',
          },
          {
            type: 'object',
            required: ['title', 'topLevel', 'domains', 'childUnits', 'history'],
            properties: {
              title: {
                type: 'string',
              },
              topLevel: {
                type: 'boolean',
              },
              domains: {
                $ref: '#/components/schemas/RefSample',
              },
              childUnits: {
                $ref: '#/components/schemas/RefSample',
              },
              history: {
                type: 'array',
                maxItems: 30,
                description: 'Adoption on the last 30 days, oldest first.',
                items: {
                  type: 'object',
                  required: ['date', 'adoption', 'example'],
                  properties: {
                    date: {
                      type: 'string',
                    },
                    adoption: {
                      type: 'number',
                    },
                    example: {
                      type: 'boolean',
                    },
                  },
                },
              },
            },
          },
        ],
      },
      ContractChange: {
        type: 'object',
        description: 'One change between two versions of a contract.',
        required: ['path', 'kind', 'class'],
        properties: {
          path: {
            type: 'string',
            description: 'e.g. `schema.orders.properties.customer_id`.',
          },
          kind: {
            type: 'string',
            enum: [
              'object-removed',
              'object-added',
              'property-removed',
              'property-added',
              'logical-type-changed',
              'logical-type-added',
              'no-longer-required',
              'now-required',
              'primary-key-changed',
              'description-changed',
              'tags-changed',
              'field-changed',
              'version-changed',
              'status-changed',
            ],
          },
          class: {
            type: 'string',
            enum: ['breaking', 'non-breaking'],
          },
        },
      },
      ContractVersion: {
        type: 'object',
        description:
          'A version of a contract as the recompute first saw it, with its changes from the version before (none for the first).',
        required: [
          'sequence',
          'seenAt',
          'version',
          'status',
          'breaking',
          'unannounced',
          'changeCount',
          'breakingCount',
          'changes',
        ],
        properties: {
          sequence: {
            type: 'integer',
            description: '1 for the first version seen.',
          },
          seenAt: {
            type: 'string',
            format: 'date-time',
          },
          version: {
            type: ['string', 'null'],
            description: "The contract's own `version`.",
          },
          status: {
            type: ['string', 'null'],
          },
          breaking: {
            type: 'boolean',
          },
          unannounced: {
            type: 'boolean',
            description: "Breaking while the version's major number stayed.",
          },
          changeCount: {
            type: 'integer',
          },
          breakingCount: {
            type: 'integer',
          },
          changes: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/ContractChange',
            },
          },
        },
      },
      ReachedEntity: {
        type: 'object',
        required: ['ref', 'title', 'reach', 'through'],
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          reach: {
            type: 'string',
            enum: ['port', 'lineage'],
            description:
              "It reads the contract's port, or is downstream of a data product that does.",
          },
          through: {
            type: ['string', 'null'],
            description:
              'The data product that carries the change to it; null when the caller may not read it.',
          },
          status: {
            type: 'string',
            description: "A use case's status.",
          },
          real: {
            type: 'boolean',
            description: 'For a use case, whether it is committed or live.',
          },
        },
      },
      ContractRisk: {
        type: 'object',
        required: [
          'api',
          'sequence',
          'seenAt',
          'version',
          'unannounced',
          'breakingCount',
          'breakingPaths',
          'reach',
          'through',
        ],
        properties: {
          api: {
            type: 'string',
          },
          sequence: {
            type: 'integer',
          },
          seenAt: {
            type: 'string',
            format: 'date-time',
            description:
              'When the breaking version was seen; the entity is at risk since then.',
          },
          version: {
            type: ['string', 'null'],
          },
          unannounced: {
            type: 'boolean',
          },
          breakingCount: {
            type: 'integer',
          },
          breakingPaths: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'string',
            },
          },
          reach: {
            type: 'string',
            enum: ['port', 'lineage'],
          },
          through: {
            type: ['string', 'null'],
          },
        },
      },
      StatusResponse: {
        type: 'object',
        required: [
          'computedAt',
          'stale',
          'lastAttemptAt',
          'lastSuccessAt',
          'lastError',
          'lastRun',
          'complementarySearch',
        ],
        properties: {
          computedAt: {
            type: ['string', 'null'],
          },
          stale: {
            type: 'boolean',
          },
          lastAttemptAt: {
            type: ['string', 'null'],
          },
          lastSuccessAt: {
            type: ['string', 'null'],
          },
          lastError: {
            type: ['string', 'null'],
            description:
              "That the last attempt failed, and when; null when it succeeded. The failure's own text is written to the backend's log only.",
          },
          lastRun: {
            type: ['object', 'null'],
            required: [
              'startedAt',
              'readMs',
              'computeMs',
              'storeMs',
              'durationMs',
              'entities',
            ],
            properties: {
              startedAt: {
                type: 'string',
              },
              read: {
                type: 'string',
                enum: ['catalog', 'changes'],
                description:
                  'What the run read: the whole catalog (a full recompute), or only the entities the catalog module told changed.',
              },
              changes: {
                type: 'integer',
                description:
                  'How many told changes the run applied; with `read: changes` only.',
              },
              readMs: {
                type: 'number',
              },
              computeMs: {
                type: 'number',
              },
              storeMs: {
                type: 'number',
              },
              durationMs: {
                type: 'number',
              },
              entities: {
                type: 'object',
                required: [
                  'domains',
                  'dataProducts',
                  'useCases',
                  'capabilities',
                  'groups',
                ],
                properties: {
                  domains: {
                    type: 'integer',
                  },
                  dataProducts: {
                    type: 'integer',
                  },
                  useCases: {
                    type: 'integer',
                  },
                  capabilities: {
                    type: 'integer',
                  },
                  groups: {
                    type: 'integer',
                  },
                },
              },
            },
          },
          complementarySearch: {
            description:
              'The newest complementary use-case search, which runs on its own schedule; null before the first.',
            type: ['object', 'null'],
            required: [
              'searchedAt',
              'snapshotComputedAt',
              'durationMs',
              'pairsFound',
            ],
            properties: {
              searchedAt: {
                type: 'string',
              },
              snapshotComputedAt: {
                type: 'string',
              },
              durationMs: {
                type: 'integer',
              },
              pairsFound: {
                type: 'integer',
              },
            },
          },
        },
      },
    },
  },
} as const;
