/*
 * Backend answers and catalog entities shaped like the Brightcart example
 * organisation, for component tests.
 */
import type {
  CapabilitiesResponse,
  CapabilityItem,
  DomainsResponse,
  PhaseHistoryResponse,
  PhaseResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { emptyCapabilityItem } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshApi } from '../api/DataMeshApi';

/** When every fixture snapshot was computed. */
export const COMPUTED_AT = '2026-11-24T22:00:00.000Z';

/** An organisation assessment in bootstrap, close to scale. */
export function phaseFixture(
  overrides: Partial<PhaseResponse> = {},
): PhaseResponse {
  return {
    scope: 'organization',
    phase: 'bootstrap',
    computedPhase: 'bootstrap',
    declared: null,
    metrics: {
      domains: 12,
      adoptingDomains: 5,
      adoption: 5 / 12,
      activeDataProducts: 9,
      realUseCases: 4,
      liveUseCases: 3,
      domainOwnership: 0.875,
      availableCapabilities: 4,
    },
    next: {
      phase: 'scale',
      criteria: [
        { metric: 'adoption', threshold: 0.16, value: 5 / 12, met: true },
        { metric: 'adoptingDomains', threshold: 3, value: 5, met: true },
        { metric: 'activeDataProducts', threshold: 6, value: 9, met: true },
        { metric: 'realUseCases', threshold: 3, value: 2, met: false },
      ],
    },
    adopterCategory: 'early-majority',
    computedAt: COMPUTED_AT,
    stale: false,
    ...overrides,
  };
}

/** Two earlier snapshots of the organisation. */
export const historyFixture: PhaseHistoryResponse = {
  points: [
    {
      date: '2026-09-01T00:00:00.000Z',
      phase: 'bootstrap',
      adoption: 0.0833,
      adoptingDomains: 1,
      activeDataProducts: 2,
    },
    {
      date: '2026-10-01T00:00:00.000Z',
      phase: 'bootstrap',
      adoption: 0.25,
      adoptingDomains: 3,
      activeDataProducts: 6,
    },
  ],
};

/** Three domains, one declaring its phase and one a subdomain. */
export function domainsFixture(
  overrides: Partial<DomainsResponse> = {},
): DomainsResponse {
  return {
    items: [
      {
        ...phaseFixture({ scope: 'domain:default/orders' }),
        title: 'Orders',
        archetype: 'source-aligned',
        subdomainOf: null,
        dataProducts: 2,
        useCases: 1,
      },
      {
        ...phaseFixture({
          scope: 'domain:default/fulfilment',
          phase: 'scale',
          declared: { phase: 'scale', reason: 'Inventory joins this quarter' },
        }),
        title: 'Fulfilment',
        archetype: 'source-aligned',
        subdomainOf: null,
        dataProducts: 1,
        useCases: 1,
      },
      {
        ...phaseFixture({ scope: 'domain:default/inventory' }),
        title: 'Inventory',
        archetype: 'source-aligned',
        subdomainOf: 'domain:default/fulfilment',
        dataProducts: 1,
        useCases: 0,
      },
    ],
    computedAt: COMPUTED_AT,
    stale: false,
    ...overrides,
  };
}

/** An offered capability nobody needs yet. */
export function capabilityFixture(
  name: string,
  overrides: Partial<CapabilityItem> = {},
): CapabilityItem {
  return {
    ...emptyCapabilityItem(`platformcapability:default/${name}`),
    status: 'available',
    offered: true,
    category: 'storage',
    ...overrides,
  };
}

/** One demanded capability and one demanded but not offered. */
export function capabilitiesFixture(
  overrides: Partial<CapabilitiesResponse> = {},
): CapabilitiesResponse {
  return {
    items: [
      capabilityFixture('lakehouse-storage', {
        title: 'Lakehouse Storage',
        demand: {
          count: 2,
          useCases: [
            'usecase:default/checkout-conversion-dashboard',
            'usecase:default/delivery-sla-monitoring',
          ],
          direct: [],
          viaDataProducts: {
            'dataproduct:default/order-history': [
              'usecase:default/checkout-conversion-dashboard',
            ],
            'dataproduct:default/shipments': [
              'usecase:default/delivery-sla-monitoring',
            ],
          },
          domains: ['domain:default/orders', 'domain:default/fulfilment'],
          personas: ['data-analyst', 'business-user'],
          highestValue: 'high',
        },
      }),
      capabilityFixture('ml-training', {
        title: 'ml-training',
        status: 'not-offered',
        offered: false,
        category: null,
        demand: {
          count: 1,
          useCases: ['usecase:default/personalised-recommendations'],
          direct: ['usecase:default/personalised-recommendations'],
          viaDataProducts: {},
          domains: ['domain:default/marketing'],
          personas: ['ml-engineer'],
          highestValue: 'high',
        },
      }),
    ],
    computedAt: COMPUTED_AT,
    stale: false,
    ...overrides,
  };
}

/** A DataMeshApi whose every method fails unless the test provides it. */
export function mockDataMeshApi(
  implementation: Partial<DataMeshApi> = {},
): jest.Mocked<DataMeshApi> {
  const unexpected = (name: string) =>
    jest.fn(async () => {
      throw new Error(`Unexpected call to ${name}`);
    });
  return {
    getPhase: jest.fn(implementation.getPhase ?? unexpected('getPhase')),
    getPhaseHistory: jest.fn(
      implementation.getPhaseHistory ?? unexpected('getPhaseHistory'),
    ),
    getDomains: jest.fn(implementation.getDomains ?? unexpected('getDomains')),
    getCapabilities: jest.fn(
      implementation.getCapabilities ?? unexpected('getCapabilities'),
    ),
    getEntityCapabilities: jest.fn(
      implementation.getEntityCapabilities ??
        unexpected('getEntityCapabilities'),
    ),
    requestRefresh: jest.fn(
      implementation.requestRefresh ?? unexpected('requestRefresh'),
    ),
  } as jest.Mocked<DataMeshApi>;
}

/** A promise that never settles, to hold a component in its loading state. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

/** A Backstage error answer as the backend sends it. */
export function backendError(status: number, message: string): Response {
  return new Response(
    JSON.stringify({
      error: { name: status === 404 ? 'NotFoundError' : 'Error', message },
      request: { method: 'GET', url: '/api/data-mesh' },
      response: { statusCode: status },
    }),
    { status, headers: { 'Content-Type': 'application/json' } },
  );
}
