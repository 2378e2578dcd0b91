/*
 * Small helpers for component tests: a DataMeshApi mock that fails on any
 * call a test did not expect, backend error answers, and a promise that
 * never settles. Backend answers with data come from fakeDataMeshApi.
 */
import type { DataMeshApi } from '../api/DataMeshApi';

/** When every fixture snapshot was computed. */
export const COMPUTED_AT = '2026-11-24T22:00:00.000Z';

const METHODS: Array<keyof DataMeshApi> = [
  'getPhase',
  'getPhaseHistory',
  'getDomains',
  'getCapabilities',
  'getCapability',
  'getCapabilityDemand',
  'getCapabilityDomains',
  'getCapabilityDataProducts',
  'getEntityCapabilities',
  'getEntityCapabilityDataProducts',
  'getDanglingReferences',
  'getUseCasePortfolio',
  'getUseCaseCell',
  'getUnratedUseCases',
  'getComplementaryUseCases',
  'getRoadmap',
  'getDeprecatedNeeds',
  'getRoadmapUseCases',
  'getBusinessUnits',
  'getContractVersions',
  'getContractImpact',
  'getEntityContractRisks',
  'getStatus',
  'requestRefresh',
];

/** A DataMeshApi whose every method fails unless the test provides it. */
export function mockDataMeshApi(
  implementation: Partial<DataMeshApi> = {},
): jest.Mocked<DataMeshApi> {
  return Object.fromEntries(
    METHODS.map(name => [
      name,
      jest.fn(
        (implementation[name] as (...args: unknown[]) => Promise<unknown>) ??
          (async () => {
            throw new Error(`Unexpected call to ${name}`);
          }),
      ),
    ]),
  ) as unknown as jest.Mocked<DataMeshApi>;
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
