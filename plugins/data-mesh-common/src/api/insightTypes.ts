/*
 * The shapes of the execution-insight routes of the HTTP API
 * (`/api/data-mesh`): the use-case portfolio, complementary use cases, the
 * platform roadmap, business units and the adoption forecast, read out of
 * the types generated from the OpenAPI document like the rest of the API.
 */
import type { RefSample } from './types';
import type { ApiAnswer, ApiSchema } from './wire';

/**
 * A long list of briefs inside an item, bounded: its first entries in
 * order (at most `SAMPLE_SIZE`) and how many it holds in all.
 *
 * @public
 */
export type BriefSample<T> = Omit<RefSample, 'sample'> & { sample: T[] };

/**
 * One use case in the use-case portfolio.
 *
 * @public
 */
export type UseCasePortfolioItem = ApiSchema<'UseCasePortfolioItem'>;

/**
 * One cell of the value × complexity matrix in `GET /use-cases`.
 *
 * @public
 */
export type UseCasePortfolioCellSummary = ApiSchema<'UseCasePortfolioCell'>;

/**
 * `GET /use-cases` response: the use-case portfolio.
 *
 * @public
 */
export type UseCasePortfolioResponse = ApiAnswer<'/use-cases'>;

/**
 * `GET /use-cases/cell` and `GET /use-cases/unrated` response: a page of
 * one cell's (or the unrated) use cases, least blocked first.
 *
 * @public
 */
export type UseCasePortfolioPageResponse = ApiAnswer<'/use-cases/cell'>;

/**
 * One pair in `GET /use-cases/complementary`.
 *
 * @public
 */
export type ComplementaryPairItem =
  ComplementaryUseCasesResponse['items'][number];

/**
 * `GET /use-cases/complementary` response: a page of pairs, most similar
 * first.
 *
 * @public
 */
export type ComplementaryUseCasesResponse =
  ApiAnswer<'/use-cases/complementary'>;

/**
 * One capability in `GET /roadmap`.
 *
 * @public
 */
export type RoadmapEntry = ApiSchema<'RoadmapEntry'>;

/**
 * `GET /roadmap` response: a page of capabilities in roadmap order.
 *
 * @public
 */
export type RoadmapResponse = ApiAnswer<'/roadmap'>;

/**
 * `GET /roadmap/{namespace}/{name}/use-cases` response: a page of the use
 * cases one capability would fully or partly unblock.
 *
 * @public
 */
export type RoadmapUseCasesResponse =
  ApiAnswer<'/roadmap/{namespace}/{name}/use-cases'>;

/**
 * One capability in `GET /roadmap/deprecated`.
 *
 * @public
 */
export type DeprecatedNeedItem = DeprecatedNeedsResponse['items'][number];

/**
 * `GET /roadmap/deprecated` response: a page of deprecated capabilities
 * real use cases still need, most needed first.
 *
 * @public
 */
export type DeprecatedNeedsResponse = ApiAnswer<'/roadmap/deprecated'>;

/**
 * One day of a scope's adoption, for a sparkline.
 *
 * @public
 */
export type AdoptionSparklinePoint = BusinessUnitSummary['history'][number];

/**
 * One business unit in `GET /business-units`: its assessment and where it
 * has come from.
 *
 * @public
 */
export type BusinessUnitSummary = ApiSchema<'BusinessUnitSummary'>;

/**
 * `GET /business-units` response: a page of business units, by title.
 *
 * @public
 */
export type BusinessUnitsResponse = ApiAnswer<'/business-units'>;

/**
 * The adoption forecast of a scope, as `GET /phase` answers it.
 *
 * @public
 */
export type PhaseForecast = ApiSchema<'PhaseForecast'>;

/**
 * `GET /phase` response: the assessment of one scope with its forecast.
 *
 * @public
 */
export type ScopePhaseResponse = ApiAnswer<'/phase'>;
