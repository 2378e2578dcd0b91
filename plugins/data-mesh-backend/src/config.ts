import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  Config,
  ConfigReader,
  readDurationFromConfig,
} from '@backstage/config';
import { HumanDuration, JsonObject } from '@backstage/types';
import {
  DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  DeclaredPhase,
  PhaseRules,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  ExampleContractVersion,
  readExampleContractVersions,
} from './exampleContractConfig';
import { readDeclaredPhase, readRules } from './phaseConfig';

/**
 * How many newly needed capabilities one run tells one by one when nothing
 * else is configured; the owners of the rest are told together.
 */
export const DEFAULT_MAX_BLOCKERS_PER_RUN = 20;

/**
 * How long, in milliseconds, one look at the store (is there a newer
 * snapshot, did the last refresh fail) serves requests when the service is
 * given no other interval.
 */
export const DEFAULT_STORE_CHECK_INTERVAL_MS = 1000;

/** Default page size of the actions: small, since answers go into a model's context. */
export const DEFAULT_ACTION_PAGE_LIMIT = 20;

/** How often, in milliseconds, a requested recompute is asked for again. */
export const DEFAULT_TRIGGER_RETRY_INTERVAL_MS = 1000;

/** When, in milliseconds, a requested recompute stops being asked for. */
export const DEFAULT_TRIGGER_GIVE_UP_AFTER_MS = 600_000;

/**
 * When a scheduled task runs: how often (or only when triggered, with
 * `{ trigger: 'manual' }`), how long after start-up it first runs, and the
 * longest a run may take.
 */
export type TaskSchedule = Pick<
  SchedulerServiceTaskScheduleDefinition,
  'frequency' | 'initialDelay' | 'timeout'
>;

/**
 * Everything the backend reads from `dataMesh` in app-config.
 */
export interface DataMeshBackendOptions {
  /**
   * When the portfolio is recomputed from a full read of the catalog
   * (`dataMesh.schedule`).
   */
  schedule: Required<TaskSchedule>;
  /**
   * Whether the changes the catalog module tells of are applied as they
   * come, between full recomputes (`dataMesh.changes.enabled`); default
   * true.
   */
  followChanges: boolean;
  /**
   * When complementary use cases are searched for
   * (`dataMesh.complementary.schedule`).
   */
  complementarySchedule: Required<TaskSchedule>;
  /** How long daily phase history is kept (`dataMesh.history.retention`). */
  historyRetention: HumanDuration;
  /** Phase criteria for the organisation. */
  organizationRules: PhaseRules;
  /** Phase criteria for each domain. */
  domainRules: PhaseRules;
  /** Phase criteria for each business unit (a group scope). */
  businessUnitRules: PhaseRules;
  /** A phase declared for the whole organisation, when configured. */
  organizationDeclaredPhase: DeclaredPhase | null;
  /** How long a caller's permission decisions are reused. */
  permissionCacheTtl: HumanDuration;
  /**
   * Whether scopes without earlier measurements get a year of example
   * points (`dataMesh.exampleHistory`), for demonstrations.
   */
  exampleHistory: boolean;
  /**
   * Earlier versions of contracts stored the first time a contract is
   * seen (`dataMesh.exampleContractVersions`), for demonstrations.
   */
  exampleContractVersions: ExampleContractVersion[];
  /** Who hears about phase changes and new blockers (`dataMesh.notifications`). */
  notifications: {
    /** Whether the scheduled recompute sends notifications; default true. */
    enabled: boolean;
    /** Told about needed capabilities that have no entity; or none. */
    platformTeam: string | null;
    /** Told when the organisation's phase changes; may be empty. */
    organizationRecipients: string[];
    /** Newly needed capabilities one run tells one by one; the rest together. */
    maxBlockersPerRun: number;
  };
}

function readEntityRef(value: string, path: string): string {
  try {
    // A bare name is a group, as the catalog reads an owner.
    return stringifyEntityRef(parseEntityRef(value, { defaultKind: 'group' }));
  } catch {
    throw new Error(`${path} must be an entity ref; got "${value}"`);
  }
}

function readNotifications(
  config: Config,
): DataMeshBackendOptions['notifications'] {
  const path = 'dataMesh.notifications';
  const section = config.getOptionalConfig(path);
  const team = section?.getOptionalString('platformTeam');
  return {
    enabled: section?.getOptionalBoolean('enabled') ?? true,
    platformTeam: team ? readEntityRef(team, `${path}.platformTeam`) : null,
    organizationRecipients: (
      section?.getOptionalStringArray('organizationRecipients') ?? []
    ).map(ref => readEntityRef(ref, `${path}.organizationRecipients`)),
    maxBlockersPerRun: readMaxBlockers(section, path),
  };
}

function readMaxBlockers(section: Config | undefined, path: string): number {
  const value = section?.getOptionalNumber('maxBlockersPerRun');
  if (value === undefined) return DEFAULT_MAX_BLOCKERS_PER_RUN;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `${path}.maxBlockersPerRun must be a whole number of at least 0; got ${value}`,
    );
  }
  return value;
}

/**
 * A scheduled task's timing, read by the scheduler's own reader from the
 * keys given in config over the task's defaults. A thin wrapper stays:
 * the reader has no defaults, and it reads an unknown trigger as a
 * duration, whose error would not say that only 'manual' is allowed.
 */
function readSchedule(
  config: Config,
  path: string,
  defaults: Record<keyof TaskSchedule, HumanDuration>,
): Required<TaskSchedule> {
  const given = config.getOptionalConfig(path);
  const trigger = given?.getOptionalString('frequency.trigger');
  if (trigger !== undefined && trigger !== 'manual') {
    throw new Error(
      `Invalid ${path}.frequency.trigger: expected 'manual', got '${trigger}'`,
    );
  }
  // Each key given replaces its default whole: a frequency of
  // `{ hours: 1 }` must not keep the default's minutes.
  const merged = new ConfigReader(
    { ...defaults, ...given?.get<JsonObject>() },
    'app-config',
    undefined,
    path,
  );
  let read;
  try {
    read = readSchedulerServiceTaskScheduleDefinitionFromConfig(merged);
  } catch (error) {
    // The reader names the key within the schedule only.
    throw new Error(`In ${path}: ${(error as Error).message}`);
  }
  const { frequency, initialDelay, timeout } = read;
  return {
    frequency,
    initialDelay: initialDelay ?? defaults.initialDelay,
    timeout,
  };
}

/**
 * How often the whole catalog is read while its changes are followed, by
 * default.
 */
export const FULL_READ_SAFETY_NET = { hours: 6 };

/** Reads and checks the backend's options; throws naming the bad key. */
export function readDataMeshBackendOptions(
  config: Config,
): DataMeshBackendOptions {
  const followChanges =
    config.getOptionalBoolean('dataMesh.changes.enabled') ?? true;
  return {
    schedule: readSchedule(config, 'dataMesh.schedule', {
      // Following the catalog's changes (and counting its entities for
      // deletions), the full read is a safety net: at 100,000 data
      // products it takes half a minute of the backend's time, and every
      // ten minutes that alone would cost several percent of a core.
      frequency: followChanges ? FULL_READ_SAFETY_NET : { minutes: 10 },
      initialDelay: { seconds: 15 },
      timeout: { minutes: 5 },
    }),
    followChanges,
    // The search compares pairs of use cases (about 20 s at 40,000), and
    // which use cases complement each other changes slowly.
    complementarySchedule: readSchedule(
      config,
      'dataMesh.complementary.schedule',
      {
        frequency: { hours: 1 },
        initialDelay: { minutes: 1 },
        timeout: { minutes: 30 },
      },
    ),
    historyRetention: config.has('dataMesh.history.retention')
      ? readDurationFromConfig(config, { key: 'dataMesh.history.retention' })
      : { years: 2 },
    organizationRules: readRules(
      config,
      'organization',
      DEFAULT_ORGANIZATION_PHASE_RULES,
    ),
    domainRules: readRules(config, 'domain', DEFAULT_DOMAIN_PHASE_RULES),
    businessUnitRules: readRules(
      config,
      'businessUnit',
      DEFAULT_BUSINESS_UNIT_PHASE_RULES,
    ),
    organizationDeclaredPhase: readDeclaredPhase(config),
    permissionCacheTtl: config.has('dataMesh.permissions.cacheTtl')
      ? readDurationFromConfig(config, { key: 'dataMesh.permissions.cacheTtl' })
      : { seconds: 10 },
    exampleHistory:
      config.getOptionalBoolean('dataMesh.exampleHistory') ?? false,
    exampleContractVersions: readExampleContractVersions(config, ref =>
      normalizeEntityRef(parseEntityRef(ref, { defaultKind: 'api' })),
    ),
    notifications: readNotifications(config),
  };
}
