/*
 * The PlatformCapability kind, version v1alpha1: its entity type, JSON
 * Schema, validator and type guard.
 */
import type { Entity } from '@backstage/catalog-model';
import schema from '../schemas/PlatformCapability.v1alpha1.schema.json';
import {
  DataMeshKindValidator,
  createDataMeshKindValidator,
} from '../validation/kindValidator';
import { CapabilityStatus, DATA_MESH_API_VERSION } from './constants';

/**
 * A platform capability entity (`kind: PlatformCapability`).
 *
 * @public
 */
export interface PlatformCapabilityEntity extends Entity {
  /** The API group and version of the kind. */
  apiVersion: 'data-mesh-portfolio.io/v1alpha1';
  /** The kind's name. */
  kind: 'PlatformCapability';
  /** The fields of the kind; see the kind's JSON Schema. */
  spec: {
    owner: string;
    status: CapabilityStatus;
    category?: string;
    /** Refs (with kind) of the components, resources or APIs providing it. */
    implementedBy?: string[];
  };
}

/**
 * The JSON Schema of the kind, as shipped at
 * `src/schemas/PlatformCapability.v1alpha1.schema.json` for editors.
 */
export const platformCapabilityEntityV1alpha1Schema: object = schema;

/**
 * The validator of `PlatformCapability` entities: the kind's JSON Schema,
 * then the references to what implements the capability.
 *
 * @public
 */
export const platformCapabilityEntityV1alpha1Validator: DataMeshKindValidator =
  createDataMeshKindValidator('PlatformCapability');

/**
 * True when the entity is a `PlatformCapability` of this project's API group.
 *
 * @public
 */
export function isPlatformCapabilityEntity(
  entity: Entity,
): entity is PlatformCapabilityEntity {
  return (
    entity.apiVersion === DATA_MESH_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'platformcapability'
  );
}
