/*
 * Builders of catalog entities for the test organisations, in the default
 * namespace, with only the fields the portfolio reads.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  DATA_MESH_API_VERSION,
  DataMeshPhase,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** A Group entity. */
export function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  };
}

/** A Domain entity, optionally a subdomain or with a declared phase. */
export function domain(
  name: string,
  owner: string,
  extra: {
    title?: string;
    subdomainOf?: string;
    declared?: { phase: DataMeshPhase; reason?: string };
  } = {},
): Entity {
  const annotations: Record<string, string> = {};
  if (extra.declared) {
    annotations[ANNOTATION_DATA_MESH_PHASE] = extra.declared.phase;
    if (extra.declared.reason) {
      annotations[ANNOTATION_DATA_MESH_PHASE_REASON] = extra.declared.reason;
    }
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name, namespace: 'default', title: extra.title, annotations },
    spec: {
      owner,
      type: 'source-aligned',
      ...(extra.subdomainOf ? { subdomainOf: extra.subdomainOf } : {}),
    },
  };
}

/** A DataProduct entity; `upstream` become input ports. */
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

/** A UseCase entity. */
export function usecase(
  name: string,
  spec: {
    status: string;
    domain?: string;
    consumes?: string[];
    caps?: string[];
    personas?: string[];
    value?: string;
  },
): Entity {
  return {
    apiVersion: DATA_MESH_API_VERSION,
    kind: 'UseCase',
    metadata: { name, namespace: 'default' },
    spec: {
      owner: 'group:default/checkout-team',
      status: spec.status,
      ...(spec.domain ? { domain: spec.domain } : {}),
      personas: spec.personas ?? [],
      ...(spec.value ? { value: spec.value } : {}),
      consumes: spec.consumes ?? [],
      requiresCapabilities: spec.caps ?? [],
    },
  };
}

/** A PlatformCapability entity. */
export function capability(
  name: string,
  status: string,
  extra: { title?: string; category?: string } = {},
): Entity {
  return {
    apiVersion: DATA_MESH_API_VERSION,
    kind: 'PlatformCapability',
    metadata: { name, namespace: 'default', title: extra.title },
    spec: { owner: 'data-platform', status, category: extra.category },
  };
}

/** The entities without the named ones (any kind), for earlier states. */
export function without(entities: Entity[], names: string[]): Entity[] {
  return entities.filter(entity => !names.includes(entity.metadata.name));
}

/** The entity of that name among `entities`; fails the test if none. */
export function entityNamed(entities: Entity[], name: string): Entity {
  const entity = entities.find(e => e.metadata.name === name);
  if (!entity) throw new Error(`No entity named ${name}`);
  return entity;
}
