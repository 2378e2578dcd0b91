import { DATA_MESH_RELATION_PAIRS } from '@data-mesh-portfolio/plugin-data-mesh-common';

export { DATA_MESH_RELATION_PAIRS };

/**
 * Every relation type in `DATA_MESH_RELATION_PAIRS`, both directions.
 * The catalog graph draws only relations it knows (`knownRelations`), so
 * list these next to its defaults.
 *
 * @public
 */
export const DATA_MESH_RELATIONS: readonly string[] =
  DATA_MESH_RELATION_PAIRS.flat();
