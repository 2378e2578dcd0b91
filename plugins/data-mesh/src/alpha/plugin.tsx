import {
  OverridableFrontendPlugin,
  RouteRef,
  SubRouteRef,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import { DataMeshIcon } from '../icons';
import {
  capabilityDemandCard,
  capabilityNeedsCard,
  contractChangesCard,
  contractRisksCard,
  dataProductConsumersCard,
  dataProductDescriptionCard,
  dataProductInputPortsCard,
  dataProductOutputPortsCard,
  domainDataMeshContent,
  domainDataProductsCard,
  domainPhaseCard,
  groupPhaseCard,
  useCaseConsumedProductsCard,
} from './entityExtensions';
import {
  dataMeshApi,
  dataMeshCapabilitiesRouteRef,
  dataMeshPage,
  dataMeshPlatformViewRouteRef,
  dataMeshRouteRef,
  dataMeshUseCasesRouteRef,
} from './pageExtensions';
import { dataMeshSearchResultListItem } from './searchExtensions';

/**
 * The Data Mesh Portfolio plugin for the new frontend system.
 *
 * @alpha
 */
// Typed without its map of extensions: the inferred map spells out every
// blueprint's parameters, whose union members TypeScript orders differently
// from one compilation to the next, which made the API report unstable.
// Extensions are still reached by id through getExtension.
export const dataMeshFrontendPlugin: OverridableFrontendPlugin<{
  root: RouteRef<undefined>;
  useCases: SubRouteRef<undefined>;
  capabilities: SubRouteRef<undefined>;
  platformView: SubRouteRef<undefined>;
}> = createFrontendPlugin({
  pluginId: 'data-mesh',
  title: 'Data Mesh',
  icon: <DataMeshIcon fontSize="inherit" />,
  routes: {
    root: dataMeshRouteRef,
    useCases: dataMeshUseCasesRouteRef,
    capabilities: dataMeshCapabilitiesRouteRef,
    platformView: dataMeshPlatformViewRouteRef,
  },
  extensions: [
    dataMeshApi,
    dataMeshPage,
    domainPhaseCard,
    groupPhaseCard,
    domainDataProductsCard,
    domainDataMeshContent,
    dataProductDescriptionCard,
    dataProductInputPortsCard,
    dataProductOutputPortsCard,
    dataProductConsumersCard,
    capabilityNeedsCard,
    useCaseConsumedProductsCard,
    capabilityDemandCard,
    contractChangesCard,
    contractRisksCard,
    dataMeshSearchResultListItem,
  ],
});
