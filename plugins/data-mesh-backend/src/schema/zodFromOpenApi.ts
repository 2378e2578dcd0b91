import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import { spec } from './openapi.generated';

/*
 * Zod (v3) schemas from the OpenAPI document's JSON Schemas, for the
 * actions registry, which takes zod and validates an action's output with
 * it. Only the part of JSON Schema the document uses is read; anything
 * else throws, naming where it stands, so a new construct in the document
 * cannot be silently dropped from an action's answer.
 */

/** The zod the registry hands to an action's schema functions. */
export type Z = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** Any zod schema. */
export type ZodSchema = InstanceType<Z['ZodType']>;

/** A JSON Schema of the document, as far as this converter reads it. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly allOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly description?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly [keyword: string]: unknown;
}

/** Keywords that only document or constrain text; zod leaves them out. */
const IGNORED = new Set([
  'format',
  'minLength',
  'maxLength',
  'pattern',
  'default',
]);

const READ = new Set([
  '$ref',
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'allOf',
  'oneOf',
  'description',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
]);

const SCHEMAS: { readonly [name: string]: JsonSchema } =
  spec.components.schemas;

/** The schema a `$ref` into `components.schemas` names. */
export function resolve(ref: string, at: string): JsonSchema {
  const prefix = '#/components/schemas/';
  const target = ref.startsWith(prefix)
    ? SCHEMAS[ref.slice(prefix.length)]
    : undefined;
  if (!target) throw new Error(`Unknown $ref ${ref} at ${at}`);
  return target;
}

/**
 * One object schema from the parts of an `allOf` (each an object, or a
 * `$ref` or `allOf` that comes to one): their properties and their
 * required names together.
 */
function mergeAllOf(schema: JsonSchema, at: string): JsonSchema {
  const properties: { [name: string]: JsonSchema } = {};
  const required: string[] = [];
  const add = (part: JsonSchema, where: string) => {
    if (part.$ref) return add(resolve(part.$ref, where), part.$ref);
    if (part.allOf) {
      part.allOf.forEach((inner, i) => add(inner, `${where}/allOf/${i}`));
    }
    if (part.type !== undefined && part.type !== 'object') {
      throw new Error(`allOf of a non-object schema at ${where}`);
    }
    Object.assign(properties, part.properties ?? {});
    required.push(...(part.required ?? []));
    return undefined;
  };
  add({ ...schema, description: undefined }, at);
  return {
    type: 'object',
    properties,
    required,
    description: schema.description,
  };
}

/**
 * The zod schema of a JSON Schema of the document. `at` names where the
 * schema stands, for the error about a keyword this converter does not read.
 */
export function zodFromJsonSchema(
  z: Z,
  schema: JsonSchema,
  at = '#',
): ZodSchema {
  for (const keyword of Object.keys(schema)) {
    if (!READ.has(keyword) && !IGNORED.has(keyword)) {
      throw new Error(`JSON Schema keyword "${keyword}" at ${at} is not read`);
    }
  }
  const converted = convert(z, schema, at);
  return schema.description
    ? converted.describe(schema.description)
    : converted;
}

function convert(z: Z, schema: JsonSchema, at: string): ZodSchema {
  if (schema.$ref) {
    return zodFromJsonSchema(z, resolve(schema.$ref, at), schema.$ref);
  }
  if (schema.allOf) {
    return zodFromJsonSchema(z, mergeAllOf(schema, at), at);
  }
  if (schema.oneOf) {
    const nullable = schema.oneOf.some(s => s.type === 'null');
    const options = schema.oneOf
      .filter(s => s.type !== 'null')
      .map((s, i) => zodFromJsonSchema(z, s, `${at}/oneOf/${i}`));
    const base =
      options.length === 1
        ? options[0]
        : z.union(options as [ZodSchema, ZodSchema, ...ZodSchema[]]);
    return nullable ? base.nullable() : base;
  }
  const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (!types) throw new Error(`Schema without a type at ${at}`);
  const nullable =
    types.includes('null') || (schema.enum?.includes(null) ?? false);
  const nonNull = types.filter(t => t !== 'null');
  if (nonNull.length !== 1) {
    throw new Error(`Schema of types ${types.join(', ')} at ${at}`);
  }
  const base = single(z, nonNull[0], schema, at);
  return nullable ? base.nullable() : base;
}

function single(z: Z, type: string, schema: JsonSchema, at: string): ZodSchema {
  if (schema.enum) {
    const values = schema.enum.filter(v => v !== null);
    if (type !== 'string' || !values.every(v => typeof v === 'string')) {
      throw new Error(`An enum of other than text at ${at}`);
    }
    return z.enum(values as [string, ...string[]]);
  }
  switch (type) {
    case 'string':
      return z.string();
    case 'boolean':
      return z.boolean();
    case 'number':
    case 'integer': {
      let number = z.number();
      if (type === 'integer') number = number.int();
      if (schema.minimum !== undefined) number = number.min(schema.minimum);
      if (schema.maximum !== undefined) number = number.max(schema.maximum);
      return number;
    }
    case 'array': {
      if (!schema.items) throw new Error(`An array without items at ${at}`);
      let array = z.array(zodFromJsonSchema(z, schema.items, `${at}/items`));
      if (schema.minItems !== undefined) array = array.min(schema.minItems);
      if (schema.maxItems !== undefined) array = array.max(schema.maxItems);
      return array;
    }
    case 'object':
      return object(z, schema, at);
    default:
      throw new Error(`Type "${type}" at ${at} is not read`);
  }
}

function object(z: Z, schema: JsonSchema, at: string): ZodSchema {
  const required = new Set(schema.required ?? []);
  const shape: { [name: string]: ZodSchema } = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const field = zodFromJsonSchema(z, property, `${at}/properties/${name}`);
    shape[name] = required.has(name) ? field : field.optional();
  }
  const base = z.object(shape);
  // Like the registry, an object keeps only the fields its schema names,
  // unless the schema allows others.
  const extra = schema.additionalProperties;
  if (extra === true) return base.passthrough();
  if (extra && typeof extra === 'object') {
    return base.catchall(
      zodFromJsonSchema(z, extra, `${at}/additionalProperties`),
    );
  }
  return base;
}

/** The JSON answer's schema of a `GET` route of the document, with status 200. */
export function answerSchema(path: keyof typeof spec.paths): JsonSchema {
  const item = spec.paths[path] as {
    readonly get?: {
      readonly responses: {
        readonly [status: string]: {
          readonly $ref?: string;
          readonly content?: {
            readonly 'application/json': { readonly schema: JsonSchema };
          };
        };
      };
    };
  };
  let response = item.get?.responses['200'];
  if (response?.$ref) {
    const name = response.$ref.replace('#/components/responses/', '');
    response = (
      spec.components.responses as {
        readonly [name: string]: typeof response;
      }
    )[name];
  }
  const schema = response?.content?.['application/json'].schema;
  if (!schema) throw new Error(`GET ${path} has no JSON answer with 200`);
  return schema;
}

/** A zod object schema, as the registry takes an action's output. */
export type ZodObjectSchema = ReturnType<Z['object']>;

/** The zod schema of a `GET` route's answer (an object), as an action's output. */
export const answerOf =
  (path: keyof typeof spec.paths) =>
  (z: Z): ZodObjectSchema => {
    const schema = zodFromJsonSchema(z, answerSchema(path), `GET ${path}`);
    if (!(schema instanceof z.ZodObject)) {
      throw new Error(`GET ${path} does not answer with an object`);
    }
    return schema;
  };
