import Ajv2019, { ErrorObject } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
// The pinned copy of the standard's own schema; schemas/README.md says where
// it comes from. It is bundled at build time, so the published command needs
// no network and no file lookup.
import odpsSchema from '../../schemas/odps-json-schema-v1.0.0.json';

/**
 * The `apiVersion` values the pinned ODPS v1.0.0 JSON Schema accepts, read
 * from the schema itself so that the two cannot disagree. (The v1.0.0 schema
 * also accepts `v0.9.0`, which the standard's own examples still carry.)
 */
export const SUPPORTED_ODPS_API_VERSIONS: readonly string[] =
  odpsSchema.properties.apiVersion.enum;

/** The `apiVersion` written on documents made from the catalog. */
export const ODPS_API_VERSION = 'v1.0.0';

/** One way a document breaks the ODPS JSON Schema. */
export interface OdpsSchemaProblem {
  /** Where, as segments: `['inputPorts', 0, 'contractId']`. */
  segments: Array<string | number>;
  /** A sentence naming the field and what was expected. */
  message: string;
}

// Draft 2019-09 is what the schema's `$schema` names; `allErrors` so that
// one run reports every problem of a document.
const ajv = new Ajv2019({ allErrors: true, verbose: true });
addFormats(ajv);
const validate = ajv.compile(odpsSchema);

/** `inputPorts[0].contractId`, or `the document` for the root. */
export function formatPath(segments: Array<string | number>): string {
  const text = segments
    .map(s => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
  return text || 'the document';
}

function segmentsOf(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
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

function toProblem(error: ErrorObject): OdpsSchemaProblem {
  const at = segmentsOf(error.instancePath);
  const field = formatPath(at);
  switch (error.keyword) {
    case 'required': {
      const segments = [...at, error.params.missingProperty as string];
      return { segments, message: `${formatPath(segments)} is required` };
    }
    case 'additionalProperties': {
      const segments = [...at, error.params.additionalProperty as string];
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      return {
        segments,
        message: `${formatPath(
          segments,
        )} is not an ODPS field here; expected one of ${allowed.join(', ')}`,
      };
    }
    case 'type': {
      // YAML reads `version: 1.0` as a number; the fix is to quote it.
      const hint =
        error.params.type === 'string' && typeof error.data === 'number'
          ? ' (quote it)'
          : '';
      return {
        segments: at,
        message: `${field} must be ${
          TYPE_NAMES[error.params.type] ?? error.params.type
        }; got ${describeValue(error.data)}${hint}`,
      };
    }
    case 'format':
      return {
        segments: at,
        message: `${field} must be ${
          FORMAT_NAMES[error.params.format] ?? error.params.format
        }; got ${JSON.stringify(error.data)}`,
      };
    case 'enum':
      return {
        segments: at,
        message: `${field} must be one of ${(
          error.params.allowedValues as unknown[]
        ).join(', ')}; got ${JSON.stringify(error.data)}`,
      };
    default:
      return { segments: at, message: `${field} ${error.message}` };
  }
}

/**
 * Checks a document against the pinned ODPS v1.0.0 JSON Schema and returns
 * every problem; none means valid.
 */
export function validateOdpsDocument(document: unknown): OdpsSchemaProblem[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(toProblem);
}
