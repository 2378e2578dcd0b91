/*
 * The UseCase kind, version v1alpha1: its entity type, JSON Schema,
 * descriptor, validator and type guard.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  RELATION_CONSUMES_DATA_PRODUCT,
  RELATION_DATA_PRODUCT_CONSUMED_BY,
} from '../relations';
import schema from '../schemas/UseCase.v1alpha1.schema.json';
import {
  DataMeshKindValidator,
  createDataMeshKindValidator,
} from '../validation/kindValidator';
import { capabilitiesField, domainField, ownerField } from './commonFields';
import type { DataMeshKindDescriptor } from './descriptor';
import { DATA_MESH_API_VERSION, Level, UseCaseStatus } from './constants';

/**
 * A use case entity (`kind: UseCase`).
 *
 * @public
 */
export interface UseCaseEntity extends Entity {
  /** The API group and version of the kind. */
  apiVersion: 'data-mesh-portfolio.io/v1alpha1';
  /** The kind's name. */
  kind: 'UseCase';
  /** The fields of the kind; see the kind's JSON Schema. */
  spec: {
    owner: string;
    domain?: string;
    status: UseCaseStatus;
    personas?: string[];
    value?: Level;
    complexity?: Level;
    /** Data product refs, optionally `ref#port`. */
    consumes?: string[];
    requiresCapabilities?: string[];
  };
}

/**
 * The JSON Schema of the kind, as shipped at
 * `src/schemas/UseCase.v1alpha1.schema.json` for editors.
 */
export const useCaseEntityV1alpha1Schema: object = schema;

/**
 * The `UseCase` kind as data: its references (owner, an optional domain,
 * the data products it consumes, as `ref` or `ref#port`, and the
 * capabilities it requires).
 *
 * @public
 */
export const useCaseKindDescriptor: DataMeshKindDescriptor = {
  kind: 'UseCase',
  names: { singular: 'usecase', plural: 'usecases' },
  description:
    'A piece of work that consumes data products and needs platform capabilities.',
  schema,
  referenceFields: [
    ownerField,
    domainField,
    {
      path: 'spec.consumes[]',
      defaultKind: 'DataProduct',
      allowedKinds: ['DataProduct'],
      relation: RELATION_CONSUMES_DATA_PRODUCT,
      reverseRelation: RELATION_DATA_PRODUCT_CONSUMED_BY,
      portSuffix: true,
    },
    capabilitiesField,
  ],
  checkSpec: () => [],
  search: {
    prose: [],
    keywords: ['spec.personas[]'],
    facets: { status: 'spec.status' },
  },
};

/**
 * The validator of `UseCase` entities: the kind's JSON Schema, then its
 * references, among them the data products it consumes (`ref` or
 * `ref#port`).
 *
 * @public
 */
export const useCaseEntityV1alpha1Validator: DataMeshKindValidator =
  createDataMeshKindValidator(useCaseKindDescriptor);

/**
 * True when the entity is a `UseCase` of this project's API group.
 *
 * @public
 */
export function isUseCaseEntity(entity: Entity): entity is UseCaseEntity {
  return (
    entity.apiVersion === DATA_MESH_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'usecase'
  );
}
