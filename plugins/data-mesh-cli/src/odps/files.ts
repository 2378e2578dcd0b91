import { stringify } from 'yaml';
import {
  DATA_MESH_API_GROUP,
  DataProductEntity,
  YamlDocument,
  pathSegments,
  readYamlDocuments,
  validateDataMeshEntity,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { exportOdpsDocument } from './exportEntity';
import { ImportOptions, importOdpsDocument } from './importDocument';
import { SUPPORTED_ODPS_API_VERSIONS, validateOdpsDocument } from './schema';
import { isObject } from './types';

/** What converting one file gave: the output, or why there is none. */
export interface ConversionResult {
  /** Multi-document YAML; empty when there are problems. */
  output: string;
  /** One `file:line: message` line each; any problem means no output. */
  problems: string[];
  /** Remarks that do not stop the conversion, one sentence each. */
  notes: string[];
}

const SUPPORTED = SUPPORTED_ODPS_API_VERSIONS.join(', ');

function toYaml(values: unknown[]): string {
  return values.map(value => stringify(value)).join('---\n');
}

/** Why a document is not one ODPS can import, if it is not. */
function envelopeProblem(doc: YamlDocument): string | undefined {
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

/**
 * Imports every ODPS document of a file as a `DataProduct` entity: checks
 * each against the pinned ODPS v1.0.0 schema, maps it, and checks the
 * result with the catalog's own validator. All or nothing: one problem
 * anywhere means no output.
 */
export function importOdpsText(
  text: string,
  file: string,
  options: ImportOptions = {},
): ConversionResult {
  const { documents, syntaxErrors } = readYamlDocuments(text);
  const problems = syntaxErrors.map(
    e => `${file}:${e.line}: YAML syntax error: ${e.message}`,
  );
  const notes: string[] = [];
  const entities: DataProductEntity[] = [];
  if (!documents.length && !problems.length) {
    problems.push(`${file}: holds no YAML document; expected an ODPS document`);
  }
  for (const doc of documents) {
    const envelope = envelopeProblem(doc);
    if (envelope) {
      problems.push(`${file}:${doc.line}: ${envelope}`);
      continue;
    }
    const schemaProblems = validateOdpsDocument(doc.value);
    for (const problem of schemaProblems) {
      problems.push(
        `${file}:${doc.lineOf(problem.segments)}: ${problem.message}`,
      );
    }
    if (schemaProblems.length) continue;

    const result = importOdpsDocument(doc.value as object, options);
    if (!result.ok) {
      for (const { option, reason } of result.missing) {
        const segments = option === 'domain' ? ['domain'] : ['team', 'name'];
        problems.push(
          `${file}:${doc.lineOf(
            segments,
          )}: ${reason}, and spec.${option} needs one; give it with --${option} <${option}>`,
        );
      }
      continue;
    }
    notes.push(...result.notes.map(n => `${file}:${doc.line}: note: ${n}`));
    // Values given on the command line may still be invalid references.
    for (const problem of validateDataMeshEntity(result.entity)) {
      problems.push(
        `${file}:${doc.line}: the DataProduct made from it would be invalid: ${problem.message}`,
      );
    }
    entities.push(result.entity);
  }
  return { output: problems.length ? '' : toYaml(entities), problems, notes };
}

function refOf(entity: Record<string, any>): string {
  const namespace = entity.metadata?.namespace ?? 'default';
  return `DataProduct:${namespace}/${entity.metadata?.name ?? '<no name>'}`;
}

/**
 * Exports the ODPS v1.0.0 document of every `DataProduct` in a catalog file;
 * other kinds are passed over. Each product must be valid as the catalog
 * sees it, and each document is checked against the pinned ODPS schema. All
 * or nothing, like {@link importOdpsText}.
 */
export function exportCatalogText(
  text: string,
  file: string,
): ConversionResult {
  const { documents, syntaxErrors } = readYamlDocuments(text);
  const problems = syntaxErrors.map(
    e => `${file}:${e.line}: YAML syntax error: ${e.message}`,
  );
  const products = documents.filter(
    d => isObject(d.value) && d.value.kind === 'DataProduct',
  );
  const odps = products.filter(d => !envelopeProblem(d));
  for (const doc of odps) {
    problems.push(
      `${file}:${doc.line}: an ODPS document, not a catalog entity; "data-mesh odps import" makes catalog entities from ODPS documents`,
    );
  }
  const entities = products.filter(d => !odps.includes(d));
  if (!products.length && !problems.length) {
    problems.push(`${file}: holds no DataProduct entity; nothing to export`);
  }

  const valid: Array<{ doc: YamlDocument; entity: DataProductEntity }> = [];
  for (const doc of entities) {
    const ref = refOf(doc.value as object);
    const entityProblems = validateDataMeshEntity(doc.value);
    for (const problem of entityProblems) {
      problems.push(
        `${file}:${doc.lineOf(pathSegments(problem.path))}: ${ref}: ${
          problem.message
        }`,
      );
    }
    if (!entityProblems.length) {
      valid.push({ doc, entity: doc.value as DataProductEntity });
    }
  }

  const neighbours = valid.map(v => v.entity);
  const exported: object[] = [];
  for (const { doc, entity } of valid) {
    const ref = refOf(entity);
    const result = exportOdpsDocument(entity, neighbours);
    if (!result.ok) {
      problems.push(
        `${file}:${doc.lineOf(['metadata', 'annotations'])}: ${ref}: ${
          result.problem
        }`,
      );
      continue;
    }
    // A safety net: what the catalog holds should always make valid ODPS,
    // but an annotation edited by hand may not.
    for (const problem of validateOdpsDocument(result.document)) {
      problems.push(
        `${file}:${doc.line}: ${ref}: the ODPS document made from it would be invalid: ${problem.message}`,
      );
    }
    exported.push(result.document);
  }
  return {
    output: problems.length ? '' : toYaml(exported),
    problems,
    notes: [],
  };
}
