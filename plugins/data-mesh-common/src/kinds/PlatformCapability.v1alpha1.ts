/*
 * The PlatformCapability kind, version v1alpha1: its entity type, JSON
 * Schema, descriptor, validator and type guard.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS_CAPABILITY,
} from '../relations';
import schema from '../schemas/PlatformCapability.v1alpha1.schema.json';
import {
  DataMeshKindValidator,
  createDataMeshKindValidator,
} from '../validation/kindValidator';
import { ownerField } from './commonFields';
import type { DataMeshKindDescriptor } from './descriptor';
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
 * The `PlatformCapability` kind as data: its owner and what implements it
 * (components, resources or APIs, named with their kind).
 *
 * @public
 */
export const platformCapabilityKindDescriptor: DataMeshKindDescriptor = {
  kind: 'PlatformCapability',
  names: { singular: 'platformcapability', plural: 'platformcapabilities' },
  description: 'A capability of the self-serve data platform.',
  schema,
  referenceFields: [
    ownerField,
    {
      path: 'spec.implementedBy[]',
      allowedKinds: ['Component', 'Resource', 'API'],
      relation: RELATION_IMPLEMENTED_BY,
      reverseRelation: RELATION_IMPLEMENTS_CAPABILITY,
    },
  ],
  checkSpec: () => [],
  search: {
    prose: [],
    keywords: ['spec.category'],
    facets: { status: 'spec.status', category: 'spec.category' },
  },
};

/**
 * The validator of `PlatformCapability` entities: the kind's JSON Schema,
 * then the references to what implements the capability.
 *
 * @public
 */
export const platformCapabilityEntityV1alpha1Validator: DataMeshKindValidator =
  createDataMeshKindValidator(platformCapabilityKindDescriptor);

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
