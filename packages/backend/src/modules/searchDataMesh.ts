/*
 * Search documents for the data-mesh kinds. The catalog collator indexes
 * every catalog entity; this module gives DataProduct, UseCase and
 * PlatformCapability entities a document with their domain, lifecycle or
 * status, type and port names, and leaves every other kind to the catalog's
 * own transformer. The collator accepts one transformer only, so the two are
 * combined here.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogCollatorExtensionPoint,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import { toDataMeshSearchDocument } from '@data-mesh-portfolio/plugin-catalog-backend-module-data-mesh';

/** Sets the catalog collator's transformer to index the data-mesh kinds. */
export const searchModuleDataMeshDocuments = createBackendModule({
  pluginId: 'search',
  moduleId: 'data-mesh-documents',
  register(reg) {
    reg.registerInit({
      deps: { collator: catalogCollatorExtensionPoint },
      async init({ collator }) {
        collator.setEntityTransformer(
          entity =>
            toDataMeshSearchDocument(entity) ??
            defaultCatalogCollatorEntityTransformer(entity),
        );
      },
    });
  },
});
