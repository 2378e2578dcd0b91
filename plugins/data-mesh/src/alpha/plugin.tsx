import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { DataMeshIcon } from '../icons';
import {
  capabilityDemandCard,
  capabilityNeedsCard,
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
import { dataMeshApi, dataMeshPage, dataMeshRouteRef } from './pageExtensions';
import { dataMeshSearchResultListItem } from './searchExtensions';

/**
 * The Data Mesh Portfolio plugin for the new frontend system.
 *
 * @alpha
 */
export const dataMeshFrontendPlugin = createFrontendPlugin({
  pluginId: 'data-mesh',
  title: 'Data Mesh',
  icon: <DataMeshIcon fontSize="inherit" />,
  routes: { root: dataMeshRouteRef },
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
    dataMeshSearchResultListItem,
  ],
});
