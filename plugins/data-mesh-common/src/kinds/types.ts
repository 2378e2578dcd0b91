import type { Entity } from '@backstage/catalog-model';
import type {
  CapabilityStatus,
  ContractStandard,
  DataClassification,
  DataProductLifecycle,
  DomainArchetype,
  Level,
  OutputPortType,
  UseCaseStatus,
} from './constants';

/**
 * Where a data product's data comes from. (Object types are `type` aliases so
 * that they fit Backstage's JSON-typed `spec`.)
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

/** A data contract for an output port. */
export type OutputPortContract = {
  /** An http(s) URL or a path relative to the entity's location. */
  ref?: string;
  standard?: ContractStandard;
};

/** Service levels of an output port. */
export type OutputPortSla = {
  /** How fresh the data is, e.g. "1h". */
  freshness?: string;
  /** How available the port is, e.g. "99.9%". */
  availability?: string;
};

/** How a data product serves its data. */
export type OutputPort = {
  name: string;
  type: OutputPortType;
  description?: string;
  contract?: OutputPortContract;
  containsPii?: boolean;
  classification?: DataClassification;
  sla?: OutputPortSla;
};

/** A data product entity (`kind: DataProduct`). */
export interface DataProductEntity extends Entity {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1';
  kind: 'DataProduct';
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

/** A use case entity (`kind: UseCase`). */
export interface UseCaseEntity extends Entity {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1';
  kind: 'UseCase';
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

/** A platform capability entity (`kind: PlatformCapability`). */
export interface PlatformCapabilityEntity extends Entity {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1';
  kind: 'PlatformCapability';
  spec: {
    owner: string;
    status: CapabilityStatus;
    category?: string;
    /** Refs (with kind) of the components, resources or APIs providing it. */
    implementedBy?: string[];
  };
}

/** Any of the kinds this project adds. */
export type DataMeshEntity =
  | DataProductEntity
  | UseCaseEntity
  | PlatformCapabilityEntity;
