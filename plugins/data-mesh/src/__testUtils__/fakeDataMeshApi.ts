/*
 * A DataMeshApi that answers from catalog entities with the portfolio logic
 * the backend uses (facts, DemandIndex, MetricsIndex, assessPhase) and
 * cuts them into pages, samples and rows with the common package's answer
 * functions (data contracts: diffContracts and ContractImpactIndex), so every answer in a test is one the real computation gives,
 * and pages, samples and counts agree with each other.
 */
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  AdoptionSparklinePoint,
  DemandIndex,
  Freshness,
  ORGANIZATION_SCOPE,
  PhaseHistoryPoint,
  ScopePhaseResponse,
  entityNeedsPage,
  findDanglingReferences,
  normalizeEntityRef,
  pageOfList,
  pageWindow,
  refsPage,
  selectCapabilities,
  selectDomains,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshApi, EntityRefLike } from '../api/DataMeshApi';
import { assessments, forecastOf } from './assessments';
import { fakeInsightMethods } from './fakeInsightApi';
import { SeenContract, fakeContractMethods } from './fakeContractApi';
import { backendError, COMPUTED_AT } from './fixtures';
import { without } from './entityBuilders';
import { brightcart } from './organisation';

/** How the fake answers beyond what the entities say. */
export interface FakeOptions {
  stale?: boolean;
  /** The stored phase history of every scope (see historyOf). */
  history?: PhaseHistoryPoint[];
  /** Business units' recent adoption, by group ref. */
  unitHistories?: Record<string, AdoptionSparklinePoint[]>;
  /** The versions of each data contract seen, by its API's ref. */
  contracts?: Record<string, SeenContract[]>;
}

async function notFound(what: string): Promise<never> {
  throw await ResponseError.fromResponse(backendError(404, `No ${what}`));
}

const capabilityRef = (ref: EntityRefLike) =>
  normalizeEntityRef(
    parseEntityRef(ref, { defaultKind: 'platformcapability' }),
  );

/** A DataMeshApi over `entities`, every method a jest mock to assert on. */
export function fakeDataMeshApi(
  entities: Entity[],
  options: FakeOptions = {},
): jest.Mocked<DataMeshApi> {
  const { facts, assess, domains, known } = assessments(entities);
  const demand = DemandIndex.build(facts);
  const fresh: Freshness = { computedAt: COMPUTED_AT, stale: !!options.stale };

  const api: DataMeshApi = {
    async getPhase({ scope }) {
      return known(scope)
        ? phaseAnswer(assess(scope), fresh, options.history)
        : notFound(scope);
    },
    async getPhaseHistory(request) {
      // The days asked for are not applied: fixed fixture dates would fall
      // out of a window that moves with today's date.
      const { items, ...page } = pageOfList(
        options.history ?? [],
        pageWindow(request),
      );
      return { points: items, ...page };
    },
    async getDomains(request = {}) {
      const matching = selectDomains(domains, request);
      const page = pageOfList(
        matching.map(domain => ({ ...domain, ...fresh })),
        pageWindow(request),
      );
      return { ...page, ...fresh };
    },
    async getCapabilities(request = {}) {
      const items = selectCapabilities(demand.items(), request);
      return { ...pageOfList(items, pageWindow(request)), ...fresh };
    },
    async getCapability(ref) {
      const item = demand.capability(capabilityRef(ref));
      return item ? { ...item, ...fresh } : notFound(capabilityRef(ref));
    },
    async getCapabilityDemand(ref, request = {}) {
      const capability = capabilityRef(ref);
      const page = demand.demandPage(
        capability,
        request.demand ?? 'real',
        pageWindow(request),
      );
      return page
        ? { capabilityRef: capability, ...page, ...fresh }
        : notFound(capability);
    },
    async getCapabilityDomains(ref, request) {
      const page = demand.domainsPage(capabilityRef(ref), pageWindow(request));
      return page
        ? { ...refsPage(page), ...fresh }
        : notFound(capabilityRef(ref));
    },
    async getCapabilityDataProducts(ref, request) {
      const page = demand.dataProductsPage(
        capabilityRef(ref),
        pageWindow(request),
      );
      return page
        ? { ...refsPage(page), ...fresh }
        : notFound(capabilityRef(ref));
    },
    async getEntityCapabilities(ref, request) {
      const entityRef = normalizeEntityRef(ref);
      const needs = demand.entityNeeds(entityRef);
      if (!needs) return notFound(entityRef);
      return entityNeedsPage(entityRef, needs, pageWindow(request), fresh);
    },
    async getEntityCapabilityDataProducts(ref, capability, request) {
      const page = demand.entityNeedDataProducts(
        normalizeEntityRef(ref),
        capabilityRef(capability),
        pageWindow(request),
      );
      return page ? { ...refsPage(page), ...fresh } : notFound('such need');
    },
    async getDanglingReferences(request) {
      const dangling = findDanglingReferences(facts);
      const page = pageOfList(dangling, pageWindow(request));
      return { ...page, count: page.totalItems, ...fresh };
    },
    async getStatus() {
      return {
        ...fresh,
        lastAttemptAt: COMPUTED_AT,
        lastSuccessAt: COMPUTED_AT,
        lastError: null,
        lastRun: null,
        complementarySearch: null,
      };
    },
    async requestRefresh() {},
    ...fakeInsightMethods(entities, fresh, options.unitHistories),
    ...fakeContractMethods(entities, options.contracts ?? {}, fresh.stale),
  };
  return Object.fromEntries(
    Object.entries(api).map(([name, method]) => [name, jest.fn(method)]),
  ) as unknown as jest.Mocked<DataMeshApi>;
}

/**
 * A daily phase history: each point is the organisation (or a domain) as
 * the given entities describe it on that day.
 */
export function historyOf(
  days: Array<[date: string, entities: Entity[]]>,
  scope: string = ORGANIZATION_SCOPE,
): PhaseHistoryPoint[] {
  return days.map(([date, entities]) => {
    const { phase, metrics } = assessments(entities).assess(scope);
    return {
      date,
      phase,
      adoption: metrics.adoption,
      adoptingDomains: metrics.adoptingDomains,
      activeDataProducts: metrics.activeDataProducts,
      example: false,
    };
  });
}

/** An assessment with its freshness and its forecast from `history`. */
function phaseAnswer(
  assessment: ReturnType<ReturnType<typeof assessments>['assess']>,
  freshness: Freshness,
  history: PhaseHistoryPoint[] = [],
): ScopePhaseResponse {
  return {
    ...assessment,
    ...freshness,
    forecast: forecastOf(history, assessment.scope, assessment.computedPhase),
  };
}

/**
 * A scope's assessment over `entities`, as `GET /phase` answers it, with
 * the forecast from `history` (none by default).
 */
export function phaseOf(
  entities: Entity[],
  scope: string = ORGANIZATION_SCOPE,
  freshness: Partial<Freshness> = {},
  history: PhaseHistoryPoint[] = [],
): ScopePhaseResponse {
  return phaseAnswer(
    assessments(entities).assess(scope),
    { computedAt: COMPUTED_AT, stale: false, ...freshness },
    history,
  );
}

/**
 * Brightcart's organisation history: by September only orders had active
 * products (1 of 5 domains, 20 %), by October fulfilment too (2 of 5, 40 %).
 */
export function brightcartHistory(): PhaseHistoryPoint[] {
  return historyOf([
    [
      '2026-09-01',
      without(brightcart, ['shipments', 'delivery-times', 'stock-levels']),
    ],
    ['2026-10-01', without(brightcart, ['stock-levels'])],
  ]);
}
