/*
 * The DataProduct kind, version v1alpha1: its entity type, JSON Schema,
 * descriptor, validator and type guard.
 */
import {
  Entity,
  RELATION_API_PROVIDED_BY,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_PROVIDES_API,
} from '@backstage/catalog-model';
import schema from '../schemas/DataProduct.v1alpha1.schema.json';
import {
  DataMeshKindValidator,
  createDataMeshKindValidator,
} from '../validation/kindValidator';
import type { ValidationProblem } from '../validation/problems';
import { checkUniqueNames } from '../validation/referenceChecks';
import { capabilitiesField, domainField, ownerField } from './commonFields';
import type {
  DataMeshKindDescriptor,
  DataMeshReferenceField,
} from './descriptor';
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
  /**
   * The `API` entity holding the contract (`spec.type: odcs`), as an entity
   * ref; default kind API. The data product provides that API.
   */
  api?: string;
  /**
   * A plain link: an http(s) URL or a path relative to the entity's
   * location. Beside `api` it is only a link; alone it is the contract.
   */
  ref?: string;
  /** The standard the linked contract follows. */
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

// An input port reads from an upstream data product or from outside the
// mesh; a port name only means something on an upstream product.
function checkInputPortSources(ports: unknown): ValidationProblem[] {
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((port, i) => {
    const path = `spec.inputPorts[${i}]`;
    if (typeof port !== 'object' || port === null) return [];
    const problems: ValidationProblem[] = [];
    if (port.dataProduct === undefined && port.external === undefined) {
      problems.push({
        path,
        message: `${path} must name its source: dataProduct (an upstream data product) or external (a source outside the mesh)`,
      });
    }
    if (port.port !== undefined && port.dataProduct === undefined) {
      problems.push({
        path: `${path}.port`,
        message: `${path}.port names an upstream output port, so ${path}.dataProduct is required with it`,
      });
    }
    return problems;
  });
}

/**
 * `spec.outputPorts[].contract.api`: the API entity holding a port's data
 * contract. The product provides it, as a Component provides its APIs.
 */
export const outputPortContractField: DataMeshReferenceField = {
  path: 'spec.outputPorts[].contract.api',
  defaultKind: 'API',
  allowedKinds: ['API'],
  relation: RELATION_PROVIDES_API,
  reverseRelation: RELATION_API_PROVIDED_BY,
};

/**
 * The `DataProduct` kind as data: its references (owner, domain, the
 * upstream products its input ports read, giving lineage, the capabilities
 * it requires and its output ports' contract APIs), unique port names and
 * input port sources.
 *
 * @public
 */
export const dataProductKindDescriptor: DataMeshKindDescriptor = {
  kind: 'DataProduct',
  names: { singular: 'dataproduct', plural: 'dataproducts' },
  description: 'Data served through output ports, owned by a team in a domain.',
  schema,
  referenceFields: [
    ownerField,
    domainField,
    {
      path: 'spec.inputPorts[].dataProduct',
      defaultKind: 'DataProduct',
      allowedKinds: ['DataProduct'],
      relation: RELATION_DEPENDS_ON,
      reverseRelation: RELATION_DEPENDENCY_OF,
      portField: 'port',
    },
    capabilitiesField,
    outputPortContractField,
  ],
  checkSpec: spec => [
    ...checkUniqueNames('spec.outputPorts', spec.outputPorts, 'output ports'),
    ...checkUniqueNames('spec.inputPorts', spec.inputPorts, 'input ports'),
    ...checkInputPortSources(spec.inputPorts),
  ],
  search: {
    prose: [
      'spec.description.purpose',
      'spec.description.usage',
      'spec.description.limitations',
    ],
    keywords: ['spec.outputPorts[].name', 'spec.inputPorts[].name'],
    facets: { type: 'spec.type', lifecycle: 'spec.lifecycle' },
  },
};

/**
 * The validator of `DataProduct` entities: the kind's JSON Schema, then its
 * references, unique port names and input port sources.
 *
 * @public
 */
export const dataProductEntityV1alpha1Validator: DataMeshKindValidator =
  createDataMeshKindValidator(dataProductKindDescriptor);

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
