import { useRouteRef } from '@backstage/core-plugin-api';
import { useLocation } from 'react-router-dom';
import {
  capabilitiesRouteRef,
  platformViewRouteRef,
  rootRouteRef,
  useCasesRouteRef,
} from '../../routes';

/** The views of the Data Mesh Portfolio page. */
export type DataMeshView = 'overview' | 'useCases' | 'teams' | 'platform';

/**
 * The link to each view, resolved from the plugin's route refs so that
 * wherever an app mounts the page, every link follows it.
 */
export function useDataMeshViewLinks(): Record<DataMeshView, string> {
  return {
    overview: useRouteRef(rootRouteRef)(),
    useCases: useRouteRef(useCasesRouteRef)(),
    teams: useRouteRef(capabilitiesRouteRef)(),
    platform: useRouteRef(platformViewRouteRef)(),
  };
}

/** A path compared as the router compares it: no trailing slash, any case. */
function comparable(path: string): string {
  return path.replace(/\/+$/, '').toLocaleLowerCase('en-US');
}

/**
 * Which view the current URL shows, or `undefined` for an unknown path.
 *
 * The view is read from the absolute location rather than from nested
 * route matching: the legacy app and the new frontend system give a page
 * different routing contexts, but both know the full location and where
 * each view's route ref resolves.
 */
export function useActiveView(): DataMeshView | undefined {
  const links = useDataMeshViewLinks();
  const pathname = comparable(useLocation().pathname);
  const views = Object.keys(links) as DataMeshView[];
  return views.find(view => comparable(links[view]) === pathname);
}
