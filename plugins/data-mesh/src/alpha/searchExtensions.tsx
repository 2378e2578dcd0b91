/*
 * The search page's item for the data-mesh kinds. The page renders each
 * result with the first item whose predicate takes it, and the catalog's
 * item takes every catalog result, so an app lists this one first under
 * `app.extensions` (README, "Search results").
 */
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { isDataMeshSearchResult } from '../components/search/DataMeshSearchResultListItem';

/**
 * `search-result-list-item:data-mesh`: DataProduct, UseCase and
 * PlatformCapability results with their domain, lifecycle or status, and
 * type.
 */
export const dataMeshSearchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    predicate: isDataMeshSearchResult,
    component: () =>
      import('../components/search/DataMeshSearchResultListItem').then(
        m => m.DataMeshSearchResultListItem,
      ),
  },
});
