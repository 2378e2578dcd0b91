import { ApiBlueprint, PageBlueprint } from '@backstage/frontend-plugin-api';
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { dataMeshApiFactory } from '../api/dataMeshApiFactory';
import { DataMeshIcon } from '../icons';
import {
  capabilitiesRouteRef,
  platformViewRouteRef,
  rootRouteRef,
  useCasesRouteRef,
} from '../routes';

/**
 * The route of the portfolio page in the new frontend system: the legacy
 * reference converted, so links resolve the same in both systems.
 *
 * @alpha
 */
export const dataMeshRouteRef = convertLegacyRouteRef(rootRouteRef);

/**
 * The use-case portfolio view (`/use-cases` below the page) in the new
 * frontend system.
 *
 * @alpha
 */
export const dataMeshUseCasesRouteRef = convertLegacyRouteRef(useCasesRouteRef);

/**
 * The teams' capability view (`/capabilities` below the page) in the new
 * frontend system.
 *
 * @alpha
 */
export const dataMeshCapabilitiesRouteRef =
  convertLegacyRouteRef(capabilitiesRouteRef);

/**
 * The platform view with the roadmap (`/capabilities/platform` below the
 * page) in the new frontend system.
 *
 * @alpha
 */
export const dataMeshPlatformViewRouteRef =
  convertLegacyRouteRef(platformViewRouteRef);

/** Installs the {@link DataMeshApi} client. */
export const dataMeshApi = ApiBlueprint.make({
  params: defineParams => defineParams(dataMeshApiFactory),
});

/**
 * The portfolio page at `/data-mesh`. The app draws the header and a nav
 * item from the title and icon; the page draws its own view tabs because
 * the platform tab depends on a permission.
 */
export const dataMeshPage = PageBlueprint.make({
  params: {
    path: '/data-mesh',
    title: 'Data Mesh',
    icon: <DataMeshIcon fontSize="inherit" />,
    routeRef: dataMeshRouteRef,
    loader: () =>
      import('../components/DataMeshPage/DataMeshPage').then(m =>
        compatWrapper(<m.DataMeshPageContent />),
      ),
  },
});
