import type {
  ApiQuery,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  MAX_WIDE_PAGE_LIMIT,
  PageWindow,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { spec } from '../schema/openapi.generated';
import type {
  BusinessUnitQuery,
  CapabilityQuery,
  DomainQuery,
  HistoryQuery,
  PortfolioService,
  RoadmapQuery,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from '../reads/PortfolioService';
import type { DocumentPath, WithDefaults } from './documentDefaults';

/*
 * The service's query types, checked at compile time against the query
 * parameters of the routes that fill them (and the common package's page
 * sizes against the document's), as the OpenAPI document states
 * them with their defaults filled in. A parameter added to a route, or a
 * value added to one of its enums, fails the type-check here until the
 * service's query says the same.
 */

/** True when two types accept the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A route's query as a handler sees it: validated, defaults filled in. */
type RouteQuery<P extends DocumentPath & keyof ApiQueries> = WithDefaults<
  P,
  ApiQueries[P]
>;

type ApiQueries = {
  '/domains': ApiQuery<'/domains'>;
  '/capabilities': ApiQuery<'/capabilities'>;
  '/capabilities/{namespace}/{name}/demand': ApiQuery<'/capabilities/{namespace}/{name}/demand'>;
  '/phase/history': ApiQuery<'/phase/history'>;
  '/use-cases/cell': ApiQuery<'/use-cases/cell'>;
  '/business-units': ApiQuery<'/business-units'>;
  '/roadmap': ApiQuery<'/roadmap'>;
  '/roadmap/{namespace}/{name}/use-cases': ApiQuery<'/roadmap/{namespace}/{name}/use-cases'>;
};

type DemandQuery = Parameters<PortfolioService['listCapabilityDemand']>[1];

/** Every check must be `true`; a mismatch is a type error on its line. */
export const serviceQueriesMatchTheDocument: {
  domains: true;
  capabilities: true;
  demand: true;
  history: true;
  cell: true;
  businessUnits: true;
  roadmap: true;
  roadmapUseCases: true;
} = {
  domains: true as Same<DomainQuery, RouteQuery<'/domains'>>,
  capabilities: true as Same<CapabilityQuery, RouteQuery<'/capabilities'>>,
  demand: true as Same<
    DemandQuery,
    RouteQuery<'/capabilities/{namespace}/{name}/demand'>
  >,
  history: true as Same<
    HistoryQuery & { scope: string },
    RouteQuery<'/phase/history'>
  >,
  cell: true as Same<UseCaseCell & PageWindow, RouteQuery<'/use-cases/cell'>>,
  businessUnits: true as Same<BusinessUnitQuery, RouteQuery<'/business-units'>>,
  roadmap: true as Same<RoadmapQuery, RouteQuery<'/roadmap'>>,
  roadmapUseCases: true as Same<
    RoadmapUseCaseQuery,
    RouteQuery<'/roadmap/{namespace}/{name}/use-cases'>
  >,
};

type PageParameters = (typeof spec)['components']['parameters'];

/**
 * The page sizes the common package names are the document's: the
 * default of `limit` and the maxima of `limit` and of the wide lists'.
 */
export const pageLimitsMatchTheDocument: {
  default: true;
  max: true;
  wideMax: true;
} = {
  default: true as Same<
    typeof DEFAULT_PAGE_LIMIT,
    PageParameters['limit']['schema']['default']
  >,
  max: true as Same<
    typeof MAX_PAGE_LIMIT,
    PageParameters['limit']['schema']['maximum']
  >,
  wideMax: true as Same<
    typeof MAX_WIDE_PAGE_LIMIT,
    PageParameters['wideLimit']['schema']['maximum']
  >,
};
