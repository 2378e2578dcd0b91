import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  DATA_MESH_API_VERSION,
  DataMeshPhase,
} from '../kinds/constants';

/*
 * Builders of small hand-made organisations for tests: entities in the
 * default namespace with the fields the portfolio reads, so that every
 * expected figure can be worked out by hand from them.
 */

/** The annotations that declare a phase, and its reason when given. */
function phaseAnnotations(declared: {
  phase: DataMeshPhase;
  reason?: string;
}): Record<string, string> {
  return {
    [ANNOTATION_DATA_MESH_PHASE]: declared.phase,
    ...(declared.reason
      ? { [ANNOTATION_DATA_MESH_PHASE_REASON]: declared.reason }
      : {}),
  };
}

/**
 * A copy of a Domain or Group entity that declares a phase through the
 * annotations, replacing any it had.
 *
 * @public
 */
export function withDeclaredPhase(
  entity: Entity,
  declared: { phase: DataMeshPhase; reason?: string },
): Entity {
  const annotations = { ...entity.metadata.annotations };
  delete annotations[ANNOTATION_DATA_MESH_PHASE];
  delete annotations[ANNOTATION_DATA_MESH_PHASE_REASON];
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { ...annotations, ...phaseAnnotations(declared) },
    },
  };
}

/**
 * A Group entity, optionally below a parent group (`spec.parent`), listing
 * child groups (`spec.children`) and with a declared phase.
 *
 * @public
 */
export function group(
  name: string,
  parent?: string,
  children: string[] = [],
  declared?: { phase: DataMeshPhase; reason?: string },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      ...(declared ? { annotations: phaseAnnotations(declared) } : {}),
    },
    spec: { type: 'team', children, ...(parent ? { parent } : {}) },
  };
}

/**
 * A Domain entity, optionally a subdomain or with a declared phase.
 *
 * @public
 */
export function domain(
  name: string,
  owner: string,
  extra: {
    title?: string;
    subdomainOf?: string;
    declared?: { phase: DataMeshPhase; reason?: string };
  } = {},
): Entity {
  const annotations = extra.declared ? phaseAnnotations(extra.declared) : {};
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: {
      name,
      namespace: 'default',
      ...(extra.title ? { title: extra.title } : {}),
      annotations,
    },
    spec: {
      owner,
      type: 'source-aligned',
      ...(extra.subdomainOf ? { subdomainOf: extra.subdomainOf } : {}),
    },
  };
}

/**
 * A DataProduct entity; `upstream` become input ports.
 *
 * @public
 */
export function dataProduct(
  name: string,
  spec: {
    domain: string;
    owner: string;
    lifecycle?: string;
    upstream?: string[];
    caps?: string[];
  },
): Entity {
  return {
    apiVersion: DATA_MESH_API_VERSION,
    kind: 'DataProduct',
    metadata: { name, namespace: 'default' },
    spec: {
      owner: spec.owner,
      domain: spec.domain,
      lifecycle: spec.lifecycle ?? 'active',
      inputPorts: (spec.upstream ?? []).map((ref, i) => ({
        name: `in-${i}`,
        dataProduct: ref,
      })),
      outputPorts: [{ name: 'out', type: 'table' }],
      requiresCapabilities: spec.caps ?? [],
    },
  };
}

/**
 * A UseCase entity.
 *
 * @public
 */
export function usecase(
  name: string,
  spec: {
    status: string;
    owner?: string;
    domain?: string;
    consumes?: string[];
    caps?: string[];
    personas?: string[];
    value?: string;
    complexity?: string;
  },
): Entity {
  return {
    apiVersion: DATA_MESH_API_VERSION,
    kind: 'UseCase',
    metadata: { name, namespace: 'default' },
    spec: {
      owner: spec.owner ?? 'team-a',
      status: spec.status,
      ...(spec.domain ? { domain: spec.domain } : {}),
      personas: spec.personas ?? [],
      ...(spec.value ? { value: spec.value } : {}),
      ...(spec.complexity ? { complexity: spec.complexity } : {}),
      consumes: spec.consumes ?? [],
      requiresCapabilities: spec.caps ?? [],
    },
  };
}

/**
 * A PlatformCapability entity.
 *
 * @public
 */
export function capability(
  name: string,
  status: string,
  extra: { title?: string; category?: string } = {},
): Entity {
  return {
    apiVersion: DATA_MESH_API_VERSION,
    kind: 'PlatformCapability',
    metadata: {
      name,
      namespace: 'default',
      ...(extra.title ? { title: extra.title } : {}),
    },
    spec: {
      owner: 'platform',
      status,
      ...(extra.category ? { category: extra.category } : {}),
    },
  };
}
