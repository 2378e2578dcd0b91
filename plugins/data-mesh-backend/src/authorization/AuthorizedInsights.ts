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
  dataMeshPlatformViewPermission,
  pageOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { CallerDecisions, CanRead, CatalogReadAccess } from './CallerDecisions';
import { CapabilityNames, visibleCapabilities } from './capabilityVisibility';
import {
  deprecatedRefs,
  filterBriefs,
  filterDeprecated,
  filterPairs,
  filterPortfolioItems,
  filterRoadmap,
  filterUnits,
  pairCapabilities,
  pairRefs,
  portfolioItemCapabilities,
  portfolioItemRefs,
  roadmapRefs,
  unitRefs,
} from './insightFilters';
import type {
  BusinessUnitQuery,
  PortfolioRequestOptions,
  PortfolioService,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from '../reads/PortfolioService';
import { noSuchScope } from '../reads/PortfolioView';

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
 * The checks every answer about a caller needs (see CallerDecisions), and
 * the execution insights as that caller may see them. The roadmap and the
 * deprecated capabilities belong to the platform team's view, with its
 * permission, since they list capabilities nobody needs too.
 */
export abstract class AuthorizedInsights
  implements
    Pick<
      PortfolioService,
      | 'getUseCasePortfolio'
      | 'listUseCaseCell'
      | 'listComplementaryUseCases'
      | 'listRoadmap'
      | 'listRoadmapUseCases'
      | 'listDeprecatedNeeds'
      | 'listBusinessUnits'
    >
{
  /** One decision on the read permission per request (per credentials). */
  private readonly access = new WeakMap<
    PortfolioRequestOptions['credentials'],
    Promise<CatalogReadAccess>
  >();

  constructor(
    protected readonly inner: PortfolioService & CapabilityNames,
    private readonly decisions: CallerDecisions,
  ) {}

  protected async require(
    permission: BasicPermission,
    options: PortfolioRequestOptions,
  ) {
    if (!(await this.decisions.isAllowed(permission, options.credentials))) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  protected async readable(
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
  protected visible(
    capabilityRefs: Iterable<string>,
    options: PortfolioRequestOptions,
  ): Promise<CanRead> {
    return visibleCapabilities(capabilityRefs, this.inner, refs =>
      this.readable(refs, options),
    );
  }

  /** A capability the caller may not see is answered as an unknown one. */
  protected async requireCapability(
    capabilityRef: string,
    options: PortfolioRequestOptions,
  ) {
    const see = await this.visible([capabilityRef], options);
    if (!see(capabilityRef)) throw unreadable(capabilityRef, see);
  }

  /** Unreadable entities are answered as if they did not exist. */
  protected async requireReadable(
    refs: string[],
    options: PortfolioRequestOptions,
  ) {
    const canRead = await this.readable(refs, options);
    const hidden = refs.find(ref => !canRead(ref));
    if (hidden) throw unreadable(hidden, canRead);
  }

  /** A scope the caller may not read is answered as an unknown one. */
  protected async requireScope(
    scope: string,
    options: PortfolioRequestOptions,
  ) {
    if (scope === ORGANIZATION_SCOPE) return;
    const canRead = await this.readable([scope], options);
    if (canRead(scope)) return;
    throw canRead.unconfirmed ? unreadable(scope, canRead) : noSuchScope(scope);
  }

  async getUseCasePortfolio(options: PortfolioRequestOptions) {
    const answer = await this.inner.getUseCasePortfolio(options);
    const { cells, unrated } = answer;
    const shown = [...cells.flatMap(c => c.useCases), ...unrated.useCases];
    const canRead = await this.readable(
      shown.flatMap(portfolioItemRefs),
      options,
    );
    const see = await this.visible(
      shown.flatMap(portfolioItemCapabilities),
      options,
    );
    return marked(
      {
        ...answer,
        cells: cells.map(c => ({
          ...c,
          useCases: filterPortfolioItems(c.useCases, canRead, see),
        })),
        unrated: {
          count: unrated.count,
          useCases: filterPortfolioItems(unrated.useCases, canRead, see),
        },
      },
      canRead,
      see,
    );
  }

  async listUseCaseCell(
    cell: UseCaseCell | null,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    const answer = await this.inner.listUseCaseCell(cell, page, options);
    const canRead = await this.readable(
      answer.items.flatMap(portfolioItemRefs),
      options,
    );
    const see = await this.visible(
      answer.items.flatMap(portfolioItemCapabilities),
      options,
    );
    const items = filterPortfolioItems(answer.items, canRead, see);
    return marked({ ...answer, items }, canRead, see);
  }

  async listComplementaryUseCases(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    const answer = await this.inner.listComplementaryUseCases(page, options);
    const canRead = await this.readable(
      answer.items.flatMap(pairRefs),
      options,
    );
    const see = await this.visible(
      answer.items.flatMap(pairCapabilities),
      options,
    );
    return marked(
      { ...answer, items: filterPairs(answer.items, canRead, see) },
      canRead,
      see,
    );
  }

  async listRoadmap(page: PageWindow, options: PortfolioRequestOptions) {
    await this.require(dataMeshPlatformViewPermission, options);
    const answer = await this.inner.listRoadmap(WHOLE_LIST, options);
    const see = await this.visible(
      answer.items.map(e => e.capability.ref),
      options,
    );
    const found = pageOfVisible(answer.items, e => see(e.capability.ref), page);
    const canRead = await this.readable(
      found.items.flatMap(roadmapRefs),
      options,
    );
    const items = filterRoadmap(found.items, canRead, see);
    return marked({ ...answer, ...found, items }, canRead, see);
  }

  async listRoadmapUseCases(
    capabilityRef: string,
    query: RoadmapUseCaseQuery,
    options: PortfolioRequestOptions,
  ) {
    await this.require(dataMeshPlatformViewPermission, options);
    await this.requireCapability(capabilityRef, options);
    const answer = await this.inner.listRoadmapUseCases(
      capabilityRef,
      query,
      options,
    );
    const canRead = await this.readable(
      answer.items.flatMap(u => [u.ref, ...(u.domain ? [u.domain] : [])]),
      options,
    );
    return marked(
      { ...answer, items: filterBriefs(answer.items, canRead) },
      canRead,
    );
  }

  async listDeprecatedNeeds(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.require(dataMeshPlatformViewPermission, options);
    const answer = await this.inner.listDeprecatedNeeds(WHOLE_LIST, options);
    const see = await this.visible(
      answer.items.map(d => d.capability.ref),
      options,
    );
    const found = pageOfVisible(answer.items, d => see(d.capability.ref), page);
    const canRead = await this.readable(
      found.items.flatMap(deprecatedRefs),
      options,
    );
    const items = filterDeprecated(found.items, canRead, see);
    return marked({ ...answer, ...found, items }, canRead, see);
  }

  async listBusinessUnits(
    query: BusinessUnitQuery,
    options: PortfolioRequestOptions,
  ) {
    const answer = await this.inner.listBusinessUnits(query, options);
    const canRead = await this.readable(
      answer.items.flatMap(unitRefs),
      options,
    );
    return marked(
      { ...answer, items: filterUnits(answer.items, canRead) },
      canRead,
    );
  }
}
