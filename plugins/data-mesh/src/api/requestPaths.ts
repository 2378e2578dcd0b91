/*
 * How the client writes requests: query strings of the values that are
 * set, and path segments of entity references, each encoded.
 */
import { parseEntityRef } from '@backstage/catalog-model';
import type { PageRequest } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { EntityRefLike } from './DataMeshApi';

export type QueryValue = string | number | undefined;

/**
 * A query string of the values that are set. Values are sent as given: the
 * backend validates every parameter against its OpenAPI document and
 * answers 400 naming the one it rejects, so the client does not repeat
 * those rules.
 */
export function queryString(params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function pageParams(page: PageRequest = {}): Record<string, QueryValue> {
  return { limit: page.limit, offset: page.offset };
}

export function dayParam(value: Date | string | undefined): string | undefined {
  return value instanceof Date ? value.toISOString() : value;
}

/** Path segments, each encoded: names may hold characters URLs reserve. */
function path(...segments: string[]): string {
  return segments.map(segment => `/${encodeURIComponent(segment)}`).join('');
}

/** `kind/namespace/name` of an entity, as the entity routes take them. */
export function entityPath(entityRef: EntityRefLike): string {
  const ref = parseEntityRef(entityRef);
  return path(ref.kind, ref.namespace, ref.name);
}

/** `namespace/name` of a capability; its kind is implied by the route. */
export function capabilityPath(capabilityRef: EntityRefLike): string {
  const ref = parseEntityRef(capabilityRef, {
    defaultKind: 'PlatformCapability',
  });
  return path(ref.namespace, ref.name);
}
