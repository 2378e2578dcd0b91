import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  ListPage,
  ORGANIZATION_SCOPE,
  PageWindow,
  pageOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  CapabilityNames,
  PortfolioRequestOptions,
  SnapshotCapabilityNames,
} from '../reads/PortfolioService';
import { noSuchScope } from '../reads/PortfolioView';
import {
  CallerDecisions,
  CatalogReadAccess,
  MAX_CACHED_REFS,
} from './CallerDecisions';
import type { CanRead } from './PassingRefs';
import { visibleCapabilities } from './capabilityVisibility';
import type { ExpiringCache } from './ExpiringCache';

/**
 * An answer whose names the catalog could not confirm for this caller:
 * the unconfirmed ones are left out, and the answer says it is stale.
 */
export function marked<T extends { stale: boolean }>(
  answer: T,
  ...checks: CanRead[]
): T {
  return checks.some(c => c.unconfirmed) ? { ...answer, stale: true } : answer;
}

/** The window that asks the service for a whole list. */
export const WHOLE_LIST: PageWindow = {
  offset: 0,
  limit: Number.MAX_SAFE_INTEGER,
};

/**
 * A page of the rows the caller may see, counted over those rows only: a
 * list the caller filters, searches or sorts must not count, or leave
 * gaps for, what the caller may not read, or a filter that only a hidden
 * entity matches would reveal it.
 */
export function pageOfVisible<T>(
  rows: T[],
  keep: (row: T) => boolean,
  page: PageWindow,
): ListPage<T> {
  const kept = rows.filter(keep);
  return pageOf(kept.length, i => kept[i], page);
}

/** The error for an entity the caller may not read, or that is unconfirmed. */
export function unreadable(ref: string, canRead: CanRead): Error {
  return canRead.unconfirmed
    ? new ServiceUnavailableError(
        `Could not confirm that the caller may read ${ref}: the catalog did not answer`,
      )
    : new NotFoundError(`No ${ref}`);
}

/**
 * The checks every answer about a caller needs (see CallerDecisions): the
 * data-mesh permissions, the catalog's read permission for the entities an
 * answer names, decided once per request, and which capabilities the
 * caller may see.
 */
export class CallerChecks {
  /** One decision on the read permission per request (per credentials). */
  private readonly access = new WeakMap<
    PortfolioRequestOptions['credentials'],
    Promise<CatalogReadAccess>
  >();

  /**
   * Per snapshot and reach (see CatalogReadAccess), whether each
   * capability asked about so far is seen: the teams view asks about every
   * capability on every request, and each unoffered one costs a look at
   * its namers. Kept as long as the decisions it comes from.
   */
  private readonly seen = new WeakMap<
    SnapshotCapabilityNames,
    ExpiringCache<Map<string, boolean>>
  >();

  constructor(
    private readonly names: CapabilityNames,
    private readonly decisions: CallerDecisions,
  ) {}

  /** What the caller may read in the catalog, decided once per request. */
  private accessOf(
    options: PortfolioRequestOptions,
  ): Promise<CatalogReadAccess> {
    let access = this.access.get(options.credentials);
    if (!access) {
      access = this.decisions.catalogRead(options.credentials);
      this.access.set(options.credentials, access);
    }
    return access;
  }

  async require(permission: BasicPermission, options: PortfolioRequestOptions) {
    if (!(await this.decisions.isAllowed(permission, options.credentials))) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  async readable(
    refs: Iterable<string>,
    options: PortfolioRequestOptions,
  ): Promise<CanRead> {
    return (await this.accessOf(options)).check(refs);
  }

  /**
   * Which of these capabilities the caller may see (see
   * visibleCapabilities), in the newest snapshot. Only the capabilities
   * not yet settled for the caller's reach are looked at; an unconfirmed
   * answer settles none.
   */
  async visible(
    capabilityRefs: Iterable<string>,
    options: PortfolioRequestOptions,
  ): Promise<CanRead> {
    const names = await this.names.capabilityNames();
    const access = await this.accessOf(options);
    let bySnapshot = this.seen.get(names);
    if (!bySnapshot) {
      bySnapshot = this.decisions.expiringCache();
      this.seen.set(names, bySnapshot);
    }
    const settled = await bySnapshot.get(access.reach, async () => new Map());
    // Refs come from requests too (a capability's page): bounded whatever
    // callers ask about.
    if (settled.size > MAX_CACHED_REFS) settled.clear();
    const unsettled = new Set<string>();
    for (const ref of capabilityRefs) {
      if (!settled.has(ref)) unsettled.add(ref);
    }
    const isSeen = (ref: string) => settled.get(ref) === true;
    if (unsettled.size === 0) return isSeen;
    const found = await visibleCapabilities(unsettled, names, refs =>
      access.check(refs),
    );
    if (found.unconfirmed) {
      return Object.assign((ref: string) => isSeen(ref) || found(ref), {
        unconfirmed: true,
      });
    }
    for (const ref of unsettled) settled.set(ref, found(ref));
    return isSeen;
  }

  /**
   * The steps of every list of capabilities a caller filters, searches or
   * sorts: a page of the rows whose capability the caller may see, counted
   * over those rows only, and which of the refs the page's rows name the
   * caller may read.
   */
  async pageOfVisibleCapabilities<T>(
    rows: T[],
    capabilityOf: (row: T) => string,
    page: PageWindow,
    namedRefs: (row: T) => string[],
    options: PortfolioRequestOptions,
  ): Promise<{ found: ListPage<T>; see: CanRead; canRead: CanRead }> {
    const see = await this.visible(rows.map(capabilityOf), options);
    const found = pageOfVisible(rows, row => see(capabilityOf(row)), page);
    const canRead = await this.readable(
      found.items.flatMap(namedRefs),
      options,
    );
    return { found, see, canRead };
  }

  /** A capability the caller may not see is answered as an unknown one. */
  async requireCapability(
    capabilityRef: string,
    options: PortfolioRequestOptions,
  ) {
    const see = await this.visible([capabilityRef], options);
    if (!see(capabilityRef)) throw unreadable(capabilityRef, see);
  }

  /** Unreadable entities are answered as if they did not exist. */
  async requireReadable(refs: string[], options: PortfolioRequestOptions) {
    const canRead = await this.readable(refs, options);
    const hidden = refs.find(ref => !canRead(ref));
    if (hidden) throw unreadable(hidden, canRead);
  }

  /** A scope the caller may not read is answered as an unknown one. */
  async requireScope(scope: string, options: PortfolioRequestOptions) {
    if (scope === ORGANIZATION_SCOPE) return;
    const canRead = await this.readable([scope], options);
    if (canRead(scope)) return;
    throw canRead.unconfirmed ? unreadable(scope, canRead) : noSuchScope(scope);
  }
}
