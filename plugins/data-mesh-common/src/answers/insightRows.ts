import type { Freshness } from '../api/types';
import type {
  BusinessUnitSummary,
  ComplementaryPairItem,
  DeprecatedNeedItem,
  RoadmapEntry,
  UseCasePortfolioItem,
  UseCasePortfolioResponse,
} from '../api/insightTypes';
import type { ComplementaryPair } from '../insight/complementary';
import type { DeprecatedNeed, RoadmapItem } from '../insight/roadmap';
import type {
  PortfolioUseCase,
  UseCasePortfolio,
} from '../insight/useCasePortfolio';
import { refSampleOf, sampleOfList } from './paging';
import { briefOfUseCase } from '../insight/briefs';

/*
 * The rows of the execution-insight routes, mapped from what the insights
 * compute: each long list inside a row is cut to a sample.
 */

/**
 * A use case as the portfolio lists it, its lists cut to samples.
 *
 * @public
 */
export function portfolioItem(u: PortfolioUseCase): UseCasePortfolioItem {
  return {
    ...briefOfUseCase(u),
    consumes: refSampleOf(u.consumes),
    needs: u.needs,
    blockedBy: sampleOfList(u.blockedBy),
  };
}

/**
 * The portfolio as `GET /use-cases` answers it, but for its freshness:
 * every cell and the unrated use cases, counted, with their first few.
 *
 * @public
 */
export function summarizeUseCasePortfolio(
  portfolio: UseCasePortfolio,
): Omit<UseCasePortfolioResponse, keyof Freshness> {
  const firstItems = (useCases: PortfolioUseCase[]) => {
    const { count, sample } = sampleOfList(useCases);
    return { count, useCases: sample.map(portfolioItem) };
  };
  return {
    cells: portfolio.cells.map(cell => ({
      value: cell.value,
      complexity: cell.complexity,
      startHere: cell.startHere,
      ...firstItems(cell.useCases),
    })),
    unrated: firstItems(portfolio.unrated),
  };
}

/**
 * A complementary pair as `GET /use-cases/complementary` lists it.
 *
 * @public
 */
export function complementaryPairItem(
  pair: ComplementaryPair,
): ComplementaryPairItem {
  return {
    first: pair.first,
    second: pair.second,
    similarity: pair.similarity,
    shared: sampleOfList(pair.shared),
    neededByEither: pair.neededByEither,
  };
}

/**
 * A capability on the roadmap as `GET /roadmap` lists it.
 *
 * @public
 */
export function roadmapEntry(item: RoadmapItem): RoadmapEntry {
  return {
    capability: item.capability,
    fullyUnblocks: {
      ...sampleOfList(item.fullyUnblocks),
      byValue: item.fullyUnblocksByValue,
    },
    partlyUnblocks: sampleOfList(item.partlyUnblocks),
  };
}

/**
 * A deprecated capability still needed, as `GET /roadmap/deprecated`
 * lists it.
 *
 * @public
 */
export function deprecatedNeedItem(need: DeprecatedNeed): DeprecatedNeedItem {
  return {
    capability: need.capability,
    useCases: sampleOfList(need.useCases),
    domains: refSampleOf(need.domains),
    personas: need.personas,
  };
}

/**
 * What a business unit's row is made of: its assessment and summary, with
 * its domains and child units whole.
 *
 * @public
 */
export type BusinessUnitRowSource = Omit<
  BusinessUnitSummary,
  'domains' | 'childUnits' | 'history' | keyof Freshness
> & { domains: readonly string[]; childUnits: readonly string[] };

/**
 * A business unit as `GET /business-units` lists it, with its recent
 * adoption.
 *
 * @public
 */
export function businessUnitSummary(
  unit: BusinessUnitRowSource,
  history: BusinessUnitSummary['history'],
  freshness: Freshness,
): BusinessUnitSummary {
  const { domains, childUnits, ...rest } = unit;
  return {
    ...rest,
    domains: refSampleOf(domains),
    childUnits: refSampleOf(childUnits),
    history,
    ...freshness,
  };
}
