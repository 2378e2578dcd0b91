import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogCollatorExtensionPoint,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import { toDataMeshSearchDocument } from './searchDocument';

/**
 * Gives DataProduct, UseCase and PlatformCapability entities their own search
 * documents in the catalog collator, and leaves every other kind to the
 * catalog's default transformer.
 *
 * @remarks
 * The catalog collator accepts one entity transformer only (a second call of
 * `setEntityTransformer` fails the backend's start), which is why this module
 * sets the combination of both. A portal that sets a transformer of its own
 * leaves this module out and combines {@link toDataMeshSearchDocument} with
 * its own instead.
 *
 * @public
 */
export const searchModuleDataMesh = createBackendModule({
  pluginId: 'search',
  moduleId: 'data-mesh',
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
