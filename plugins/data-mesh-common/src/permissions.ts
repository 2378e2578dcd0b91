import { createPermission } from '@backstage/plugin-permission-common';

/**
 * See the platform team's view of capability demand: capabilities nobody
 * needs (YAGNI candidates), emerging demand and demanded-but-not-offered
 * capabilities.
 */
export const dataMeshPlatformViewPermission = createPermission({
  name: 'data-mesh.capabilities.platform-view',
  attributes: { action: 'read' },
});

/** Ask the backend to recompute the portfolio now. */
export const dataMeshRefreshPermission = createPermission({
  name: 'data-mesh.refresh',
  attributes: { action: 'update' },
});

/** Every permission Data Mesh Portfolio defines. */
export const dataMeshPermissions = [
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
];
