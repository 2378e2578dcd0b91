import Ajv2019, { ErrorObject, ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import {
  describeSchemaError,
  pathSegments,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
// The pinned copies of the standard's own schemas; schemas/README.md says
// where they come from. They are bundled at build time, so the published
// command needs no network and no file lookup.
import odpsSchemaV090 from '../../schemas/odps-json-schema-v0.9.0.json';
import odpsSchemaV100 from '../../schemas/odps-json-schema-v1.0.0.json';

/**
 * The `apiVersion` values supported: those the pinned ODPS v1.0.0 JSON
 * Schema accepts (`v0.9.0` and `v1.0.0`), read from the schema itself so that
 * the two cannot disagree.
 */
export const SUPPORTED_ODPS_API_VERSIONS: readonly string[] =
  odpsSchemaV100.properties.apiVersion.enum;

/** The `apiVersion` written on documents made from the catalog. */
export const ODPS_API_VERSION = 'v1.0.0';

/** One way a document breaks the ODPS JSON Schema. */
export interface OdpsSchemaProblem {
  /** Where, as segments: `['inputPorts', 0, 'contractId']`. */
  segments: Array<string | number>;
  /** A sentence naming the field and what was expected. */
  message: string;
}

/** What checking a document against the schema of its `apiVersion` found. */
export interface OdpsSchemaCheck {
  /** The schema the document was checked against, by its version. */
  schema: 'v0.9.0' | 'v1.0.0';
  /** Everything that breaks the schema, other than fields it does not define. */
  errors: OdpsSchemaProblem[];
  /**
   * Fields the schema does not define (it allows no others); the document
   * is valid but for these when `errors` is empty.
   */
  unknownFields: OdpsSchemaProblem[];
}

// Draft 2019-09 is what both schemas' `$schema` names; `allErrors` so that
// one run reports every problem of a document.
const ajv = new Ajv2019({ allErrors: true, verbose: true });
addFormats(ajv);
const validators: Record<OdpsSchemaCheck['schema'], ValidateFunction> = {
  'v0.9.0': ajv.compile(odpsSchemaV090),
  'v1.0.0': ajv.compile(odpsSchemaV100),
};

const ODPS_WORDING = {
  root: 'the document',
  unknownField: 'is not an ODPS field here',
};

function toProblem(error: ErrorObject): OdpsSchemaProblem {
  const { path, message } = describeSchemaError(error, ODPS_WORDING);
  return { segments: pathSegments(path), message };
}

function checkWith(
  schema: OdpsSchemaCheck['schema'],
  document: unknown,
): OdpsSchemaCheck {
  const validate = validators[schema];
  const found = validate(document) ? [] : validate.errors ?? [];
  // Neither schema uses oneOf, anyOf or conditionals, so removing the
  // fields these errors name leaves a document free of the other errors.
  const unknown = found.filter(e => e.keyword === 'additionalProperties');
  return {
    schema,
    errors: found.filter(e => !unknown.includes(e)).map(toProblem),
    unknownFields: unknown.map(toProblem),
  };
}

const weight = (check: OdpsSchemaCheck) =>
  check.errors.length * 1e6 + check.unknownFields.length;

/**
 * Checks a document against the pinned schema of its own `apiVersion`.
 *
 * A `v0.9.0` document is checked against the v0.9.0 schema (where `team` is
 * a list of members) and against the v1.0.0 schema, which accepts
 * `apiVersion: v0.9.0` too: the standard's own current examples are v0.9.0
 * documents in the v1.0.0 shape. The schema the document fits better is
 * the answer (fewest errors, then fewest unknown fields; v0.9.0 on a tie).
 * Any other `apiVersion` is checked against the v1.0.0 schema.
 */
export function checkOdpsDocument(document: unknown): OdpsSchemaCheck {
  const ownVersion =
    typeof document === 'object' && document !== null
      ? (document as Record<string, unknown>).apiVersion
      : undefined;
  const latest = checkWith('v1.0.0', document);
  if (ownVersion !== 'v0.9.0') return latest;
  const older = checkWith('v0.9.0', document);
  return weight(latest) < weight(older) ? latest : older;
}

/**
 * Checks a document against the pinned ODPS JSON Schema of its
 * `apiVersion` ({@link checkOdpsDocument}) and returns every problem, fields
 * the standard does not define included; none means valid.
 */
export function validateOdpsDocument(document: unknown): OdpsSchemaProblem[] {
  const { errors, unknownFields } = checkOdpsDocument(document);
  return [...errors, ...unknownFields];
}
