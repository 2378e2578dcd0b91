import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { EntityChangeSignal } from './changes/EntityChangeSignal';
import { textPlaceholderResolver } from './placeholders/textPlaceholder';
import { DataMeshEntitiesProcessor } from './processor/DataMeshEntitiesProcessor';

/**
 * Adds the DataProduct, UseCase and PlatformCapability kinds to the catalog
 * and checks the data-mesh annotations of Domains and Groups; tells the
 * data-mesh backend which portfolio entities changed.
 *
 * @public
 */
export const catalogModuleDataMesh = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'data-mesh',
  register(reg) {
    reg.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        logger: coreServices.logger,
        // Read to learn the contracts of the data product ports an entity
        // consumes; see ConsumedContracts for the trade-off.
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        // Tells the data-mesh backend which entities changed, so that the
        // portfolio follows the catalog within seconds.
        events: eventsServiceRef,
      },
      async init({ processing, logger, catalog, auth, events }) {
        processing.addProcessor(
          new DataMeshEntitiesProcessor({ logger, catalog, auth }),
          new EntityChangeSignal({ events, logger }),
        );
        // Contracts next to file-located catalog files (`$text`).
        processing.addPlaceholderResolver('text', textPlaceholderResolver);
      },
    });
  },
});
