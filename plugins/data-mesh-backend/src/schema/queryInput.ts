import { spec } from './openapi.generated';
import {
  JsonSchema,
  Z,
  ZodSchema,
  resolve,
  zodFromJsonSchema,
} from './zodFromOpenApi';

/*
 * An action that answers as a route takes the route's filters as the
 * OpenAPI document states them (type, values, bounds, description), so a
 * query parameter added to the route reaches the action with nothing else
 * to edit. Paging stays the actions' own: their page is smaller by default.
 */

/** A query parameter of the document, inline or under `components.parameters`. */
interface QueryParameter {
  readonly name: string;
  readonly in: string;
  readonly description?: string;
  readonly schema: JsonSchema;
}

type ParameterOrRef = QueryParameter | { readonly $ref: string };

const PARAMETERS: { readonly [name: string]: QueryParameter } =
  spec.components.parameters;

function parameter(item: ParameterOrRef, at: string): QueryParameter {
  if (!('$ref' in item)) return item;
  const prefix = '#/components/parameters/';
  const found = item.$ref.startsWith(prefix)
    ? PARAMETERS[item.$ref.slice(prefix.length)]
    : undefined;
  if (!found) throw new Error(`Unknown parameter ${item.$ref} at ${at}`);
  return found;
}

/** The query parameters of a `GET` route of the document. */
export function queryParameters(
  path: keyof typeof spec.paths,
): QueryParameter[] {
  const item = spec.paths[path] as {
    readonly get?: { readonly parameters?: readonly ParameterOrRef[] };
  };
  return (item.get?.parameters ?? [])
    .map(p => parameter(p, `GET ${path}`))
    .filter(p => p.in === 'query');
}

/** A parameter's value as zod, with the text bounds an input must keep too. */
function parameterSchema(z: Z, p: QueryParameter, at: string): ZodSchema {
  const converted = zodFromJsonSchema(z, p.schema, at);
  const text = p.schema.$ref ? resolve(p.schema.$ref, at) : p.schema;
  let bounded: ZodSchema = converted;
  if (converted instanceof z.ZodString) {
    let string = converted;
    if (typeof text.minLength === 'number') string = string.min(text.minLength);
    if (typeof text.maxLength === 'number') string = string.max(text.maxLength);
    bounded = string;
  }
  const description = p.description ?? text.description;
  return description ? bounded.describe(description) : bounded;
}

/**
 * The zod fields of a `GET` route's query parameters, each optional, as
 * part of an action's input; `omit` names those the action fills itself
 * (its page, or a view it always answers).
 */
export const queryInputOf =
  (path: keyof typeof spec.paths, omit: readonly string[]) =>
  (z: Z): Record<string, ZodSchema> =>
    Object.fromEntries(
      queryParameters(path)
        .filter(p => !omit.includes(p.name))
        .map(p => [
          p.name,
          parameterSchema(z, p, `GET ${path} ${p.name}`).optional(),
        ]),
    );
