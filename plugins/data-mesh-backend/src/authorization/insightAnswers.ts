import type { PageWindow } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshPlatformViewPermission } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  BusinessUnitQuery,
  PortfolioRequestOptions,
  PortfolioService,
  RoadmapQuery,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from '../reads/PortfolioService';
import { CallerChecks, WHOLE_LIST, marked } from './callerChecks';
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

/*
 * The execution insights as one caller may see them: each answer is the
 * inner service's, passed through the filters. The roadmap and the
 * deprecated capabilities belong to the platform team's view, with its
 * permission, since they list capabilities nobody needs too.
 */

/** The use-case portfolio without the use cases, and the names in them, the caller may not read. */
export async function getUseCasePortfolioAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  options: PortfolioRequestOptions,
) {
  const answer = await inner.getUseCasePortfolio(options);
  const { cells, unrated } = answer;
  const shown = [...cells.flatMap(c => c.useCases), ...unrated.useCases];
  const canRead = await checks.readable(
    shown.flatMap(portfolioItemRefs),
    options,
  );
  const see = await checks.visible(
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

/** A page of a use-case cell's use cases, as the caller may see them. */
export async function listUseCaseCellAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  cell: UseCaseCell | null,
  page: PageWindow,
  options: PortfolioRequestOptions,
) {
  const answer = await inner.listUseCaseCell(cell, page, options);
  const canRead = await checks.readable(
    answer.items.flatMap(portfolioItemRefs),
    options,
  );
  const see = await checks.visible(
    answer.items.flatMap(portfolioItemCapabilities),
    options,
  );
  const items = filterPortfolioItems(answer.items, canRead, see);
  return marked({ ...answer, items }, canRead, see);
}

/** A page of the complementary pairs, those naming what the caller may not read left out. */
export async function listComplementaryUseCasesAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  page: PageWindow,
  options: PortfolioRequestOptions,
) {
  const answer = await inner.listComplementaryUseCases(page, options);
  const canRead = await checks.readable(
    answer.items.flatMap(pairRefs),
    options,
  );
  const see = await checks.visible(
    answer.items.flatMap(pairCapabilities),
    options,
  );
  return marked(
    { ...answer, items: filterPairs(answer.items, canRead, see) },
    canRead,
    see,
  );
}

/** The platform roadmap, with the platform view's permission, paged over the capabilities the caller may see. */
export async function listRoadmapAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  query: RoadmapQuery,
  options: PortfolioRequestOptions,
) {
  await checks.require(dataMeshPlatformViewPermission, options);
  const answer = await inner.listRoadmap({ ...query, ...WHOLE_LIST }, options);
  const { found, see, canRead } = await checks.pageOfVisibleCapabilities(
    answer.items,
    e => e.capability.ref,
    query,
    roadmapRefs,
    options,
  );
  const items = filterRoadmap(found.items, canRead, see);
  return marked({ ...answer, ...found, items }, canRead, see);
}

/** A roadmap capability's use cases, with the platform view's permission. */
export async function listRoadmapUseCasesAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  capabilityRef: string,
  query: RoadmapUseCaseQuery,
  options: PortfolioRequestOptions,
) {
  await checks.require(dataMeshPlatformViewPermission, options);
  await checks.requireCapability(capabilityRef, options);
  const answer = await inner.listRoadmapUseCases(capabilityRef, query, options);
  const canRead = await checks.readable(
    answer.items.flatMap(u => [u.ref, ...(u.domain ? [u.domain] : [])]),
    options,
  );
  return marked(
    { ...answer, items: filterBriefs(answer.items, canRead) },
    canRead,
  );
}

/** The deprecated capabilities still needed, with the platform view's permission, paged over those the caller may see. */
export async function listDeprecatedNeedsAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  page: PageWindow,
  options: PortfolioRequestOptions,
) {
  await checks.require(dataMeshPlatformViewPermission, options);
  const answer = await inner.listDeprecatedNeeds(WHOLE_LIST, options);
  const { found, see, canRead } = await checks.pageOfVisibleCapabilities(
    answer.items,
    d => d.capability.ref,
    page,
    deprecatedRefs,
    options,
  );
  const items = filterDeprecated(found.items, canRead, see);
  return marked({ ...answer, ...found, items }, canRead, see);
}

/** The business units, those the caller may not read left out. */
export async function listBusinessUnitsAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  query: BusinessUnitQuery,
  options: PortfolioRequestOptions,
) {
  const answer = await inner.listBusinessUnits(query, options);
  const canRead = await checks.readable(
    answer.items.flatMap(unitRefs),
    options,
  );
  return marked(
    { ...answer, items: filterUnits(answer.items, canRead) },
    canRead,
  );
}
