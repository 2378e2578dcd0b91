/*
 * How the wire types are read out of the types generated from the OpenAPI
 * document (`generated/openapi.ts`): a named schema, the JSON answer of a
 * route, or the query a route takes.
 */
import type { components, paths } from './generated/openapi';

/**
 * A schema of the OpenAPI document's `components.schemas`, by name.
 *
 * @public
 */
export type ApiSchema<N extends keyof components['schemas']> =
  components['schemas'][N];

/**
 * The JSON body a route of the OpenAPI document answers with, for a method
 * and a status (`GET` and 200 unless said).
 *
 * @public
 */
export type ApiAnswer<
  P extends keyof paths,
  M extends 'get' | 'post' = 'get',
  S extends number = 200,
> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/**
 * The query parameters a `GET` route of the OpenAPI document takes.
 *
 * @public
 */
export type ApiQuery<P extends keyof paths> = NonNullable<
  paths[P]['get'] extends { parameters: { query?: infer Q } } ? Q : never
>;

/** True when two types are the same, for compile-time checks. */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : false
  : false;

/**
 * The query of a `GET` route as a server reads it once the request is
 * validated: the named parameters, which have defaults in the document,
 * always present; the others as the document has them.
 *
 * @public
 */
export type ApiQueryFilled<
  P extends keyof paths,
  Defaulted extends keyof ApiQuery<P>,
> = Omit<ApiQuery<P>, Defaulted> & {
  [K in Defaulted]-?: NonNullable<ApiQuery<P>[K]>;
};
