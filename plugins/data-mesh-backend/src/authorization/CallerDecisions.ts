import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { ExpiringCache, ExpiringCacheOptions } from './ExpiringCache';
import { CanRead, PassingRefs } from './PassingRefs';

/** Which entities one caller may read, asked only for the refs named. */
export interface CatalogReadAccess {
  /**
   * Names what the caller may read: callers with the same reach read the
   * same entities (the policy allows all, none, or the same conditions),
   * so what is worked out from their reads may be shared between them.
   */
  readonly reach: string;
  /** Resolves which of these refs the caller may read. */
  check(refs: Iterable<string>): Promise<CanRead>;
}

/** Refs per catalog lookup: a request body of a few kilobytes. */
export const READ_CHECK_BATCH_SIZE = 200;

/** Callers (and sets of conditions) whose decisions are kept at most. */
const MAX_CACHED_CALLERS = 10_000;
/** Refs kept per set of conditions before the set starts afresh. */
export const MAX_CACHED_REFS = 20_000;

/** Options of {@link CallerDecisions}. */
export interface CallerDecisionsOptions {
  /**
   * How long a caller's decisions are reused; 0 asks the policy (and the
   * catalog) on every request.
   */
  cacheTtlMs: number;
  /** The clock, for tests. */
  now?: () => number;
}

const readAll: CatalogReadAccess = {
  reach: 'all',
  check: async () => () => true,
};
const readNone: CatalogReadAccess = {
  reach: 'none',
  check: async () => () => false,
};

/**
 * The permission decisions the API needs about its caller: the data-mesh
 * permissions, and the catalog's read permission for the entities an
 * answer names.
 *
 * For `catalog.entity.read` the policy is asked once for its decision on
 * the permission as a whole: when it allows or denies unconditionally, no
 * ref is sent anywhere. When it depends on the entity, the catalog itself
 * is asked, on the caller's behalf, for the refs an answer names, in
 * batches: it applies the policy's conditions in one query per batch, as
 * for its own reads. (Asking the permission backend ref by ref costs it a
 * round trip to the catalog per batch as well, and was several times
 * slower.) An entity the catalog does not hold counts as unreadable.
 *
 * Decisions are reused for `cacheTtlMs`: per caller (the principal) for
 * the policy's answers, and per set of conditions for which refs pass
 * them, since the conditions are all a policy's answer says about the
 * caller. Paging through a list, or a page asking four routes at once,
 * then costs one round trip instead of one per request. Decisions and
 * refs still in use are asked again in the background before they expire
 * (see PassingRefs), so steady traffic never waits for them. A change to
 * the policy, to an entity or to a user's groups shows once the TTL is
 * over.
 */
export class CallerDecisions {
  private readonly decisions: ExpiringCache<PolicyDecision>;
  /** Per set of conditions, the refs known to pass them or not. */
  private readonly passing = new Map<string, PassingRefs>();
  private readonly cacheOptions: ExpiringCacheOptions;
  private readonly refreshAfterMs: number;
  private readonly now: () => number;

  constructor(
    private readonly permissions: PermissionsService,
    private readonly catalog: CatalogService,
    options: CallerDecisionsOptions,
  ) {
    this.cacheOptions = {
      ttlMs: options.cacheTtlMs,
      maxEntries: MAX_CACHED_CALLERS,
      now: options.now,
    };
    this.now = options.now ?? Date.now;
    // A quarter of the TTL leaves the background lookups time to finish
    // before the answers they replace expire.
    this.refreshAfterMs = (options.cacheTtlMs * 3) / 4;
    this.decisions = new ExpiringCache({
      ...this.cacheOptions,
      refreshAfterMs: this.refreshAfterMs,
    });
  }

  /**
   * A cache whose values live as long as these decisions do, for what is
   * worked out from them: a change to the policy or to an entity then
   * shows in it as soon as in the decisions themselves.
   */
  expiringCache<V>(): ExpiringCache<V> {
    return new ExpiringCache<V>(this.cacheOptions);
  }

  /** Whether the policy allows the caller a permission without conditions. */
  async isAllowed(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const decision = await this.decide(credentials, permission.name, () =>
      this.permissions
        .authorize([{ permission }], { credentials })
        .then(([d]) => d),
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** What the caller may read in the catalog. */
  async catalogRead(
    credentials: BackstageCredentials,
  ): Promise<CatalogReadAccess> {
    const decision = await this.decide(
      credentials,
      catalogEntityReadPermission.name,
      () =>
        this.permissions
          .authorizeConditional([{ permission: catalogEntityReadPermission }], {
            credentials,
          })
          .then(([d]) => d),
    );
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return decision.result === AuthorizeResult.ALLOW ? readAll : readNone;
    }
    const conditionsKey = JSON.stringify([
      decision.pluginId,
      decision.resourceType,
      decision.conditions,
    ]);
    return {
      reach: `conditions:${conditionsKey}`,
      check: refs => this.check(conditionsKey, refs, credentials),
    };
  }

  private decide(
    credentials: BackstageCredentials,
    permissionName: string,
    load: () => Promise<PolicyDecision>,
  ): Promise<PolicyDecision> {
    const { principal } = credentials as BackstageCredentials<{
      type: string;
    }>;
    // An anonymous caller is nobody in particular: never shared.
    if (!principal || principal.type === 'none') return load();
    return this.decisions.get(
      `${JSON.stringify(principal)}\n${permissionName}`,
      load,
    );
  }

  private check(
    conditionsKey: string,
    refs: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<CanRead> {
    return this.passingRefs(conditionsKey).check(refs, batch =>
      this.lookUp(batch, credentials),
    );
  }

  /**
   * The answers kept for one set of conditions. The sets are kept in the
   * order of their last use: those unused for a TTL (all their answers
   * expired) and the least used beyond the bound go.
   */
  private passingRefs(conditionsKey: string): PassingRefs {
    const fresh = () =>
      new PassingRefs({
        ttlMs: this.cacheOptions.ttlMs,
        refreshAfterMs: this.refreshAfterMs,
        batchSize: READ_CHECK_BATCH_SIZE,
        maxRefs: MAX_CACHED_REFS,
        now: this.now,
      });
    // Without a TTL nothing is kept: every request looks its refs up.
    if (this.cacheOptions.ttlMs <= 0) return fresh();
    const refs = this.passing.get(conditionsKey) ?? fresh();
    this.passing.delete(conditionsKey);
    this.passing.set(conditionsKey, refs);
    const now = this.now();
    for (const [key, old] of this.passing) {
      if (this.passing.size <= MAX_CACHED_CALLERS && !old.isUnused(now)) break;
      if (old !== refs) this.passing.delete(key);
    }
    return refs;
  }

  /** Asks the catalog, as the caller, which of these entities it returns. */
  private async lookUp(
    batch: string[],
    credentials: BackstageCredentials,
  ): Promise<CanRead> {
    let items: Array<unknown>;
    try {
      ({ items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: batch, fields: ['kind'] },
        { credentials },
      ));
    } catch (error) {
      // Without the catalog's answer nothing may be named: fail closed.
      throw new ServiceUnavailableError(
        `Could not check which entities the caller may read: ${stringifyError(
          error,
        )}`,
      );
    }
    const allowed = new Set(batch.filter((_, j) => items[j]));
    return ref => allowed.has(ref);
  }
}
