import type { IconComponent } from '@backstage/core-plugin-api';
import {
  ApiBlueprint,
  FrontendModule,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  CatalogApi,
  EntityPresentationApi,
  catalogApiRef,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { dataMeshKindIcons } from '../icons';

/**
 * Options of {@link createDataMeshEntityPresentationModule}.
 *
 * @alpha
 */
export interface DataMeshEntityPresentationModuleOptions {
  /**
   * Creates the catalog's entity presentation API with extra kind icons;
   * pass `DefaultEntityPresentationApi.create` from `@backstage/plugin-catalog`.
   */
  createEntityPresentationApi(options: {
    catalogApi: CatalogApi;
    kindIcons: Record<string, IconComponent>;
  }): EntityPresentationApi;
}

/**
 * A module for the catalog plugin that gives DataProduct, UseCase and
 * PlatformCapability their icons wherever the catalog presents an entity
 * (entity links, tables, the catalog graph).
 *
 * @remarks
 *
 * The catalog reads kind icons only from the options of its entity
 * presentation API, so this module replaces that API
 * (`api:catalog/entity-presentation`). The implementation is passed in so
 * that this plugin does not depend on the catalog plugin itself.
 *
 * @alpha
 */
export function createDataMeshEntityPresentationModule(
  options: DataMeshEntityPresentationModuleOptions,
): FrontendModule {
  return createFrontendModule({
    pluginId: 'catalog',
    extensions: [
      ApiBlueprint.make({
        name: 'entity-presentation',
        params: defineParams =>
          defineParams({
            api: entityPresentationApiRef,
            deps: { catalogApi: catalogApiRef },
            factory: ({ catalogApi }) =>
              options.createEntityPresentationApi({
                catalogApi,
                kindIcons: dataMeshKindIcons,
              }),
          }),
      }),
    ],
  });
}
