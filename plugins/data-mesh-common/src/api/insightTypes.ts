/*
 * The shapes of the execution-insight routes of the HTTP API
 * (`/api/data-mesh`): the use-case portfolio, complementary use cases, the
 * platform roadmap, business units and the adoption forecast. Every list is
 * a page and every long list inside an item a sample with its full count,
 * as in the rest of the API.
 */
import type { Level } from '../kinds/constants';
import type { CapabilityBrief, UseCaseBrief } from '../insight/briefs';
import type { AdoptionForecast } from '../insight/forecast';
import type {
  PartlyUnblockedUseCase,
  UnblockedByValue,
} from '../insight/roadmap';
import type { Freshness, PageInfo, PhaseResponse, RefSample } from './types';

/**
 * A long list of briefs inside an item, bounded: its first entries in
 * order (at most `SAMPLE_SIZE`) and how many it holds in all.
 *
 * @public
 */
export interface BriefSample<T> {
  /** How many entries the list holds in all. */
  count: number;
  /** Its first entries, at most `SAMPLE_SIZE`. */
  sample: T[];
}

/**
 * One use case in the use-case portfolio.
 *
 * @public
 */
export interface UseCasePortfolioItem extends UseCaseBrief {
  /** The data products it consumes. */
  consumes: RefSample;
  /** How many capabilities it needs, directly or through data products. */
  needs: number;
  /**
   * The capabilities it needs that are not available, by title (drill-down:
   * `/entities/UseCase/{ns}/{name}/capabilities`).
   */
  blockedBy: BriefSample<CapabilityBrief>;
}

/**
 * One cell of the value × complexity matrix in `GET /use-cases`.
 *
 * @public
 */
export interface UseCasePortfolioCellSummary {
  /** The value of the use cases in the cell. */
  value: Level;
  /** The complexity of the use cases in the cell. */
  complexity: Level;
  /** True for the high-value, low-complexity cell: where to start. */
  startHere: boolean;
  /** How many use cases the cell holds. */
  count: number;
  /**
   * Its first use cases, least blocked first (drill-down:
   * `/use-cases/cell?value=…&complexity=…`).
   */
  useCases: UseCasePortfolioItem[];
}

/**
 * `GET /use-cases` response: the use-case portfolio.
 *
 * @public
 */
export interface UseCasePortfolioResponse extends Freshness {
  /**
   * The nine cells, row by row: value high, medium, low; within a row,
   * complexity low, medium, high.
   */
  cells: UseCasePortfolioCellSummary[];
  /**
   * Use cases without a value or a complexity (drill-down:
   * `/use-cases/unrated`).
   */
  unrated: { count: number; useCases: UseCasePortfolioItem[] };
}

/**
 * `GET /use-cases/cell` and `GET /use-cases/unrated` response: a page of
 * one cell's (or the unrated) use cases, least blocked first.
 *
 * @public
 */
export interface UseCasePortfolioPageResponse extends PageInfo, Freshness {
  /** The page's use cases. */
  items: UseCasePortfolioItem[];
}

/**
 * One pair in `GET /use-cases/complementary`.
 *
 * @public
 */
export interface ComplementaryPairItem {
  /** The pair's first use case, by title. */
  first: UseCaseBrief;
  /** The pair's second use case, by title. */
  second: UseCaseBrief;
  /** Jaccard similarity of their needed capabilities. */
  similarity: number;
  /** The capabilities both need, by title. */
  shared: BriefSample<CapabilityBrief>;
  /** How many capabilities either of them needs. */
  neededByEither: number;
}

/**
 * `GET /use-cases/complementary` response: a page of pairs, most similar
 * first.
 *
 * @public
 */
export interface ComplementaryUseCasesResponse extends PageInfo, Freshness {
  /** The least similarity of a pair. */
  threshold: number;
  /**
   * When the pairs were searched for (the search runs on its own schedule,
   * over the snapshot of that time); null before the first search. What
   * each pair shares and its similarity are from the served snapshot, and
   * pairs that no longer qualify in it are left out.
   */
  searchedAt: string | null;
  /** The page's pairs. */
  items: ComplementaryPairItem[];
}

/**
 * One capability in `GET /roadmap`.
 *
 * @public
 */
export interface RoadmapEntry {
  /** The capability: beta, building, planned, or not offered. */
  capability: CapabilityBrief;
  /**
   * Real use cases for which it is the last missing capability, highest
   * value first, counted by value (drill-down:
   * `/roadmap/{ns}/{name}/use-cases?unblocks=fully`).
   */
  fullyUnblocks: BriefSample<UseCaseBrief> & { byValue: UnblockedByValue };
  /**
   * Real use cases that lack it and something else, fewest other lacks
   * first (drill-down: `/roadmap/{ns}/{name}/use-cases?unblocks=partly`).
   */
  partlyUnblocks: BriefSample<PartlyUnblockedUseCase>;
}

/**
 * `GET /roadmap` response: a page of capabilities in roadmap order.
 *
 * @public
 */
export interface RoadmapResponse extends PageInfo, Freshness {
  /** The page's capabilities. */
  items: RoadmapEntry[];
}

/**
 * `GET /roadmap/{namespace}/{name}/use-cases` response: a page of the use
 * cases one capability would fully or partly unblock.
 *
 * @public
 */
export interface RoadmapUseCasesResponse extends PageInfo, Freshness {
  /** The capability. */
  capabilityRef: string;
  /** Which list the page is of. */
  unblocks: 'fully' | 'partly';
  /** The page's use cases; `alsoLacking` is 0 for fully unblocked ones. */
  items: PartlyUnblockedUseCase[];
}

/**
 * One capability in `GET /roadmap/deprecated`.
 *
 * @public
 */
export interface DeprecatedNeedItem {
  /** The deprecated capability. */
  capability: CapabilityBrief;
  /**
   * The real use cases that need it, highest value first (drill-down:
   * `/capabilities/{ns}/{name}/demand`).
   */
  useCases: BriefSample<UseCaseBrief>;
  /** The domains of those use cases. */
  domains: RefSample;
  /** The personas of those use cases, sorted. */
  personas: string[];
}

/**
 * `GET /roadmap/deprecated` response: a page of deprecated capabilities
 * real use cases still need, most needed first.
 *
 * @public
 */
export interface DeprecatedNeedsResponse extends PageInfo, Freshness {
  /** The page's capabilities. */
  items: DeprecatedNeedItem[];
}

/**
 * One day of a scope's adoption, for a sparkline.
 *
 * @public
 */
export interface AdoptionSparklinePoint {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Adoption that day, 0 to 1. */
  adoption: number;
  /** True when the point is example data, not a measurement. */
  example: boolean;
}

/**
 * One business unit in `GET /business-units`: its assessment and where it
 * has come from.
 *
 * @public
 */
export interface BusinessUnitSummary extends PhaseResponse {
  /** The group's title. */
  title: string;
  /** True when it is directly below a root group (or a lone root). */
  topLevel: boolean;
  /** The domains owned within its subtree. */
  domains: RefSample;
  /** The groups below it that are business units themselves. */
  childUnits: RefSample;
  /** Its adoption over the last 30 days with a stored point, oldest first. */
  history: AdoptionSparklinePoint[];
}

/**
 * `GET /business-units` response: a page of business units, by title.
 *
 * @public
 */
export interface BusinessUnitsResponse extends PageInfo, Freshness {
  /** The page's business units. */
  items: BusinessUnitSummary[];
}

/**
 * The adoption forecast of a scope, as `GET /phase` answers it.
 *
 * @public
 */
export interface PhaseForecast extends AdoptionForecast {
  /** Why there is no date, in a sentence; null when one is `expected`. */
  reason: string | null;
  /** How many of the days used are example data rather than measurements. */
  exampleDays: number;
}

/**
 * `GET /phase` response: the assessment of one scope with its forecast.
 *
 * @public
 */
export interface ScopePhaseResponse extends PhaseResponse {
  /**
   * When adoption is expected to reach the next phase's threshold; null
   * only when the history could not be read just now (the answer then
   * says `stale`).
   */
  forecast: PhaseForecast | null;
}
