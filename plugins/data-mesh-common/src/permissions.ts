import { createPermission } from '@backstage/plugin-permission-common';

/**
 * See the platform team's view of capability demand: capabilities nobody
 * needs (YAGNI candidates), emerging demand and demanded-but-not-offered
 * capabilities.
 *
 * @public
 */
export const dataMeshPlatformViewPermission = createPermission({
  name: 'data-mesh.capabilities.platform-view',
  attributes: { action: 'read' },
});

/**
 * Ask the backend to recompute the portfolio now.
 *
 * @public
 */
export const dataMeshRefreshPermission = createPermission({
  name: 'data-mesh.refresh',
  attributes: { action: 'update' },
});

/**
 * Every permission Data Mesh Portfolio defines.
 *
 * @public
 */
export const dataMeshPermissions = [
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
];
