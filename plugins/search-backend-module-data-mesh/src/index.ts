/**
 * Search module of Data Mesh Portfolio: what Backstage search indexes of
 * DataProduct, UseCase and PlatformCapability entities, through the catalog
 * collator.
 *
 * @packageDocumentation
 */
export { searchModuleDataMesh as default } from './module';
export {
  toDataMeshSearchDocument,
  type DataMeshSearchDocument,
} from './searchDocument';
