/*
 * The DataProduct kind, version v1alpha1: its entity type, JSON Schema,
 * validator and type guard.
 */
import type { Entity } from '@backstage/catalog-model';
import schema from '../schemas/DataProduct.v1alpha1.schema.json';
import {
  DataMeshKindValidator,
  createDataMeshKindValidator,
} from '../validation/kindValidator';
import {
  ContractStandard,
  DATA_MESH_API_VERSION,
  DataClassification,
  DataProductLifecycle,
  DomainArchetype,
  OutputPortType,
} from './constants';

/**
 * Where a data product's data comes from. (Object types are `type` aliases so
 * that they fit Backstage's JSON-typed `spec`.)
 *
 * @public
 */
export type InputPort = {
  name: string;
  /** An upstream data product (entity ref, default kind DataProduct). */
  dataProduct?: string;
  /** The upstream product's output port, by name. */
  port?: string;
  /** A source outside the mesh, in words. */
  external?: string;
};

/**
 * A data contract for an output port.
 *
 * @public
 */
export type OutputPortContract = {
  /** An http(s) URL or a path relative to the entity's location. */
  ref?: string;
  standard?: ContractStandard;
};

/**
 * Service levels of an output port.
 *
 * @public
 */
export type OutputPortSla = {
  /** How fresh the data is, e.g. "1h". */
  freshness?: string;
  /** How available the port is, e.g. "99.9%". */
  availability?: string;
};

/**
 * How a data product serves its data.
 *
 * @public
 */
export type OutputPort = {
  name: string;
  type: OutputPortType;
  description?: string;
  contract?: OutputPortContract;
  containsPii?: boolean;
  classification?: DataClassification;
  sla?: OutputPortSla;
};

/**
 * A data product entity (`kind: DataProduct`).
 *
 * @public
 */
export interface DataProductEntity extends Entity {
  /** The API group and version of the kind. */
  apiVersion: 'data-mesh-portfolio.io/v1alpha1';
  /** The kind's name. */
  kind: 'DataProduct';
  /** The fields of the kind; see the kind's JSON Schema. */
  spec: {
    owner: string;
    domain: string;
    type?: DomainArchetype;
    lifecycle: DataProductLifecycle;
    description?: { purpose?: string; usage?: string; limitations?: string };
    inputPorts?: InputPort[];
    outputPorts?: OutputPort[];
    requiresCapabilities?: string[];
  };
}

/**
 * The JSON Schema of the kind, as shipped at
 * `src/schemas/DataProduct.v1alpha1.schema.json` for editors.
 */
export const dataProductEntityV1alpha1Schema: object = schema;

/**
 * The validator of `DataProduct` entities: the kind's JSON Schema, then its
 * references, unique port names and input port sources.
 *
 * @public
 */
export const dataProductEntityV1alpha1Validator: DataMeshKindValidator =
  createDataMeshKindValidator('DataProduct');

/**
 * True when the entity is a `DataProduct` of this project's API group.
 *
 * @public
 */
export function isDataProductEntity(
  entity: Entity,
): entity is DataProductEntity {
  return (
    entity.apiVersion === DATA_MESH_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'dataproduct'
  );
}
