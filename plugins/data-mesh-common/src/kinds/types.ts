import type { DataProductEntity } from './DataProduct.v1alpha1';
import type { PlatformCapabilityEntity } from './PlatformCapability.v1alpha1';
import type { UseCaseEntity } from './UseCase.v1alpha1';

/**
 * Any of the kinds this project adds. Each kind's type, schema, descriptor,
 * validator and guard are in its own module next to this one.
 *
 * @public
 */
export type DataMeshEntity =
  | DataProductEntity
  | UseCaseEntity
  | PlatformCapabilityEntity;
