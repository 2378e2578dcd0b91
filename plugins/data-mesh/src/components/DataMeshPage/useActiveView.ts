import { useRouteRef } from '@backstage/core-plugin-api';
import { useLocation } from 'react-router-dom';
import { rootRouteRef } from '../../routes';

/** The views of the Data Mesh Portfolio page. */
export type DataMeshView = 'overview' | 'useCases' | 'teams' | 'platform';

/** Paths of the views below the page's mount point. */
export const DATA_MESH_VIEW_PATHS: Record<DataMeshView, string> = {
  overview: '',
  useCases: '/use-cases',
  teams: '/capabilities',
  platform: '/capabilities/platform',
};

/**
 * The page's mount path without a trailing slash, so view paths can be
 * appended as they are.
 */
export function useDataMeshBasePath(): string {
  return useRouteRef(rootRouteRef)().replace(/\/$/, '');
}

/**
 * Which view the current URL shows, or `undefined` for an unknown path.
 *
 * The view is read from the absolute location rather than from nested
 * route matching: the legacy app and the new frontend system give a page
 * different routing contexts, but both know the full location and where
 * the page is mounted.
 */
export function useActiveView(): DataMeshView | undefined {
  const basePath = useDataMeshBasePath().toLocaleLowerCase('en-US');
  const pathname = useLocation()
    .pathname.replace(/\/+$/, '')
    .toLocaleLowerCase('en-US');
  if (!pathname.startsWith(basePath)) {
    return undefined;
  }
  const rest = pathname.slice(basePath.length);
  const views = Object.keys(DATA_MESH_VIEW_PATHS) as DataMeshView[];
  return views.find(view => DATA_MESH_VIEW_PATHS[view] === rest);
}
