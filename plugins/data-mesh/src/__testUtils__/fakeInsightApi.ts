/*
 * The execution-insight methods of the fake DataMeshApi: answers cut from
 * the common package's own insights over the entities (portfolio, pairs,
 * roadmap, business units), sampled and paged as the backend serves them.
 */
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  AdoptionSparklinePoint,
  BriefSample,
  BusinessUnitIndex,
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  DEFAULT_PAGE_LIMIT,
  DemandIndex,
  Freshness,
  MetricsIndex,
  PageRequest,
  PortfolioUseCase,
  RefSample,
  SAMPLE_SIZE,
  UseCasePortfolioItem,
  computePlatformRoadmap,
  computeUseCasePortfolio,
  factsFromEntities,
  findComplementaryUseCases,
  normalizeEntityRef,
  pageOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ResponseError } from '@backstage/errors';
import type { DataMeshApi } from '../api/DataMeshApi';
import { assessments } from './assessments';
import { backendError } from './fixtures';

/** The methods this file answers. */
export type InsightMethods = Pick<
  DataMeshApi,
  | 'getUseCasePortfolio'
  | 'getUseCaseCell'
  | 'getUnratedUseCases'
  | 'getComplementaryUseCases'
  | 'getRoadmap'
  | 'getDeprecatedNeeds'
  | 'getRoadmapUseCases'
  | 'getBusinessUnits'
>;

function sample<T>(list: T[]): BriefSample<T> {
  return { count: list.length, sample: list.slice(0, SAMPLE_SIZE) };
}

function refSample(refs: string[]): RefSample {
  return sample(refs);
}

function window(page: PageRequest = {}) {
  return { offset: page.offset ?? 0, limit: page.limit ?? DEFAULT_PAGE_LIMIT };
}

function paged<T>(list: T[], page?: PageRequest) {
  return pageOf(list.length, i => list[i], window(page));
}

/** A use case of the portfolio as the API answers it. */
export function portfolioItem(u: PortfolioUseCase): UseCasePortfolioItem {
  return {
    ...u,
    consumes: refSample(u.consumes),
    blockedBy: sample(u.blockedBy),
  };
}

/** The answers of the insight routes over `entities`. */
export function fakeInsightMethods(
  entities: Entity[],
  fresh: Freshness,
  unitHistories: Record<string, AdoptionSparklinePoint[]> = {},
): InsightMethods {
  const facts = factsFromEntities(entities);
  const demand = DemandIndex.build(facts);
  const portfolio = computeUseCasePortfolio(facts, demand);
  const pairs = findComplementaryUseCases(facts, demand);
  const roadmap = computePlatformRoadmap(facts, demand);
  const units = new BusinessUnitIndex(facts, new MetricsIndex(facts));
  const { assess } = assessments(entities);
  const groupTitle = (ref: string) =>
    facts.groups.find(g => g.ref === ref)?.title ?? ref;

  return {
    async getUseCasePortfolio() {
      return {
        cells: portfolio.cells.map(({ useCases, ...cell }) => ({
          ...cell,
          count: useCases.length,
          useCases: useCases.slice(0, SAMPLE_SIZE).map(portfolioItem),
        })),
        unrated: {
          count: portfolio.unrated.length,
          useCases: portfolio.unrated.slice(0, SAMPLE_SIZE).map(portfolioItem),
        },
        ...fresh,
      };
    },
    async getUseCaseCell({ value, complexity, ...page }) {
      const cell = portfolio.cells.find(
        c => c.value === value && c.complexity === complexity,
      )!;
      return { ...paged(cell.useCases.map(portfolioItem), page), ...fresh };
    },
    async getUnratedUseCases(page) {
      return { ...paged(portfolio.unrated.map(portfolioItem), page), ...fresh };
    },
    async getComplementaryUseCases(page) {
      const items = pairs.map(pair => ({
        ...pair,
        shared: sample(pair.shared),
      }));
      return {
        threshold: DEFAULT_COMPLEMENTARY_THRESHOLD,
        searchedAt: fresh.computedAt,
        ...paged(items, page),
        ...fresh,
      };
    },
    async getRoadmap(page) {
      const items = roadmap.items.map(item => ({
        capability: item.capability,
        fullyUnblocks: {
          ...sample(item.fullyUnblocks),
          byValue: item.fullyUnblocksByValue,
        },
        partlyUnblocks: sample(item.partlyUnblocks),
      }));
      return { ...paged(items, page), ...fresh };
    },
    async getDeprecatedNeeds(page) {
      const items = roadmap.deprecatedButNeeded.map(need => ({
        capability: need.capability,
        useCases: sample(need.useCases),
        domains: refSample(need.domains),
        personas: need.personas,
      }));
      return { ...paged(items, page), ...fresh };
    },
    async getRoadmapUseCases(capability, { unblocks = 'fully', ...page } = {}) {
      const capabilityRef = normalizeEntityRef(
        parseEntityRef(capability, { defaultKind: 'platformcapability' }),
      );
      const item = roadmap.items.find(i => i.capability.ref === capabilityRef);
      if (!item) {
        throw await ResponseError.fromResponse(
          backendError(404, `No ${capabilityRef} on the roadmap`),
        );
      }
      const list =
        unblocks === 'fully'
          ? item.fullyUnblocks.map(u => ({ ...u, alsoLacking: 0 }))
          : item.partlyUnblocks;
      return { capabilityRef, unblocks, ...paged(list, page), ...fresh };
    },
    async getBusinessUnits({ level = 'top', ...page } = {}) {
      const listed = level === 'top' ? units.topLevelUnits() : units.units();
      const items = listed
        .map(unit => ({
          ...assess(unit.ref),
          ...fresh,
          title: groupTitle(unit.ref),
          topLevel: unit.topLevel,
          domains: refSample(unit.domains),
          childUnits: refSample(unit.childUnits),
          history: unitHistories[unit.ref] ?? [],
        }))
        .sort((a, b) => (a.title < b.title ? -1 : 1));
      return { ...paged(items, page), ...fresh };
    },
  };
}
