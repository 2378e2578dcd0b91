import { spec } from '../schema/openapi.generated';

/*
 * The defaults of the query parameters come from the OpenAPI document
 * alone: the validator fills them into a request that leaves them out, and
 * `withDefaults` fills them again from the same document for the handler's
 * types (and for a router built without the validator, as in tests).
 */

type Doc = typeof spec;
type Parameters = Doc['components']['parameters'];

/** A route of the document, as the document writes it. */
export type DocumentPath = keyof Doc['paths'];

/** A parameter's object, following a `$ref` into `components.parameters`. */
type Resolved<X> = X extends { $ref: `#/components/parameters/${infer N}` }
  ? Parameters[N & keyof Parameters]
  : X;

/** The names of a `GET` route's parameters that have a default. */
type DefaultedNames<P extends DocumentPath> = Doc['paths'][P] extends {
  get: { parameters: readonly (infer X)[] };
}
  ? Resolved<X> extends infer R
    ? R extends { name: infer N; schema: { default: unknown } }
      ? N
      : never
    : never
  : never;

/** A query with every parameter that has a default filled in. */
export type WithDefaults<P extends DocumentPath, Q> = Q & {
  [K in DefaultedNames<P> & keyof Q]-?: NonNullable<Q[K]>;
};

type ParameterObject = {
  name?: string;
  $ref?: string;
  schema?: { readonly [keyword: string]: unknown };
};

const componentParameters: Record<string, ParameterObject> =
  spec.components.parameters;

function resolve(parameter: ParameterObject): ParameterObject {
  if (!parameter.$ref) return parameter;
  return componentParameters[
    parameter.$ref.slice('#/components/parameters/'.length)
  ];
}

/** Each route's defaulted parameters, read once from the document. */
const defaultsByPath = new Map<string, Array<[string, unknown]>>(
  Object.entries(
    spec.paths as Record<
      string,
      { get?: { parameters?: readonly ParameterObject[] } }
    >,
  ).map(([path, item]) => [
    path,
    (item.get?.parameters ?? [])
      .map(resolve)
      .filter(p => p.schema?.default !== undefined)
      .map(p => [p.name!, p.schema!.default]),
  ]),
);

/**
 * The query of a `GET` route with the defaults its parameters have in the
 * OpenAPI document filled in where the request left them out.
 */
export function withDefaults<
  P extends DocumentPath,
  Q extends { [name: string]: unknown },
>(path: P, query: Q): WithDefaults<P, Q> {
  const filled: { [name: string]: unknown } = { ...query };
  for (const [name, value] of defaultsByPath.get(path as string) ?? []) {
    if (filled[name] === undefined) filled[name] = value;
  }
  return filled as WithDefaults<P, Q>;
}

/** The page a request asks for, once its defaults are filled in. */
export function page(query: { offset: number; limit: number }) {
  return { offset: query.offset, limit: query.limit };
}
