/**
 * Catalog module of Data Mesh Portfolio: the DataProduct, UseCase and
 * PlatformCapability kinds, their validation and relations.
 *
 * @packageDocumentation
 */
export { catalogModuleDataMesh as default } from './module';
export { DataMeshEntitiesProcessor } from './processor/DataMeshEntitiesProcessor';
export type { DataMeshEntitiesProcessorOptions } from './processor/DataMeshEntitiesProcessor';
