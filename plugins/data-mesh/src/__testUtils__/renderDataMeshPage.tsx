import { DataMeshPageContent } from '../components/DataMeshPage/DataMeshPage';
import {
  capabilitiesFixture,
  domainsFixture,
  historyFixture,
  mockDataMeshApi,
  phaseFixture,
} from './fixtures';
import { renderWithApis } from './renderWithApis';

/** A DataMeshApi that answers every page request with example data. */
export function pageDataMeshApi() {
  return mockDataMeshApi({
    getPhase: async () => phaseFixture(),
    getPhaseHistory: async () => historyFixture,
    getDomains: async () => domainsFixture(),
    getCapabilities: async () => capabilitiesFixture(),
    requestRefresh: async () => {},
  });
}

/** Renders the page's views at a path, as a page mounted at /data-mesh. */
export function renderPage(path: string, permitted = true) {
  const dataMeshApi = pageDataMeshApi();
  return {
    dataMeshApi,
    rendered: renderWithApis(<DataMeshPageContent />, {
      dataMeshApi,
      permitted,
      mountPath: '/data-mesh/*',
      initialRouteEntries: [path],
    }),
  };
}
