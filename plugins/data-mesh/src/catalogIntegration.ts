/*
 * What the data-mesh kinds need from two plugins this one does not own:
 * the catalog graph draws only relation types its API knows, and the
 * catalog takes kind icons only from its entity presentation API. Both are
 * app-wide APIs, so installing these is the app's choice (opt-in).
 */
import { AnyApiFactory, createApiFactory } from '@backstage/core-plugin-api';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  ALL_RELATIONS,
  ALL_RELATION_PAIRS,
  CatalogGraphApi,
  DefaultCatalogGraphApi,
  catalogGraphApiRef,
} from '@backstage/plugin-catalog-graph';
import {
  CatalogApi,
  EntityPresentationApi,
  catalogApiRef,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { DATA_MESH_RELATIONS, DATA_MESH_RELATION_PAIRS } from './catalogGraph';
import { dataMeshKindIcons } from './icons';

/**
 * The catalog graph's API knowing Backstage's relations and the data-mesh
 * ones, all shown by default as the graph's own default does.
 *
 * @public
 */
export function createDataMeshCatalogGraphApi(): CatalogGraphApi {
  return new DefaultCatalogGraphApi({
    knownRelations: [...ALL_RELATIONS, ...DATA_MESH_RELATIONS],
    knownRelationPairs: [...ALL_RELATION_PAIRS, ...DATA_MESH_RELATION_PAIRS],
    // Options replace the defaults as a whole, so this one is restated.
    defaultRelationTypes: { exclude: [] },
  });
}

/**
 * The catalog's entity presentation API with the data-mesh kind icons,
 * the catalog's own implementation otherwise.
 *
 * @public
 */
export function createDataMeshEntityPresentationApi(
  catalogApi: CatalogApi,
): EntityPresentationApi {
  return DefaultEntityPresentationApi.create({
    catalogApi,
    kindIcons: dataMeshKindIcons,
  });
}

/**
 * For the legacy frontend system: add to the app's `apis` to draw the
 * data-mesh relations in the catalog graph.
 *
 * @public
 */
export const dataMeshCatalogGraphApiFactory: AnyApiFactory = createApiFactory({
  api: catalogGraphApiRef,
  deps: {},
  factory: createDataMeshCatalogGraphApi,
});

/**
 * For the legacy frontend system: add to the app's `apis` to give the
 * data-mesh kinds their icons wherever the catalog presents an entity.
 *
 * @public
 */
export const dataMeshEntityPresentationApiFactory: AnyApiFactory =
  createApiFactory({
    api: entityPresentationApiRef,
    deps: { catalogApi: catalogApiRef },
    factory: ({ catalogApi }) =>
      createDataMeshEntityPresentationApi(catalogApi),
  });
