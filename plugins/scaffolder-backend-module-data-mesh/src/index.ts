/**
 * Scaffolder module of Data Mesh Portfolio: the `data-mesh:validate` action,
 * which checks a generated catalog file with the catalog's own validators
 * before anything is published, and `data-mesh:publish:local` for portals
 * without a git host.
 *
 * @packageDocumentation
 */
export { scaffolderModuleDataMesh as default } from './module';
export {
  DATA_MESH_VALIDATE_ACTION_ID,
  createDataMeshValidateAction,
} from './actions/validate';
export {
  DATA_MESH_PUBLISH_LOCAL_ACTION_ID,
  createDataMeshPublishLocalAction,
} from './actions/publishLocal';
export type { DataMeshPublishLocalOptions } from './actions/publishLocal';
