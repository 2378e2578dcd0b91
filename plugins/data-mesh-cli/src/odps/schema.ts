import Ajv2019, { ErrorObject } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import {
  describeSchemaError,
  pathSegments,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
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

const ODPS_WORDING = {
  root: 'the document',
  unknownField: 'is not an ODPS field here',
};

function toProblem(error: ErrorObject): OdpsSchemaProblem {
  const { path, message } = describeSchemaError(error, ODPS_WORDING);
  return { segments: pathSegments(path), message };
}

/**
 * Checks a document against the pinned ODPS v1.0.0 JSON Schema and returns
 * every problem; none means valid.
 */
export function validateOdpsDocument(document: unknown): OdpsSchemaProblem[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(toProblem);
}
