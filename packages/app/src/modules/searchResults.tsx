/*
 * Search results of the data-mesh kinds show their domain, lifecycle or
 * status, and type. The search page renders each result with the first
 * item whose predicate takes it, and the catalog's item takes every catalog
 * result, so app-config.yaml lists this one first in `app.extensions`.
 */
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { isDataMeshSearchResult } from '@data-mesh-portfolio/plugin-data-mesh';

/** The search page's item for DataProduct, UseCase and PlatformCapability. */
export const dataMeshSearchResultsModule = createFrontendModule({
  pluginId: 'search',
  extensions: [
    SearchResultListItemBlueprint.make({
      name: 'data-mesh',
      params: {
        predicate: isDataMeshSearchResult,
        component: () =>
          import('@data-mesh-portfolio/plugin-data-mesh').then(
            m => m.DataMeshSearchResultListItem,
          ),
      },
    }),
  ],
});
