import type { ErrorObject } from 'ajv';
import {
  ValidationProblem,
  appendField,
  describeValue,
  pointerToPath,
} from './problems';

/**
 * How {@link describeSchemaError} words what depends on the schema at hand.
 *
 * @public
 */
export interface SchemaErrorWording {
  /** The subject when the error is about the root, e.g. `the entity`. */
  root: string;
  /** What follows an unexpected field's path, e.g. `is not a known field`. */
  unknownField: string;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

const FORMAT_NAMES: Record<string, string> = {
  'date-time': 'a date and time (ISO 8601, e.g. 2026-01-31T09:00:00Z)',
  date: 'a date (YYYY-MM-DD)',
  uri: 'a URL',
};

/**
 * Turns one JSON Schema validation error (Ajv's, compiled with `verbose`)
 * into a problem whose message names the field path and what was expected.
 * The catalog kinds' validation and the command line's ODPS checks share it,
 * so a schema problem reads the same wherever it is found.
 *
 * @public
 */
export function describeSchemaError(
  error: ErrorObject,
  wording: SchemaErrorWording = {
    root: 'the entity',
    unknownField: 'is not a known field',
  },
): ValidationProblem {
  const path = pointerToPath(error.instancePath);
  const at = path || wording.root;
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'required': {
      const missing = appendField(path, error.params.missingProperty);
      return { path: missing, message: `${missing} is required` };
    }
    case 'additionalProperties': {
      const field = appendField(path, error.params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      return {
        path: field,
        message: `${field} ${
          wording.unknownField
        }; expected one of ${known.join(', ')}`,
      };
    }
    case 'enum':
      return {
        path,
        message: `${at} must be one of ${(
          error.params.allowedValues as unknown[]
        ).join(', ')}; got ${got}`,
      };
    case 'type': {
      // YAML reads `version: 1.0` as a number; the fix is to quote it.
      const hint =
        error.params.type === 'string' && typeof error.data === 'number'
          ? ' (quote it)'
          : '';
      const expected =
        TYPE_NAMES[String(error.params.type)] ?? error.params.type;
      return { path, message: `${at} must be ${expected}; got ${got}${hint}` };
    }
    case 'format':
      return {
        path,
        message: `${at} must be ${
          FORMAT_NAMES[error.params.format] ?? error.params.format
        }; got ${got}`,
      };
    case 'pattern': {
      const expected =
        (error.parentSchema as Record<string, unknown>)?.['x-expected'] ??
        `text matching ${error.params.pattern}`;
      return { path, message: `${at} must be ${expected}; got ${got}` };
    }
    case 'minLength':
      return { path, message: `${at} must not be empty` };
    default:
      return { path, message: `${at} ${error.message}` };
  }
}
