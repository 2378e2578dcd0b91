/*
 * How the client writes a request: a route of the OpenAPI document, its
 * path parameters each encoded, and a query string of the values that are
 * set. The routes, their parameters and their answers are the generated
 * types' (`DataMeshApiPaths`), so no path or shape is written here twice.
 */
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  ApiAnswer,
  ApiQuery,
  DataMeshApiPaths,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { EntityRefLike } from './DataMeshApi';

type Paths = DataMeshApiPaths;

/** A route of the document that answers `GET`. */
export type GetRoute = {
  [P in keyof Paths]: Paths[P]['get'] extends never ? never : P;
}[keyof Paths];

/** The path parameters of a route, by name; each is a path segment. */
export type PathParams<P extends keyof Paths> = Paths[P] extends {
  parameters: { path: infer Params };
}
  ? { [K in keyof Params]: string }
  : Paths[P] extends { get: { parameters: { path: infer Params } } }
  ? { [K in keyof Params]: string }
  : never;

/** What a `GET` of a route sends: its path parameters and its query. */
export type RouteRequest<P extends GetRoute> = ([PathParams<P>] extends [never]
  ? { path?: undefined }
  : { path: PathParams<P> }) & { query?: ApiQuery<P> };

/** The answer of a `GET` of a route. */
export type RouteAnswer<P extends GetRoute> = ApiAnswer<P>;

/**
 * The path and query string of a request to a route. Query values are sent
 * as given: the backend validates every parameter against the document and
 * answers 400 naming the one it rejects, so the client does not repeat
 * those rules.
 */
export function routeUrl<P extends GetRoute>(
  route: P,
  request: RouteRequest<P>,
): string {
  const params: Partial<Record<string, string>> = request.path ?? {};
  const path = route.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`The path parameter "${name}" of ${route} is missing`);
    }
    // Names may hold characters URLs reserve.
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A day for the history's bounds: a Date as its ISO timestamp. */
export function dayParam(value: Date | string | undefined): string | undefined {
  return value instanceof Date ? value.toISOString() : value;
}

/** The `kind`, `namespace` and `name` path parameters of an entity. */
export function entityParams(entityRef: EntityRefLike) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return { kind, namespace, name };
}

/** The `namespace` and `name` of a capability; the route implies its kind. */
export function capabilityParams(capabilityRef: EntityRefLike) {
  const { namespace, name } = parseEntityRef(capabilityRef, {
    defaultKind: 'PlatformCapability',
  });
  return { namespace, name };
}

/** The `namespace` and `name` of a contract's API; the route implies its kind. */
export function apiParams(apiRef: EntityRefLike) {
  const { namespace, name } = parseEntityRef(apiRef, { defaultKind: 'API' });
  return { namespace, name };
}
