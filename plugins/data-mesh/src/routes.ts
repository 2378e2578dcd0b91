import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the Data Mesh Portfolio page is mounted (`/data-mesh` by default).
 * A legacy route reference, converted for the new frontend system in
 * `alpha`, so that both systems resolve the same links. The page's
 * overview is at this route itself.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'data-mesh' });

/**
 * The use-case portfolio view of the page: `/use-cases` below
 * {@link rootRouteRef}.
 *
 * @public
 */
export const useCasesRouteRef = createSubRouteRef({
  id: 'data-mesh/use-cases',
  parent: rootRouteRef,
  path: '/use-cases',
});

/**
 * The teams' capability view of the page: `/capabilities` below
 * {@link rootRouteRef}.
 *
 * @public
 */
export const capabilitiesRouteRef = createSubRouteRef({
  id: 'data-mesh/capabilities',
  parent: rootRouteRef,
  path: '/capabilities',
});

/**
 * The platform view of the page, with the roadmap:
 * `/capabilities/platform` below {@link rootRouteRef}. Only people with
 * the platform-view permission see its content.
 *
 * @public
 */
export const platformViewRouteRef = createSubRouteRef({
  id: 'data-mesh/capabilities/platform',
  parent: rootRouteRef,
  path: '/capabilities/platform',
});
