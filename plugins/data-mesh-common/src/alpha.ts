/**
 * Unstable parts of Data Mesh Portfolio's common library: the catalog model
 * layer of its kinds, for catalogs that use `@backstage/catalog-model/alpha`
 * model layers.
 *
 * @packageDocumentation
 */
export { dataMeshCatalogModelLayer } from './catalogModel';
