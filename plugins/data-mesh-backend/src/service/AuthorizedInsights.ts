import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  ORGANIZATION_SCOPE,
  PageWindow,
  dataMeshPlatformViewPermission,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { CallerDecisions, CanRead, CatalogReadAccess } from './CallerDecisions';
import {
  deprecatedRefs,
  filterBriefs,
  filterDeprecated,
  filterPairs,
  filterPortfolioItems,
  filterRoadmap,
  filterUnits,
  pairRefs,
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
} from './PortfolioService';
import { noSuchScope } from './PortfolioView';

/**
 * An answer whose names the catalog could not confirm for this caller:
 * the unconfirmed ones are left out, and the answer says it is stale.
 */
export function marked<T extends { stale: boolean }>(
  answer: T,
  canRead: CanRead,
): T {
  return canRead.unconfirmed ? { ...answer, stale: true } : answer;
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
    protected readonly inner: PortfolioService,
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

  /** Drill-downs of a capability name it: it must be readable too. */
  protected abstract requireCapability(
    capabilityRef: string,
    options: PortfolioRequestOptions,
  ): Promise<void>;

  async getUseCasePortfolio(options: PortfolioRequestOptions) {
    const answer = await this.inner.getUseCasePortfolio(options);
    const { cells, unrated } = answer;
    const canRead = await this.readable(
      [...cells.flatMap(c => c.useCases), ...unrated.useCases].flatMap(
        portfolioItemRefs,
      ),
      options,
    );
    return marked(
      {
        ...answer,
        cells: cells.map(c => ({
          ...c,
          useCases: filterPortfolioItems(c.useCases, canRead),
        })),
        unrated: {
          count: unrated.count,
          useCases: filterPortfolioItems(unrated.useCases, canRead),
        },
      },
      canRead,
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
    const items = filterPortfolioItems(answer.items, canRead);
    return marked({ ...answer, items }, canRead);
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
    return marked(
      { ...answer, items: filterPairs(answer.items, canRead) },
      canRead,
    );
  }

  async listRoadmap(page: PageWindow, options: PortfolioRequestOptions) {
    await this.require(dataMeshPlatformViewPermission, options);
    const answer = await this.inner.listRoadmap(page, options);
    const canRead = await this.readable(
      answer.items.flatMap(roadmapRefs),
      options,
    );
    return marked(
      { ...answer, items: filterRoadmap(answer.items, canRead) },
      canRead,
    );
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
    const answer = await this.inner.listDeprecatedNeeds(page, options);
    const canRead = await this.readable(
      answer.items.flatMap(deprecatedRefs),
      options,
    );
    return marked(
      { ...answer, items: filterDeprecated(answer.items, canRead) },
      canRead,
    );
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
