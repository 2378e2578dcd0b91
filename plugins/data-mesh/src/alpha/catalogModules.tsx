/*
 * Ready-made modules for the new frontend system. They replace APIs and
 * icons owned by other plugins, so they are not part of the data-mesh
 * plugin that feature discovery installs: the app adds the ones it wants.
 */
import {
  ApiBlueprint,
  FrontendModule,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { IconBundleBlueprint } from '@backstage/plugin-app-react';
import { catalogGraphApiRef } from '@backstage/plugin-catalog-graph';
import {
  createDataMeshCatalogGraphApi,
  createDataMeshEntityPresentationApi,
} from '../catalogIntegration';
import { DataProductIcon, PlatformCapabilityIcon, UseCaseIcon } from '../icons';
import { createDataMeshEntityPresentationModule } from './entityPresentationModule';

/**
 * A module for the `catalog-graph` plugin: its API
 * (`api:catalog-graph`) knows the data-mesh relations as well as
 * Backstage's, so the graph card and page draw them.
 *
 * @alpha
 */
export const dataMeshCatalogGraphModule: FrontendModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({
          api: catalogGraphApiRef,
          deps: {},
          factory: createDataMeshCatalogGraphApi,
        }),
    }),
  ],
});

/**
 * A module for the `catalog` plugin: its entity presentation API
 * (`api:catalog/entity-presentation`) gives DataProduct, UseCase and
 * PlatformCapability their icons in entity links, tables and the graph.
 *
 * @alpha
 */
export const dataMeshEntityPresentationModule: FrontendModule =
  createDataMeshEntityPresentationModule({
    createEntityPresentationApi: ({ catalogApi }) =>
      createDataMeshEntityPresentationApi(catalogApi),
  });

/**
 * A module for the `app` plugin: `kind:dataproduct`, `kind:usecase` and
 * `kind:platformcapability` icons, which the entity inspector shows.
 *
 * @alpha
 */
export const dataMeshKindIconsModule: FrontendModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    IconBundleBlueprint.make({
      name: 'data-mesh-kinds',
      params: {
        icons: {
          'kind:dataproduct': <DataProductIcon fontSize="inherit" />,
          'kind:usecase': <UseCaseIcon fontSize="inherit" />,
          'kind:platformcapability': (
            <PlatformCapabilityIcon fontSize="inherit" />
          ),
        },
      },
    }),
  ],
});
