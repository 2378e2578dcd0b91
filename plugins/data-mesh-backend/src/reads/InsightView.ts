import { NotFoundError } from '@backstage/errors';
import {
  CapabilityBrief,
  ComplementaryPairItem,
  ComplementaryUseCasesResponse,
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  DeprecatedNeedsResponse,
  DemandIndex,
  Freshness,
  Level,
  PageWindow,
  PlatformRoadmap,
  RoadmapItem,
  RoadmapResponse,
  RoadmapUseCasesResponse,
  UseCasePortfolio,
  UseCasePortfolioPageResponse,
  UseCasePortfolioResponse,
  businessUnitSummary,
  byTitle,
  complementaryPairItem,
  computePlatformRoadmap,
  computeUseCasePortfolio,
  deprecatedNeedItem,
  orderBusinessUnits,
  pageOf,
  pageOfList,
  portfolioItem,
  roadmapEntry,
  servesDifferentPersonas,
  summarizeUseCasePortfolio,
  useCaseBrief,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { StoredComplementarySearch } from '../store/SnapshotStore';
import type {
  PortfolioSnapshot,
  StoredBusinessUnit,
} from '../store/PortfolioSnapshot';
import type { RoadmapQuery } from './PortfolioService';

/*
 * The execution insights of one loaded snapshot, indexed for the API: the
 * use-case portfolio and the roadmap are computed from the facts once per
 * snapshot (as demand is), complementary pairs come from the newest stored
 * search and are measured again against this snapshot, and every answer is a page or a sample cut from those lists. Not filtered
 * for any caller.
 */

/** The business units an overview lists, or every one. */
export type BusinessUnitLevel = 'top' | 'all';

/** The insights of one snapshot, ready to be paged. */
export class InsightView {
  /** The use-case portfolio, whole (notifications compare two of them). */
  readonly portfolio: UseCasePortfolio;
  private readonly roadmap: PlatformRoadmap;
  private readonly roadmapByRef: Map<string, RoadmapItem>;
  private readonly demand: DemandIndex;
  /** The newest search's pairs as this snapshot measures them. */
  private measuredPairs?: { id: number; pairs: ComplementaryPairItem[] };
  private readonly units: StoredBusinessUnit[];
  private readonly unitsByScope: Map<string, StoredBusinessUnit>;

  /** Pass the portfolio and the roadmap when they were just computed. */
  constructor(
    readonly snapshot: PortfolioSnapshot,
    demand: DemandIndex,
    computed: { portfolio?: UseCasePortfolio; roadmap?: PlatformRoadmap } = {},
  ) {
    const { facts } = snapshot;
    this.portfolio =
      computed.portfolio ?? computeUseCasePortfolio(facts, demand);
    this.roadmap = computed.roadmap ?? computePlatformRoadmap(facts, demand);
    this.roadmapByRef = new Map(
      this.roadmap.items.map(i => [i.capability.ref, i]),
    );
    this.demand = demand;
    this.units = orderBusinessUnits(snapshot.businessUnits ?? []);
    this.unitsByScope = new Map(this.units.map(u => [u.scope, u]));
  }

  /**
   * A search's pairs with what they share and how similar they are in
   * this snapshot, most similar first. The search may be older than the
   * snapshot: a pair whose use case is gone, or that no longer meets the
   * threshold or serves different personas, is left out.
   */
  private measure(search: StoredComplementarySearch): ComplementaryPairItem[] {
    const byRef = new Map(this.snapshot.facts.useCases.map(u => [u.ref, u]));
    return search.pairs
      .flatMap(([firstRef, secondRef]) => {
        const first = byRef.get(firstRef);
        const second = byRef.get(secondRef);
        const firstNeeds = this.demand.useCaseCapabilities(firstRef);
        const secondNeeds = this.demand.useCaseCapabilities(secondRef);
        if (!first || !second || !firstNeeds || !secondNeeds) return [];
        if (first.status === 'retired' || second.status === 'retired') {
          return [];
        }
        if (!servesDifferentPersonas(first.personas, second.personas)) {
          return [];
        }
        const inSecond = new Set(secondNeeds.map(c => c.ref));
        const shared: CapabilityBrief[] = firstNeeds
          .filter(c => inSecond.has(c.ref))
          .sort(byTitle);
        const neededByEither =
          firstNeeds.length + secondNeeds.length - shared.length;
        const similarity = shared.length / neededByEither;
        if (!(similarity >= search.threshold)) return [];
        return [
          complementaryPairItem({
            first: useCaseBrief(first),
            second: useCaseBrief(second),
            similarity,
            shared,
            neededByEither,
          }),
        ];
      })
      .sort(
        (x, y) =>
          y.similarity - x.similarity ||
          byTitle(x.first, y.first) ||
          byTitle(x.second, y.second),
      );
  }

  useCasePortfolio(freshness: Freshness): UseCasePortfolioResponse {
    return { ...summarizeUseCasePortfolio(this.portfolio), ...freshness };
  }

  /** A page of one cell's use cases, or of the unrated ones (`null`). */
  useCaseCell(
    cell: { value: Level; complexity: Level } | null,
    page: PageWindow,
    freshness: Freshness,
  ): UseCasePortfolioPageResponse {
    const list = cell
      ? this.portfolio.cells.find(
          c => c.value === cell.value && c.complexity === cell.complexity,
        )!.useCases
      : this.portfolio.unrated;
    const found = pageOf(list.length, i => portfolioItem(list[i]), page);
    return { ...found, ...freshness };
  }

  /**
   * A page of the complementary pairs of the newest stored search
   * (`undefined` before the first), measured against this snapshot.
   */
  complementary(
    page: PageWindow,
    freshness: Freshness,
    search?: { id: number; search: StoredComplementarySearch },
  ): ComplementaryUseCasesResponse {
    let pairs: ComplementaryPairItem[] = [];
    if (search) {
      if (this.measuredPairs?.id !== search.id) {
        this.measuredPairs = {
          id: search.id,
          pairs: this.measure(search.search),
        };
      }
      pairs = this.measuredPairs.pairs;
    }
    const found = pageOfList(pairs, page);
    return {
      threshold: search?.search.threshold ?? DEFAULT_COMPLEMENTARY_THRESHOLD,
      searchedAt: search?.search.searchedAt ?? null,
      ...found,
      ...freshness,
    };
  }

  roadmapItems(query: RoadmapQuery, freshness: Freshness): RoadmapResponse {
    const items = query.status
      ? this.roadmap.items.filter(i => i.capability.status === query.status)
      : this.roadmap.items;
    const found = pageOf(items.length, i => roadmapEntry(items[i]), query);
    return { ...found, ...freshness };
  }

  roadmapUseCases(
    capabilityRef: string,
    unblocks: 'fully' | 'partly',
    page: PageWindow,
    freshness: Freshness,
  ): RoadmapUseCasesResponse {
    const item = this.roadmapByRef.get(capabilityRef);
    if (!item) {
      throw new NotFoundError(
        `No ${capabilityRef} on the roadmap: only capabilities that are not available and not deprecated are`,
      );
    }
    const list =
      unblocks === 'fully'
        ? item.fullyUnblocks.map(u => ({ ...u, alsoLacking: 0 }))
        : item.partlyUnblocks;
    const found = pageOfList(list, page);
    return { capabilityRef, unblocks, ...found, ...freshness };
  }

  deprecatedNeeds(
    page: PageWindow,
    freshness: Freshness,
  ): DeprecatedNeedsResponse {
    const list = this.roadmap.deprecatedButNeeded;
    const found = pageOf(list.length, i => deprecatedNeedItem(list[i]), page);
    return { ...found, ...freshness };
  }

  /** One business unit, by its group ref. */
  businessUnit(scope: string): StoredBusinessUnit | undefined {
    return this.unitsByScope.get(scope);
  }

  /**
   * A page of business units by title, without their history (the store
   * holds it): `history` is empty here.
   */
  businessUnits(
    level: BusinessUnitLevel,
    page: PageWindow,
    freshness: Freshness,
  ) {
    const list =
      level === 'top' ? this.units.filter(u => u.topLevel) : this.units;
    const found = pageOf(
      list.length,
      i => businessUnitSummary(list[i], [], freshness),
      page,
    );
    return { ...found, ...freshness };
  }
}
