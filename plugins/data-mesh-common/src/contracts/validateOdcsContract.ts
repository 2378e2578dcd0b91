import Ajv2019, { ErrorObject } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import {
  ValidationProblem,
  appendField,
  pointerToPath,
} from '../validation/problems';
import {
  SchemaErrorWording,
  describeSchemaError,
} from '../validation/schemaErrors';
// The pinned copy of the standard's own schema; schema/README.md says where it
// comes from. Bundled at build time, so validation needs no network.
import odcsSchema from './schema/odcs-json-schema-v3.1.0.json';

/**
 * The `apiVersion` values the pinned ODCS v3.1.0 JSON Schema accepts, read
 * from the schema itself so that the two cannot disagree (it accepts v3.0.x
 * and older documents too, as the standard's own example check does).
 *
 * @public
 */
export const SUPPORTED_ODCS_API_VERSIONS: readonly string[] =
  odcsSchema.properties.apiVersion.enum;

// Draft 2019-09 is what the schema's `$schema` names; `allErrors` so that one
// run reports every problem of a contract.
const ajv = new Ajv2019({ allErrors: true, verbose: true });
addFormats(ajv);
const validate = ajv.compile(odcsSchema);

const ODCS_WORDING: SchemaErrorWording = {
  root: 'the contract',
  unknownField: 'is not an ODCS field here',
};

function toProblem(error: ErrorObject): ValidationProblem {
  // The schema closes its objects with `unevaluatedProperties`, which the
  // shared wording does not know; it means the same as an unknown field.
  if (error.keyword === 'unevaluatedProperties') {
    const field = appendField(
      pointerToPath(error.instancePath),
      String(error.params.unevaluatedProperty),
    );
    return { path: field, message: `${field} ${ODCS_WORDING.unknownField}` };
  }
  return describeSchemaError(error, ODCS_WORDING);
}

/**
 * Checks a parsed document against the pinned official ODCS v3.1.0 JSON
 * Schema and returns every problem, each naming its field path
 * (`schema[0].properties[2].logicalType must be one of …`); none means the
 * document is a valid data contract. Never throws, whatever the input.
 *
 * @public
 */
export function validateOdcsContract(document: unknown): ValidationProblem[] {
  if (validate(document)) return [];
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const error of validate.errors ?? []) {
    // An `if`/`then` failure is reported by the errors of its `then` branch;
    // the wrapper itself would only repeat them without a field name.
    if (error.keyword === 'if') continue;
    const problem = toProblem(error);
    if (seen.has(problem.message)) continue;
    seen.add(problem.message);
    problems.push(problem);
  }
  return problems;
}

/**
 * Whether a document says it is a data contract (`kind: DataContract`), so
 * that a reader of mixed files checks it as one rather than as a catalog
 * entity. A document with a catalog `apiVersion` (`group/version`, e.g.
 * `data-mesh-portfolio.io/v1alpha1`) is an entity with a wrong kind, not a
 * contract, and keeps the catalog's message.
 *
 * @public
 */
export function isOdcsContractDocument(document: unknown): boolean {
  if (typeof document !== 'object' || document === null) return false;
  const { kind, apiVersion } = document as Record<string, unknown>;
  return (
    kind === 'DataContract' &&
    !(typeof apiVersion === 'string' && apiVersion.includes('/'))
  );
}
