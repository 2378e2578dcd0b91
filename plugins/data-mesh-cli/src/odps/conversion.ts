import { stringify } from 'yaml';
import {
  DATA_MESH_API_GROUP,
  YamlDocument,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { SUPPORTED_ODPS_API_VERSIONS } from './schema';
import { isObject } from './types';

/** What converting files gave: the output, or why there is none. */
export interface ConversionResult {
  /** Multi-document YAML; empty when there are problems. */
  output: string;
  /** One `file:line: message` line each; any problem means no output. */
  problems: string[];
  /**
   * Remarks that do not stop the conversion, one `file:line: note: …` or
   * `file:line: warning: …` line each.
   */
  notes: string[];
}

const SUPPORTED = SUPPORTED_ODPS_API_VERSIONS.join(', ');

/** Values as multi-document YAML. */
export function toYaml(values: unknown[]): string {
  return values.map(value => stringify(value)).join('---\n');
}

/** Why a document is not one ODPS can import, if it is not. */
export function envelopeProblem(doc: YamlDocument): string | undefined {
  const value = doc.value as Record<string, unknown>;
  if (!isObject(value)) {
    return 'not an ODPS document: expected a mapping with apiVersion and kind: DataProduct';
  }
  const { apiVersion, kind } = value;
  if (
    typeof apiVersion === 'string' &&
    apiVersion.startsWith(`${DATA_MESH_API_GROUP}/`)
  ) {
    return `not an ODPS document but a catalog entity (apiVersion ${apiVersion}); "data-mesh odps export" makes ODPS documents from catalog entities`;
  }
  if (kind !== 'DataProduct' || apiVersion === undefined) {
    return `not an ODPS document: expected apiVersion (${SUPPORTED}) and kind: DataProduct; got ${
      apiVersion === undefined
        ? 'no apiVersion'
        : `apiVersion ${JSON.stringify(apiVersion)}`
    } and ${kind === undefined ? 'no kind' : `kind ${JSON.stringify(kind)}`}`;
  }
  if (!SUPPORTED_ODPS_API_VERSIONS.includes(apiVersion as string)) {
    return `ODPS apiVersion ${JSON.stringify(
      apiVersion,
    )} is not supported; supported: ${SUPPORTED}`;
  }
  return undefined;
}
