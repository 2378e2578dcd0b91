/*
 * What the Data Mesh Portfolio needs from two plugins it does not own: the
 * catalog graph must know the project's relation types to draw them, and
 * the catalog must know the icons of the project's kinds. Both are app-level
 * choices, so they are modules installed here rather than in the plugin.
 */
import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { IconBundleBlueprint } from '@backstage/plugin-app-react';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  ALL_RELATIONS,
  ALL_RELATION_PAIRS,
  DefaultCatalogGraphApi,
  catalogGraphApiRef,
} from '@backstage/plugin-catalog-graph';
import {
  DATA_MESH_RELATIONS,
  DATA_MESH_RELATION_PAIRS,
  DataProductIcon,
  PlatformCapabilityIcon,
  UseCaseIcon,
} from '@data-mesh-portfolio/plugin-data-mesh';
import { createDataMeshEntityPresentationModule } from '@data-mesh-portfolio/plugin-data-mesh/alpha';

/**
 * The catalog graph's API (`api:catalog-graph`) knowing Backstage's
 * relations plus the data-mesh ones; the graph card and page draw only
 * known relations.
 */
export const catalogGraphApiWithDataMeshRelations = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: catalogGraphApiRef,
      deps: {},
      factory: () =>
        new DefaultCatalogGraphApi({
          knownRelations: [...ALL_RELATIONS, ...DATA_MESH_RELATIONS],
          knownRelationPairs: [
            ...ALL_RELATION_PAIRS,
            ...DATA_MESH_RELATION_PAIRS,
          ],
          // Show every known relation by default, as the graph does.
          defaultRelationTypes: { exclude: [] },
        }),
    }),
});

/** Installs {@link catalogGraphApiWithDataMeshRelations} over the default. */
export const dataMeshCatalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [catalogGraphApiWithDataMeshRelations],
});

/** Kind icons for entity links, tables and the catalog graph. */
export const dataMeshEntityPresentationModule =
  createDataMeshEntityPresentationModule({
    createEntityPresentationApi: options =>
      DefaultEntityPresentationApi.create(options),
  });

/** The app's `kind:<kind>` icons, used by the entity inspector. */
export const dataMeshKindIconBundle = IconBundleBlueprint.make({
  name: 'data-mesh-kinds',
  params: {
    icons: {
      'kind:dataproduct': <DataProductIcon fontSize="inherit" />,
      'kind:usecase': <UseCaseIcon fontSize="inherit" />,
      'kind:platformcapability': <PlatformCapabilityIcon fontSize="inherit" />,
    },
  },
});

/** Installs {@link dataMeshKindIconBundle} in the app plugin. */
export const dataMeshKindIconsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [dataMeshKindIconBundle],
});
