/**
 * Common code of Data Mesh Portfolio: the DataProduct, UseCase and
 * PlatformCapability kinds, their JSON Schemas and validators, reference
 * helpers, relation types, phase and demand logic, and permissions.
 *
 * @packageDocumentation
 */
export * from './kinds/constants';
export type { DataMeshEntity } from './kinds/types';
export {
  dataProductEntityV1alpha1Validator,
  isDataProductEntity,
} from './kinds/DataProduct.v1alpha1';
export type {
  DataProductEntity,
  InputPort,
  OutputPort,
  OutputPortContract,
  OutputPortSla,
} from './kinds/DataProduct.v1alpha1';
export {
  isUseCaseEntity,
  useCaseEntityV1alpha1Validator,
} from './kinds/UseCase.v1alpha1';
export type { UseCaseEntity } from './kinds/UseCase.v1alpha1';
export {
  isPlatformCapabilityEntity,
  platformCapabilityEntityV1alpha1Validator,
} from './kinds/PlatformCapability.v1alpha1';
export type { PlatformCapabilityEntity } from './kinds/PlatformCapability.v1alpha1';
export type { DataMeshKindValidator } from './validation/kindValidator';
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
