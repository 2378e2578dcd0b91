import { HumanDuration } from '@backstage/types';

/** Thresholds of one phase: metric name → minimum value. */
interface PhaseCriteriaConfig {
  domains?: number;
  adoptingDomains?: number;
  /** A share between 0 and 1. */
  adoption?: number;
  activeDataProducts?: number;
  realUseCases?: number;
  liveUseCases?: number;
  /** A share between 0 and 1. */
  domainOwnership?: number;
  availableCapabilities?: number;
  /**
   * A share between 0 and 1: of the active data products' output ports,
   * those whose contract is an odcs API in the catalog. In no default rule.
   */
  contractCoverage?: number;
}

/** Phase rules of one scope; an omitted phase keeps its default criteria. */
interface PhaseRulesConfig {
  scale?: PhaseCriteriaConfig;
  exploit?: PhaseCriteriaConfig;
}

export interface Config {
  /** Configuration of the Data Mesh Portfolio backend. */
  dataMesh?: {
    /**
     * When the portfolio is recomputed from a full read of the catalog:
     * the safety net behind the changes the catalog module tells of (and
     * the count that finds deleted entities).
     */
    schedule?: {
      /**
       * How often; default every 6 hours, or every 10 minutes when
       * `changes.enabled` is false.
       */
      frequency?: HumanDuration | { cron: string };
      /** Delay of the first run after start-up; default 15 seconds. */
      initialDelay?: HumanDuration;
      /** Longest a run may take; default 5 minutes. */
      timeout?: HumanDuration;
    };
    /** Following the catalog between full recomputes. */
    changes?: {
      /**
       * Whether the entities the catalog module tells changed are read and
       * applied within seconds, and deletions found by counting the
       * catalog's entities each minute; default true. Off, the portfolio
       * follows the catalog at the schedule's cadence only.
       */
      enabled?: boolean;
    };
    /**
     * Complementary use cases: the search compares pairs of use cases, so
     * it runs on its own schedule over the newest snapshot, not in every
     * recompute. The first recompute asks for the first search.
     */
    complementary?: {
      schedule?: {
        /** How often, or only when triggered; default every hour. */
        frequency?: HumanDuration | { cron: string } | { trigger: 'manual' };
        /** Delay of the first run after start-up; default 1 minute. */
        initialDelay?: HumanDuration;
        /** Longest a search may take; default 30 minutes. */
        timeout?: HumanDuration;
      };
    };
    /** How long the phase history (one point per scope and day) is kept. */
    history?: {
      /** Default 2 years. */
      retention?: HumanDuration;
    };
    /** Phase rules; defaults are documented in the README. */
    phaseRules?: {
      organization?: PhaseRulesConfig;
      domain?: PhaseRulesConfig;
      /** A group whose subtree owns domains (`scope=group:<ns>/<name>`). */
      businessUnit?: PhaseRulesConfig;
    };
    /**
     * Gives every scope without measurements before today a year of
     * synthetic daily points, flagged as example data, ending at its first
     * real point; for demonstrations only. Default false.
     */
    exampleHistory?: boolean;
    /**
     * Earlier versions of data contracts, for demonstrations: the first
     * time the backend sees the contract it stores the file as its first
     * version, seen `daysAgo` days (default 14) before, then the catalog's
     * version after it, so a fresh portal shows a change and whom it
     * reaches. Files are relative to the backend's working directory.
     */
    exampleContractVersions?: Array<{
      /** The contract's API entity ref, e.g. `api:default/orders-contract`. */
      api: string;
      /** The earlier version's ODCS file. */
      file: string;
      /** How many days before the first run it counts as seen; default 14. */
      daysAgo?: number;
    }>;
    /** How the API asks the permission framework about its callers. */
    permissions?: {
      /**
       * How long a caller's decisions (and which entities pass a policy's
       * conditions) are reused; default 10 seconds, `{ seconds: 0 }` asks
       * on every request. A change to a policy, an entity's labels or
       * owner, or a user's groups shows in the API's answers after at most
       * this long.
       */
      cacheTtl?: HumanDuration;
    };
    /**
     * Notifications (through the portal's notifications backend) sent by
     * the scheduled recompute: a scope's owners when its phase changes, the
     * platform team when a committed or live use case starts needing a
     * capability that is not available.
     */
    notifications?: {
      /** Default true; false sends nothing. */
      enabled?: boolean;
      /**
       * The group (entity ref) told about needed capabilities that have no
       * entity, hence no owner; a capability entity's owner is told about
       * its own. Default none.
       */
      platformTeam?: string;
      /**
       * Groups or users (entity refs) told when the organisation's phase
       * changes. Default none.
       */
      organizationRecipients?: string[];
      /**
       * How many capabilities newly needed by committed or live use cases
       * one recompute tells their owners about one by one (those a live
       * use case needs first, then the most needed); the owners of the
       * rest get one notification together. Default 20.
       */
      maxBlockersPerRun?: number;
    };
    /** A phase declared for the organisation, overriding the computed one. */
    organization?: {
      declaredPhase?: {
        /** One of bootstrap, scale, exploit. */
        phase: string;
        reason?: string;
      };
    };
  };
}
