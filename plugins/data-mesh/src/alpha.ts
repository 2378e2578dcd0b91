/**
 * The Data Mesh Portfolio plugin for Backstage's new frontend system. Its
 * default export is what an app's feature discovery installs.
 *
 * @packageDocumentation
 */
import { dataMeshFrontendPlugin } from './alpha/plugin';

export { dataMeshFrontendPlugin };
export {
  dataMeshCapabilitiesRouteRef,
  dataMeshPlatformViewRouteRef,
  dataMeshRouteRef,
  dataMeshUseCasesRouteRef,
} from './alpha/pageExtensions';
export {
  createDataMeshEntityPresentationModule,
  type DataMeshEntityPresentationModuleOptions,
} from './alpha/entityPresentationModule';
export {
  dataMeshCatalogGraphModule,
  dataMeshEntityPresentationModule,
  dataMeshKindIconsModule,
} from './alpha/catalogModules';
export { dataMeshKindIcons } from './icons';
export { DATA_MESH_RELATION_PAIRS, DATA_MESH_RELATIONS } from './catalogGraph';
export default dataMeshFrontendPlugin;
