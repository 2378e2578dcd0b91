/*
 * The execution-insight methods of the fake DataMeshApi: answers cut from
 * the common package's own insights over the entities (portfolio, pairs,
 * roadmap, business units), sampled and paged as the backend serves them.
 */
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  AdoptionSparklinePoint,
  BusinessUnitIndex,
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  DemandIndex,
  Freshness,
  MetricsIndex,
  PageRequest,
  businessUnitSummary,
  complementaryPairItem,
  computePlatformRoadmap,
  computeUseCasePortfolio,
  deprecatedNeedItem,
  factsFromEntities,
  findComplementaryUseCases,
  normalizeEntityRef,
  orderBusinessUnits,
  pageOfList,
  pageWindow,
  portfolioItem,
  roadmapEntry,
  summarizeUseCasePortfolio,
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

function paged<T>(list: T[], page?: PageRequest) {
  return pageOfList(list, pageWindow(page));
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
      return { ...summarizeUseCasePortfolio(portfolio), ...fresh };
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
      return {
        threshold: DEFAULT_COMPLEMENTARY_THRESHOLD,
        searchedAt: fresh.computedAt,
        ...paged(pairs.map(complementaryPairItem), page),
        ...fresh,
      };
    },
    async getRoadmap(page) {
      return { ...paged(roadmap.items.map(roadmapEntry), page), ...fresh };
    },
    async getDeprecatedNeeds(page) {
      const items = roadmap.deprecatedButNeeded.map(deprecatedNeedItem);
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
      const items = orderBusinessUnits(
        listed.map(unit =>
          businessUnitSummary(
            {
              ...assess(unit.ref),
              title: groupTitle(unit.ref),
              topLevel: unit.topLevel,
              domains: unit.domains,
              childUnits: unit.childUnits,
            },
            unitHistories[unit.ref] ?? [],
            fresh,
          ),
        ),
      );
      return { ...paged(items, page), ...fresh };
    },
  };
}
