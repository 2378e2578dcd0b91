/*
 * The UseCase kind, version v1alpha1: its entity type, JSON Schema,
 * validator and type guard.
 */
import type { Entity } from '@backstage/catalog-model';
import schema from '../schemas/UseCase.v1alpha1.schema.json';
import {
  DataMeshKindValidator,
  createDataMeshKindValidator,
} from '../validation/kindValidator';
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
 * The validator of `UseCase` entities: the kind's JSON Schema, then its
 * references, among them the data products it consumes (`ref` or
 * `ref#port`).
 *
 * @public
 */
export const useCaseEntityV1alpha1Validator: DataMeshKindValidator =
  createDataMeshKindValidator('UseCase');

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
