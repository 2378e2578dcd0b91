/*
 * Generated from plugins/data-mesh-backend/src/schema/openapi.yaml by `yarn build:api-types`; do not edit.
 * Change the document and run the command again.
 */
/* eslint-disable */
/**
 * The API's paths, as the OpenAPI document describes them.
 *
 * @public
 */
export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness of the plugin; no credentials needed. */
    get: operations['GetHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the scheduled recompute is doing, and what the last run took. */
    get: operations['GetStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The phase of the organisation, of one domain (with its subdomains) or of one business unit, with the adoption forecast. */
    get: operations['GetPhase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phase/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One point per day for the scope, oldest first, for the adoption curve. */
    get: operations['GetPhaseHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the domains, with their phase and what they hold. */
    get: operations['ListDomains'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/capabilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of platform capabilities and the demand for them.
     * `teams` (default) lists only capabilities with demand of at least one real (committed or live) use case. `platform` also lists capabilities nobody needs (YAGNI candidates), those with emerging demand only (proposed use cases) and demanded capabilities that no PlatformCapability entity offers; it needs the `data-mesh.capabilities.platform-view` permission. Most demanded first, then most emerging demand, then by title.
     */
    get: operations['ListCapabilities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/capabilities/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One capability and the demand for it (also capabilities no entity offers). */
    get: operations['GetCapability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/capabilities/{namespace}/{name}/demand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the use cases that need a capability, and the data products they need it through. */
    get: operations['ListCapabilityDemand'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/capabilities/{namespace}/{name}/domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the domains involved in a capability's demand. */
    get: operations['ListCapabilityDomains'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/capabilities/{namespace}/{name}/data-products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the data products that require a capability and that real use cases read. */
    get: operations['ListCapabilityDataProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/capabilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the capabilities a DataProduct or UseCase needs, not-yet-available first. */
    get: operations['ListEntityCapabilities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/capabilities/{capabilityNamespace}/{capabilityName}/data-products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the upstream data products through which an entity needs a capability. */
    get: operations['ListEntityCapabilityDataProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/references/dangling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of references in data-mesh fields to entities the catalog does not hold. */
    get: operations['ListDanglingReferences'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/use-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The use-case portfolio; the value × complexity matrix with each cell's count and first use cases, and the unrated ones.
     * Proposed, committed and live use cases by `spec.value` × `spec.complexity`, row by row (value high, medium, low; within a row complexity low, medium, high). The high-value, low-complexity cell is flagged `startHere`. Each cell names at most five use cases, least blocked first, with its full `count`; `/use-cases/cell` pages through a cell and `/use-cases/unrated` through the use cases without a value or a complexity.
     */
    get: operations['GetUseCasePortfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/use-cases/cell': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the use cases in one cell of the portfolio, least blocked first. */
    get: operations['ListUseCaseCell'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/use-cases/unrated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the use cases without a value or a complexity, least blocked first. */
    get: operations['ListUnratedUseCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/use-cases/complementary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of complementary use-case pairs, most similar first.
     * Pairs of proposed, committed or live use cases whose needed capabilities have a Jaccard similarity (shared / needed by either) of at least `threshold` and where each serves a persona the other does not. Ranked by similarity, then by the titles of the first and the second use case. At most the 10,000 most similar pairs are kept. The pairs come from a search that runs on its own schedule (`dataMesh.complementary.schedule`, hourly by default; the first one right after the first recompute), `searchedAt` says when; what each pair shares and its similarity are measured against the served snapshot, and pairs that no longer qualify in it are left out. Before the first search the list is empty and `searchedAt` null.
     */
    get: operations['ListComplementaryUseCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/roadmap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of the platform roadmap; needs `data-mesh.capabilities.platform-view`.
     * Every capability that is not available and not deprecated (beta, building, planned, or demanded but not offered) with the real use cases it would fully unblock (it is the only capability they lack) and partly unblock (they lack others too). Ordered by the value of what it fully unblocks: most high-value use cases first, then medium, then low, then unrated; then most partly unblocked; then by title. Deprecated capabilities still needed are listed by `/roadmap/deprecated`.
     */
    get: operations['ListRoadmap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/roadmap/deprecated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of deprecated capabilities that real use cases still need; needs `data-mesh.capabilities.platform-view`.
     * Most needed first, then by the highest value needing them, then by title. A use case's full list of needs is at `/entities/UseCase/{namespace}/{name}/capabilities`; a capability's use cases at `/capabilities/{namespace}/{name}/demand`.
     */
    get: operations['ListDeprecatedNeeds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/roadmap/{namespace}/{name}/use-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the use cases a roadmap capability would fully or partly unblock; needs `data-mesh.capabilities.platform-view`. */
    get: operations['ListRoadmapUseCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/business-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of business units (groups whose subtree owns domains) with their phase and a sparkline of their adoption, by title. */
    get: operations['ListBusinessUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{namespace}/{name}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The change history of a data contract (an `odcs` API entity), newest first.
     * Every version the scheduled recompute has seen, with the changes from the version before classified as PRODUCT.md §8 says. A version lists at most 50 changes, breaking ones first, with the counts of all. A contract the caller may not read in the catalog (or that left the catalog), and one with no version seen, is a 404.
     */
    get: operations['ListContractVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{namespace}/{name}/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The use cases and data products a breaking change of a data contract reaches.
     * For one version (by default the newest breaking one): the use cases that consume the contract's port, the data products whose input ports read it, and, through lineage, the data products and real use cases downstream (PRODUCT.md §8). Use cases come real first. Each list is paged with the same `offset` and `limit`, and counted only over the entities the caller may read; a data product the change passes through that the caller may not read is named as null.
     */
    get: operations['GetContractImpact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/contract-risks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The breaking contract changes that reach a use case or data product, newest first.
     * Each breaking version of a contract that reaches the entity: since when it is at risk (when the version was seen), the breaking changes' paths (at most 10, with their count), and how the change reaches it. Contracts the caller may not read are left out, and not counted.
     */
    get: operations['ListEntityContractRisks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recompute now; needs the `data-mesh.refresh` permission. */
    post: operations['RequestRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
/**
 * The API's webhooks, as the OpenAPI document describes them.
 *
 * @public
 */
export type webhooks = Record<string, never>;
/**
 * The API's components, as the OpenAPI document describes them.
 *
 * @public
 */
export type components = {
  schemas: {
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response?: {
        statusCode?: number;
      };
    };
    EntityName: string;
    Day: string;
    PageInfo: {
      /** Rows the query matches, whether or not the caller may read them. */
      totalItems: number;
      offset: number;
      limit: number;
    };
    Freshness: {
      /** Format: date-time */
      computedAt: string;
      stale: boolean;
    };
    /** At most five refs of a longer list, in order, and its full count. */
    RefSample: {
      count: number;
      sample: string[];
    };
    Phase: 'bootstrap' | 'scale' | 'exploit';
    Level: 'low' | 'medium' | 'high' | null;
    CapabilityStatus:
      | 'available'
      | 'beta'
      | 'building'
      | 'planned'
      | 'deprecated'
      | 'not-offered';
    PhaseMetrics: {
      domains: number;
      adoptingDomains: number;
      adoption: number;
      activeDataProducts: number;
      realUseCases: number;
      liveUseCases: number;
      domainOwnership: number;
      availableCapabilities: number;
      /** Share of the output ports of the scope's active data products whose contract is an `odcs` API in the catalog; 0 when there are none. */
      contractCoverage: number;
    };
    PhaseResponse: components['schemas']['Freshness'] & {
      /** `organization`, a domain ref or a business unit's group ref. */
      scope: string;
      phase: components['schemas']['Phase'];
      computedPhase: components['schemas']['Phase'];
      declared: {
        phase: components['schemas']['Phase'];
        reason: string | null;
      } | null;
      metrics: components['schemas']['PhaseMetrics'];
      next: {
        phase: components['schemas']['Phase'];
        criteria: {
          metric:
            | 'domains'
            | 'adoptingDomains'
            | 'adoption'
            | 'activeDataProducts'
            | 'realUseCases'
            | 'liveUseCases'
            | 'domainOwnership'
            | 'availableCapabilities'
            | 'contractCoverage';
          threshold: number;
          value: number;
          met: boolean;
        }[];
      } | null;
      adopterCategory:
        | 'innovators'
        | 'early-adopters'
        | 'early-majority'
        | 'late-majority'
        | 'laggards';
    };
    DomainSummary: components['schemas']['PhaseResponse'] & {
      title: string;
      archetype: string | null;
      /** The parent domain; null also when the caller may not read it. */
      subdomainOf: string | null;
      dataProducts: number;
      useCases: number;
    };
    PhaseHistoryPoint: {
      date: string;
      phase: components['schemas']['Phase'];
      adoption: number;
      adoptingDomains: number;
      activeDataProducts: number;
      /** True for a synthetic point seeded as example data (`dataMesh.exampleHistory`), not a measurement. */
      example: boolean;
    };
    CapabilityItem: {
      ref: string;
      title: string;
      status: components['schemas']['CapabilityStatus'];
      offered: boolean;
      category: string | null;
      demand: {
        /** Real (committed or live) use cases that need it. */
        count: number;
        personas: string[];
        highestValue: components['schemas']['Level'];
        samples: {
          useCases: components['schemas']['RefSample'];
          direct: components['schemas']['RefSample'];
          dataProducts: components['schemas']['RefSample'];
          domains: components['schemas']['RefSample'];
        };
      };
      emergingDemand: {
        /** Proposed use cases that need it. */
        count: number;
        samples: {
          useCases: components['schemas']['RefSample'];
        };
      };
    };
    CapabilityDemandEntry: {
      useCase: string;
      title: string;
      status: 'proposed' | 'committed' | 'live' | 'retired';
      value: components['schemas']['Level'];
      personas: string[];
      domain: string | null;
      direct: boolean;
      dataProducts: components['schemas']['RefSample'];
    };
    CapabilityNeed: {
      ref: string;
      title: string;
      status: components['schemas']['CapabilityStatus'];
      available: boolean;
      direct: boolean;
      dataProducts: components['schemas']['RefSample'];
    };
    CapabilityBrief: {
      ref: string;
      title: string;
      status: components['schemas']['CapabilityStatus'];
    };
    /** At most five capabilities of a longer list, in order, and its full count. */
    CapabilityBriefSample: {
      count: number;
      sample: components['schemas']['CapabilityBrief'][];
    };
    UseCaseBrief: {
      ref: string;
      title: string;
      status: 'proposed' | 'committed' | 'live' | 'retired';
      value: components['schemas']['Level'];
      complexity: components['schemas']['Level'];
      /** Null also when the caller may not read it. */
      domain: string | null;
      personas: string[];
    };
    /** At most five use cases of a longer list, in order, and its full count. */
    UseCaseBriefSample: {
      count: number;
      sample: components['schemas']['UseCaseBrief'][];
    };
    PartlyUnblockedUseCase: components['schemas']['UseCaseBrief'] & {
      /** How many other capabilities it lacks. */
      alsoLacking: number;
    };
    UseCasePortfolioItem: components['schemas']['UseCaseBrief'] & {
      consumes: components['schemas']['RefSample'];
      /** How many capabilities it needs, directly or through data products. */
      needs: number;
      /** The capabilities it needs that are not available, by title. */
      blockedBy: components['schemas']['CapabilityBriefSample'];
    };
    UseCasePortfolioCell: {
      value: 'low' | 'medium' | 'high';
      complexity: 'low' | 'medium' | 'high';
      /** True for the high-value, low-complexity cell, where bootstrap starts. */
      startHere: boolean;
      count: number;
      useCases: components['schemas']['UseCasePortfolioItem'][];
    };
    RoadmapEntry: {
      capability: components['schemas']['CapabilityBrief'];
      fullyUnblocks: components['schemas']['UseCaseBriefSample'] & {
        byValue: {
          high: number;
          medium: number;
          low: number;
          unrated: number;
        };
      };
      partlyUnblocks: {
        count: number;
        sample: components['schemas']['PartlyUnblockedUseCase'][];
      };
    };
    PhaseForecast: {
      outcome:
        | 'expected'
        | 'already-reached'
        | 'not-enough-history'
        | 'no-progress'
        | 'beyond-horizon'
        | 'no-target';
      target: {
        phase: components['schemas']['Phase'];
        adoption: number;
      } | null;
      /** The day (YYYY-MM-DD) the target is expected; only when `expected`. */
      expectedDate: string | null;
      horizonDays: number;
      /** The daily points the fit used (the last year of the scope's history). */
      basis: {
        points: number;
        from: string | null;
        to: string | null;
      };
      fit: {
        intercept: number;
        slopePerDay: number;
      } | null;
      /** Why there is no date, in a sentence; null when `expected`. */
      reason: string | null;
      /** How many of the days used are example data. */
      exampleDays: number;
    };
    BusinessUnitSummary: components['schemas']['PhaseResponse'] & {
      title: string;
      topLevel: boolean;
      domains: components['schemas']['RefSample'];
      childUnits: components['schemas']['RefSample'];
      /** Adoption on the last 30 days, oldest first. */
      history: {
        date: string;
        adoption: number;
        example: boolean;
      }[];
    };
    /** One change between two versions of a contract. */
    ContractChange: {
      /** e.g. `schema.orders.properties.customer_id`. */
      path: string;
      kind:
        | 'object-removed'
        | 'object-added'
        | 'property-removed'
        | 'property-added'
        | 'logical-type-changed'
        | 'logical-type-added'
        | 'no-longer-required'
        | 'now-required'
        | 'primary-key-changed'
        | 'description-changed'
        | 'tags-changed'
        | 'field-changed'
        | 'version-changed'
        | 'status-changed';
      class: 'breaking' | 'non-breaking';
    };
    /** A version of a contract as the recompute first saw it, with its changes from the version before (none for the first). */
    ContractVersion: {
      /** 1 for the first version seen. */
      sequence: number;
      /** Format: date-time */
      seenAt: string;
      /** The contract's own `version`. */
      version: string | null;
      status: string | null;
      breaking: boolean;
      /** Breaking while the version's major number stayed. */
      unannounced: boolean;
      changeCount: number;
      breakingCount: number;
      changes: components['schemas']['ContractChange'][];
    };
    ReachedEntity: {
      ref: string;
      title: string;
      /**
       * It reads the contract's port, or is downstream of a data product that does.
       */
      reach: 'port' | 'lineage';
      /** The data product that carries the change to it; null when the caller may not read it. */
      through: string | null;
      /** A use case's status. */
      status?: string;
      /** For a use case, whether it is committed or live. */
      real?: boolean;
    };
    ContractRisk: {
      api: string;
      sequence: number;
      /**
       * Format: date-time
       * When the breaking version was seen; the entity is at risk since then.
       */
      seenAt: string;
      version: string | null;
      unannounced: boolean;
      breakingCount: number;
      breakingPaths: string[];
      reach: 'port' | 'lineage';
      through: string | null;
    };
    StatusResponse: {
      computedAt: string | null;
      stale: boolean;
      lastAttemptAt: string | null;
      lastSuccessAt: string | null;
      /** That the last attempt failed, and when; null when it succeeded. The failure's own text is written to the backend's log only. */
      lastError: string | null;
      lastRun: {
        startedAt: string;
        /**
         * What the run read: the whole catalog (a full recompute), or only the entities the catalog module told changed.
         */
        read?: 'catalog' | 'changes';
        /** How many told changes the run applied; with `read: changes` only. */
        changes?: number;
        readMs: number;
        computeMs: number;
        storeMs: number;
        durationMs: number;
        entities: {
          domains: number;
          dataProducts: number;
          useCases: number;
          capabilities: number;
          groups: number;
        };
      } | null;
      /** The newest complementary use-case search, which runs on its own schedule; null before the first. */
      complementarySearch: {
        searchedAt: string;
        snapshotComputedAt: string;
        durationMs: number;
        pairsFound: number;
      } | null;
    };
  };
  responses: {
    /** A page of use cases of the portfolio. */
    UseCasePortfolioPage: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['PageInfo'] &
          components['schemas']['Freshness'] & {
            items: components['schemas']['UseCasePortfolioItem'][];
          };
      };
    };
    /** A page of entity refs. */
    EntityRefs: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['PageInfo'] &
          components['schemas']['Freshness'] & {
            items: {
              ref: string;
            }[];
          };
      };
    };
    /** A parameter is malformed or not allowed; the message names it. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** No valid user or service credentials. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** The permission policy denies this. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** No such domain, business unit, capability or entity, or the caller may not read it. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** The first computation has not finished yet; or the answer is about one entity and the catalog could not confirm that the caller may read it (lists then leave unconfirmed names out and say `stale: true` instead). */
    NotComputedYet: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** `organization`, a domain reference such as `domain:default/orders` (kind and namespace default to domain and default), or a business unit: a group whose subtree owns domains, such as `group:default/commerce`. An unknown scope, a group that is no business unit and one the caller may not read are all a 404. */
    scope: string;
    /** Rows per page, 1 to 500; 50 by default. */
    limit: number;
    /** Rows per page, 1 to 50 (rows are large); 50 by default. */
    wideLimit: number;
    /** Rows to skip; 0 by default. */
    offset: number;
    kind: 'DataProduct' | 'UseCase' | 'dataproduct' | 'usecase';
    namespace: components['schemas']['EntityName'];
    name: components['schemas']['EntityName'];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
};
/**
 * The API's $defs, as the OpenAPI document describes them.
 *
 * @public
 */
export type $defs = Record<string, never>;
/**
 * The API's operations, as the OpenAPI document describes them.
 *
 * @public
 */
export type operations = {
  GetHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The plugin is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: 'ok';
          };
        };
      };
    };
  };
  GetStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  GetPhase: {
    parameters: {
      query: {
        /** `organization`, a domain reference such as `domain:default/orders` (kind and namespace default to domain and default), or a business unit: a group whose subtree owns domains, such as `group:default/commerce`. An unknown scope, a group that is no business unit and one the caller may not read are all a 404. */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The assessment and its forecast. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PhaseResponse'] & {
            /** Null only when the history could not be read just now; the answer then says `stale: true`. */
            forecast: components['schemas']['PhaseForecast'] | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  GetPhaseHistory: {
    parameters: {
      query: {
        /** `organization`, a domain reference such as `domain:default/orders` (kind and namespace default to domain and default), or a business unit: a group whose subtree owns domains, such as `group:default/commerce`. An unknown scope, a group that is no business unit and one the caller may not read are all a 404. */
        scope: components['parameters']['scope'];
        /** First day, inclusive (YYYY-MM-DD or an ISO timestamp). */
        from?: components['schemas']['Day'];
        /** Last day, inclusive (YYYY-MM-DD or an ISO timestamp). */
        to?: components['schemas']['Day'];
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of the history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] & {
            points: components['schemas']['PhaseHistoryPoint'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListDomains: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
        /** What to sort by; `title` by default. */
        sort?: 'title' | 'phase' | 'adoption' | 'dataProducts' | 'useCases';
        /** `asc` by default. */
        order?: 'asc' | 'desc';
        /** Only domains whose title or ref contains this text (any case). */
        q?: string;
        /** Only domains in this phase. */
        phase?: components['schemas']['Phase'];
        /** Only domains of this archetype (`spec.type`). */
        archetype?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of domains. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              items: components['schemas']['DomainSummary'][];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListCapabilities: {
    parameters: {
      query?: {
        view?: 'teams' | 'platform';
        category?: string;
        status?: components['schemas']['CapabilityStatus'];
        /** Only one group of the platform view: offered and demanded, demanded but not offered, emerging demand only, or no demand. */
        group?: 'demanded' | 'not-offered' | 'emerging-only' | 'no-demand';
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of capabilities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              items: components['schemas']['CapabilityItem'][];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['NotComputedYet'];
    };
  };
  GetCapability: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The capability. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapabilityItem'] &
            components['schemas']['Freshness'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListCapabilityDemand: {
    parameters: {
      query?: {
        /** `real` (committed or live use cases, the default) or `emerging` (proposed ones). */
        demand?: 'real' | 'emerging';
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of use cases, by ref. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              capabilityRef: string;
              items: components['schemas']['CapabilityDemandEntry'][];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListCapabilityDomains: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['EntityRefs'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListCapabilityDataProducts: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['EntityRefs'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListEntityCapabilities: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of needs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              entityRef: string;
              needs: components['schemas']['CapabilityNeed'][];
              /** How many of all its needs are not available yet. */
              notAvailable: number;
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListEntityCapabilityDataProducts: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
        capabilityNamespace: components['schemas']['EntityName'];
        capabilityName: components['schemas']['EntityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['EntityRefs'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListDanglingReferences: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of the references whose holder the caller may read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              /** The same as `totalItems`, kept for earlier clients. */
              count: number;
              items: {
                from: string;
                field: string;
                ref: string;
              }[];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  GetUseCasePortfolio: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The portfolio. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Freshness'] & {
            cells: components['schemas']['UseCasePortfolioCell'][];
            unrated: {
              count: number;
              useCases: components['schemas']['UseCasePortfolioItem'][];
            };
          };
        };
      };
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListUseCaseCell: {
    parameters: {
      query: {
        value: 'low' | 'medium' | 'high';
        complexity: 'low' | 'medium' | 'high';
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['UseCasePortfolioPage'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListUnratedUseCases: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['UseCasePortfolioPage'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListComplementaryUseCases: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of pairs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              threshold: number;
              searchedAt: string | null;
              items: {
                first: components['schemas']['UseCaseBrief'];
                second: components['schemas']['UseCaseBrief'];
                similarity: number;
                shared: components['schemas']['CapabilityBriefSample'];
                neededByEither: number;
              }[];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListRoadmap: {
    parameters: {
      query?: {
        /** Only the capabilities of one status: in beta, being built, planned, or demanded but offered by no entity. */
        status?: 'beta' | 'building' | 'planned' | 'not-offered';
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of the roadmap. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              items: components['schemas']['RoadmapEntry'][];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListDeprecatedNeeds: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of deprecated capabilities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              items: {
                capability: components['schemas']['CapabilityBrief'];
                useCases: components['schemas']['UseCaseBriefSample'];
                domains: components['schemas']['RefSample'];
                personas: string[];
              }[];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListRoadmapUseCases: {
    parameters: {
      query?: {
        /** `fully` (the default) or `partly` unblocked use cases. */
        unblocks?: 'fully' | 'partly';
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of use cases. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              capabilityRef: string;
              unblocks: 'fully' | 'partly';
              items: components['schemas']['PartlyUnblockedUseCase'][];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListBusinessUnits: {
    parameters: {
      query?: {
        /** `top` (the default): the units directly below a root group, and a root group that is a unit with no unit below it; `all`: every group that is a scope. */
        level?: 'top' | 'all';
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of business units. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] &
            components['schemas']['Freshness'] & {
              items: components['schemas']['BusinessUnitSummary'][];
            };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListContractVersions: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 50 (rows are large); 50 by default. */
        limit?: components['parameters']['wideLimit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of the contract's versions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] & {
            api: string;
            stale: boolean;
            items: components['schemas']['ContractVersion'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  GetContractImpact: {
    parameters: {
      query?: {
        /** The version's sequence number; the newest breaking version by default. */
        version?: number;
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Whom the change reaches. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            api: string;
            stale: boolean;
            offset: number;
            limit: number;
            change: components['schemas']['ContractVersion'];
            useCases: {
              totalItems: number;
              /** How many of them are committed or live. */
              realItems: number;
              items: components['schemas']['ReachedEntity'][];
            };
            dataProducts: {
              totalItems: number;
              items: components['schemas']['ReachedEntity'][];
            };
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  ListEntityContractRisks: {
    parameters: {
      query?: {
        /** Rows per page, 1 to 500; 50 by default. */
        limit?: components['parameters']['limit'];
        /** Rows to skip; 0 by default. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of the breaking changes that reach the entity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageInfo'] & {
            entityRef: string;
            stale: boolean;
            items: components['schemas']['ContractRisk'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['NotComputedYet'];
    };
  };
  RequestRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A recompute starts now or, when one is running, right after it (which may have read the catalog before this request). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: 'accepted';
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
};
