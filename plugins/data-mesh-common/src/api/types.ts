/*
 * The shapes of the Data Mesh Portfolio HTTP API (`/api/data-mesh`), shared
 * by the backend that serves them and the frontend client that reads them.
 * They are read out of the types generated from the OpenAPI document
 * (`generated/openapi.ts`, by `yarn build:api-types`), which is the one
 * place the API's shape is written; the engine maps its results onto them.
 */
import type { ApiAnswer, ApiQuery, ApiSchema, Same } from './wire';

/**
 * The evidence a phase is assessed from, for one scope.
 *
 * @public
 */
export type PhaseMetrics = ApiSchema<'PhaseMetrics'>;

/**
 * A metric of {@link PhaseMetrics}.
 *
 * @public
 */
export type PhaseMetric = keyof PhaseMetrics;

/**
 * One criterion of a phase: a metric must reach a threshold.
 *
 * @public
 */
export type PhaseCriterionResult = NonNullable<
  PhaseResponse['next']
>['criteria'][number];

/**
 * Where a scope stands on the S-curve of adoption.
 *
 * @public
 */
export type AdopterCategory = PhaseResponse['adopterCategory'];

/**
 * A phase declared by people rather than computed.
 *
 * @public
 */
export type DeclaredPhase = NonNullable<PhaseResponse['declared']>;

/**
 * The assessment of one scope, as `GET /phase` and the lists answer it.
 *
 * @public
 */
export type PhaseResponse = ApiSchema<'PhaseResponse'>;

/**
 * One point of `GET /phase/history`.
 *
 * @public
 */
export type PhaseHistoryPoint = ApiSchema<'PhaseHistoryPoint'>;

/**
 * `GET /phase/history` response: a page of points, oldest first.
 *
 * @public
 */
export type PhaseHistoryResponse = ApiAnswer<'/phase/history'>;

/**
 * Rows a page holds when the request does not say.
 *
 * @public
 */
export const DEFAULT_PAGE_LIMIT = 50;

/**
 * The most rows one page may hold.
 *
 * @public
 */
export const MAX_PAGE_LIMIT = 500;

/**
 * The most rows one page of capabilities, domains or a capability's demand
 * may hold: their rows carry samples and criteria, and a page stays well
 * under 256 kB (about 100 kB at 100k data products).
 *
 * @public
 */
export const MAX_WIDE_PAGE_LIMIT = 50;

/**
 * How many refs a sample inside a list item names at most.
 *
 * @public
 */
export const SAMPLE_SIZE = 5;

/**
 * Which part of a paginated list a request asks for: `limit` rows (1 to
 * {@link MAX_PAGE_LIMIT}, {@link MAX_WIDE_PAGE_LIMIT} where rows are
 * large; {@link DEFAULT_PAGE_LIMIT} by default) after `offset` rows (0 by
 * default), as every list route takes them.
 *
 * @public
 */
export type PageRequest = ApiQuery<'/references/dangling'>;

/**
 * Where a page sits in its list. `totalItems` counts every row the query
 * matches; rows naming entities the caller may not read are left out of
 * `items`, so a page can hold fewer rows than `limit`.
 *
 * @public
 */
export type PageInfo = ApiSchema<'PageInfo'>;

/**
 * When the served data was computed, and whether refreshing it fails.
 *
 * @public
 */
export type Freshness = ApiSchema<'Freshness'>;

/**
 * A long list of entity refs, bounded: its first refs in order (at most
 * {@link SAMPLE_SIZE}) and how many it holds in all. The whole list is
 * served by a paginated drill-down route.
 *
 * @public
 */
export type RefSample = ApiSchema<'RefSample'>;

/**
 * Who needs a capability: real (committed or live) use cases.
 *
 * @public
 */
export type CapabilityDemand = CapabilityItem['demand'];

/**
 * One capability in `GET /capabilities`.
 *
 * @public
 */
export type CapabilityItem = ApiSchema<'CapabilityItem'>;

/**
 * How the platform team's view groups capabilities: offered and demanded,
 * demanded but not offered, needed by proposed use cases only, and needed
 * by nobody (YAGNI candidates).
 *
 * @public
 */
export const CAPABILITY_DEMAND_GROUPS = [
  'demanded',
  'not-offered',
  'emerging-only',
  'no-demand',
] as const;

/**
 * One of {@link CAPABILITY_DEMAND_GROUPS}.
 *
 * @public
 */
export type CapabilityDemandGroup = (typeof CAPABILITY_DEMAND_GROUPS)[number];

/**
 * The group of {@link CAPABILITY_DEMAND_GROUPS} a capability falls in.
 *
 * @public
 */
export function capabilityDemandGroup(
  item: Pick<CapabilityItem, 'offered' | 'demand' | 'emergingDemand'>,
): CapabilityDemandGroup {
  if (item.demand.count > 0) return item.offered ? 'demanded' : 'not-offered';
  return item.emergingDemand.count > 0 ? 'emerging-only' : 'no-demand';
}

// The demand groups are the values `GET /capabilities?group=` takes.
const demandGroupsMatchTheDocument: Same<
  CapabilityDemandGroup,
  NonNullable<ApiQuery<'/capabilities'>['group']>
> = true;
void demandGroupsMatchTheDocument;

/**
 * `GET /capabilities` response: a page, most demanded first.
 *
 * @public
 */
export type CapabilitiesResponse = ApiAnswer<'/capabilities'>;

/**
 * `GET /capabilities/{namespace}/{name}` response.
 *
 * @public
 */
export type CapabilityResponse = ApiAnswer<'/capabilities/{namespace}/{name}'>;

/**
 * One use case in `GET /capabilities/{namespace}/{name}/demand`.
 *
 * @public
 */
export type CapabilityDemandEntry = ApiSchema<'CapabilityDemandEntry'>;

/**
 * `GET /capabilities/{namespace}/{name}/demand` response.
 *
 * @public
 */
export type CapabilityDemandResponse =
  ApiAnswer<'/capabilities/{namespace}/{name}/demand'>;

/**
 * A page of entity refs, for drill-downs into a sample.
 *
 * @public
 */
export type EntityRefsResponse =
  ApiAnswer<'/capabilities/{namespace}/{name}/domains'>;

/**
 * One capability an entity needs, in `GET /entities/.../capabilities`.
 *
 * @public
 */
export type CapabilityNeed = ApiSchema<'CapabilityNeed'>;

/**
 * `GET /entities/:kind/:namespace/:name/capabilities` response: a page of
 * needs, not-yet-available first.
 *
 * @public
 */
export type EntityCapabilitiesResponse =
  ApiAnswer<'/entities/{kind}/{namespace}/{name}/capabilities'>;

/**
 * One domain in `GET /domains`: its phase assessment and what it holds.
 *
 * @public
 */
export type DomainSummary = ApiSchema<'DomainSummary'>;

/**
 * Fields `GET /domains` sorts by.
 *
 * @public
 */
export const DOMAIN_SORT_FIELDS = [
  'title',
  'phase',
  'adoption',
  'dataProducts',
  'useCases',
] as const;

/**
 * One of {@link DOMAIN_SORT_FIELDS}.
 *
 * @public
 */
export type DomainSortField = (typeof DOMAIN_SORT_FIELDS)[number];

// The sort fields are the values `GET /domains?sort=` takes.
const sortFieldsMatchTheDocument: Same<
  DomainSortField,
  NonNullable<ApiQuery<'/domains'>['sort']>
> = true;
void sortFieldsMatchTheDocument;

/**
 * `GET /domains` response: a page of domains.
 *
 * @public
 */
export type DomainsResponse = ApiAnswer<'/domains'>;

/**
 * `GET /references/dangling` response: a page of dangling references.
 *
 * @public
 */
export type DanglingReferencesResponse = ApiAnswer<'/references/dangling'>;

/**
 * What the last recompute did, in `GET /status`.
 *
 * @public
 */
export type RefreshRun = NonNullable<StatusResponse['lastRun']>;

/**
 * `GET /status` response: how the scheduled recompute is doing.
 *
 * @public
 */
export type StatusResponse = ApiSchema<'StatusResponse'>;

/**
 * One search for complementary use cases, as `GET /status` reports it.
 *
 * @public
 */
export type ComplementarySearchRun = NonNullable<
  StatusResponse['complementarySearch']
>;
