import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { DataMeshEntitiesProcessor } from './processor/DataMeshEntitiesProcessor';

/**
 * Adds the DataProduct, UseCase and PlatformCapability kinds to the catalog
 * and checks the data-mesh annotations of Domains and Groups.
 *
 * @public
 */
export const catalogModuleDataMesh = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'data-mesh',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ catalog, logger }) {
        catalog.addProcessor(new DataMeshEntitiesProcessor({ logger }));
      },
    });
  },
});
