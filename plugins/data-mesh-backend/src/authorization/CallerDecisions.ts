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

/**
 * Answers whether the caller may read an entity, by its normalised ref.
 * `unconfirmed` says that the catalog could not be asked about some of the
 * refs: they count as unreadable (fail closed), and the answer should say
 * so.
 */
export type CanRead = ((ref: string) => boolean) & {
  readonly unconfirmed?: boolean;
};

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

/** Per ref: whether it passes the conditions, or the lookup that will say. */
type ReadAnswers = Map<string, boolean | Promise<CanRead>>;

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
 * then costs one round trip instead of one per request. A change to the
 * policy, to an entity or to a user's groups shows once the TTL is over.
 */
export class CallerDecisions {
  private readonly decisions: ExpiringCache<PolicyDecision>;
  private readonly passing: ExpiringCache<ReadAnswers>;
  private readonly cacheOptions: ExpiringCacheOptions;

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
    this.decisions = new ExpiringCache(this.cacheOptions);
    this.passing = new ExpiringCache(this.cacheOptions);
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

  private async check(
    conditionsKey: string,
    refs: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<CanRead> {
    const known = await this.passing.get(conditionsKey, async () => new Map());
    if (known.size > MAX_CACHED_REFS) known.clear();
    const unique = new Set(refs);
    const missing = [...unique].filter(ref => !known.has(ref));
    for (let i = 0; i < missing.length; i += READ_CHECK_BATCH_SIZE) {
      const batch = missing.slice(i, i + READ_CHECK_BATCH_SIZE);
      const lookup = this.lookUp(batch, credentials);
      for (const ref of batch) known.set(ref, lookup);
      lookup.then(
        // Settled answers are kept as booleans: a request whose refs are
        // all known then needs no promise at all.
        readable => {
          for (const ref of batch) {
            if (known.get(ref) === lookup) known.set(ref, readable(ref));
          }
        },
        // A failed lookup is not remembered: the next request asks again.
        () => {
          for (const ref of batch) {
            if (known.get(ref) === lookup) known.delete(ref);
          }
        },
      );
    }
    const allowed = new Set<string>();
    const pending: Array<Promise<unknown>> = [];
    const state = { unconfirmed: false };
    for (const ref of unique) {
      const answer = known.get(ref)!;
      if (answer === true) allowed.add(ref);
      else if (answer !== false) {
        pending.push(
          answer.then(
            readable => readable(ref) && allowed.add(ref),
            // The catalog did not answer: the ref is not named, and the
            // caller learns that the answer is incomplete, not a 5xx.
            () => (state.unconfirmed = true),
          ),
        );
      }
    }
    await Promise.all(pending);
    return Object.assign((ref: string) => allowed.has(ref), {
      unconfirmed: state.unconfirmed,
    });
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
