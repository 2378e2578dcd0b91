import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the Data Mesh Portfolio page is mounted (`/data-mesh` by default).
 * A legacy route reference, converted for the new frontend system in
 * `alpha`, so that both systems resolve the same links.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'data-mesh' });
