import { Entity } from '@backstage/catalog-model';

/*
 * Small hand-built organisations for the portfolio tests. Every expected
 * figure in the tests is computed by hand from these entities.
 */

const V = 'data-mesh-portfolio.io/v1alpha1';

/** A Group entity. */
export function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
  };
}

/** A Domain entity. */
export function domain(
  name: string,
  owner: string,
  extra: { subdomainOf?: string; annotations?: Record<string, string> } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name, annotations: extra.annotations },
    spec: {
      owner,
      type: 'source-aligned',
      ...(extra.subdomainOf ? { subdomainOf: extra.subdomainOf } : {}),
    },
  };
}

/** A DataProduct entity. */
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
    apiVersion: V,
    kind: 'DataProduct',
    metadata: { name },
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
export function useCase(
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
    apiVersion: V,
    kind: 'UseCase',
    metadata: { name },
    spec: {
      owner: 'team-a',
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
  title?: string,
): Entity {
  return {
    apiVersion: V,
    kind: 'PlatformCapability',
    metadata: { name, ...(title ? { title } : {}) },
    spec: { owner: 'platform', status, category: 'processing' },
  };
}
