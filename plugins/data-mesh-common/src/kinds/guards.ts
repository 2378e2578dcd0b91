import type { Entity } from '@backstage/catalog-model';
import { DATA_MESH_API_VERSION } from './constants';
import type {
  DataProductEntity,
  PlatformCapabilityEntity,
  UseCaseEntity,
} from './types';

function hasKind(entity: Entity, kind: string): boolean {
  return (
    entity.apiVersion === DATA_MESH_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US')
  );
}

/** True when the entity is a `DataProduct` of this project's API group. */
export function isDataProductEntity(
  entity: Entity,
): entity is DataProductEntity {
  return hasKind(entity, 'DataProduct');
}

/** True when the entity is a `UseCase` of this project's API group. */
export function isUseCaseEntity(entity: Entity): entity is UseCaseEntity {
  return hasKind(entity, 'UseCase');
}

/** True when the entity is a `PlatformCapability` of this project's group. */
export function isPlatformCapabilityEntity(
  entity: Entity,
): entity is PlatformCapabilityEntity {
  return hasKind(entity, 'PlatformCapability');
}
