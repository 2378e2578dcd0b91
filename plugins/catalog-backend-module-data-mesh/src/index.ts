/**
 * Catalog module of Data Mesh Portfolio: the DataProduct, UseCase and
 * PlatformCapability kinds, their validation and relations, and what search
 * indexes of them.
 *
 * @packageDocumentation
 */
export { catalogModuleDataMesh as default } from './module';
export { DataMeshEntitiesProcessor } from './processor/DataMeshEntitiesProcessor';
export {
  toDataMeshSearchDocument,
  type DataMeshSearchDocument,
} from './search/searchDocument';
