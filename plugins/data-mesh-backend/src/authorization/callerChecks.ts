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
} from '../reads/PortfolioService';
import { noSuchScope } from '../reads/PortfolioView';
import { CallerDecisions, CanRead, CatalogReadAccess } from './CallerDecisions';
import { visibleCapabilities } from './capabilityVisibility';

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

  constructor(
    private readonly names: CapabilityNames,
    private readonly decisions: CallerDecisions,
  ) {}

  async require(permission: BasicPermission, options: PortfolioRequestOptions) {
    if (!(await this.decisions.isAllowed(permission, options.credentials))) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  async readable(
    refs: Iterable<string>,
    options: PortfolioRequestOptions,
  ): Promise<CanRead> {
    let access = this.access.get(options.credentials);
    if (!access) {
      access = this.decisions.catalogRead(options.credentials);
      this.access.set(options.credentials, access);
    }
    return (await access).check(refs);
  }

  /** Which of these capabilities the caller may see (see visibleCapabilities). */
  visible(
    capabilityRefs: Iterable<string>,
    options: PortfolioRequestOptions,
  ): Promise<CanRead> {
    return visibleCapabilities(capabilityRefs, this.names, refs =>
      this.readable(refs, options),
    );
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
