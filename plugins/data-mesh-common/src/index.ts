/**
 * Common code of Data Mesh Portfolio: the DataProduct, UseCase and
 * PlatformCapability kinds, their JSON Schemas and validators, reference
 * helpers, relation types, phase and demand logic, and permissions.
 *
 * @packageDocumentation
 */
export * from './kinds/constants';
export * from './kinds/types';
export * from './kinds/guards';
export * from './refs';
export * from './relations';
export * from './validation/problems';
export { dataMeshKindSchemas } from './validation/schemaValidation';
export * from './validation/validateEntity';
export * from './api/types';
export * from './permissions';
export * from './portfolio';
export {
  CORE_CATALOG_KINDS,
  validateCatalogEntity,
} from './validation/catalogEntity';
export type { CatalogEntityValidation } from './validation/catalogEntity';
export { validateCatalogFile } from './validation/catalogFile';
export type {
  CatalogFileEntity,
  CatalogFileProblem,
  CatalogFileValidation,
} from './validation/catalogFile';
