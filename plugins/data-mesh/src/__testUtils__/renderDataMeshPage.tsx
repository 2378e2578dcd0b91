import { DataMeshPageContent } from '../components/DataMeshPage/DataMeshPage';
import { brightcartHistory, fakeDataMeshApi } from './fakeDataMeshApi';
import { brightcart } from './organisation';
import { renderWithApis } from './renderWithApis';

/** A DataMeshApi that answers every page request from Brightcart. */
export function pageDataMeshApi() {
  return fakeDataMeshApi(brightcart, { history: brightcartHistory() });
}

/** Renders the page's views at a path, as a page mounted at /data-mesh. */
export function renderPage(path: string, permitted = true) {
  const dataMeshApi = pageDataMeshApi();
  const decided: string[] = [];
  return {
    dataMeshApi,
    /** Names of the permissions answered so far. */
    decided,
    rendered: renderWithApis(<DataMeshPageContent />, {
      dataMeshApi,
      permitted,
      decided,
      mountPath: '/data-mesh/*',
      initialRouteEntries: [path],
    }),
  };
}
