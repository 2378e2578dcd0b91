import {
  DATA_MESH_API_VERSION,
  DataProductEntity,
  YamlDocument,
  pathSegments,
  readYamlDocuments,
  validateDataMeshEntity,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ConversionResult, envelopeProblem, toYaml } from './conversion';
import { exportOdpsDocument } from './exportEntity';
import { checkOdpsDocument } from './schema';
import { ODPS_ANNOTATION, isObject } from './types';

function refOf(entity: Record<string, any>): string {
  const namespace = entity.metadata?.namespace ?? 'default';
  return `DataProduct:${namespace}/${entity.metadata?.name ?? '<no name>'}`;
}

/** What a document that is not a DataProduct is, for a message. */
function describeDocument(doc: YamlDocument): string {
  const value = doc.value;
  if (!isObject(value)) return `a ${Array.isArray(value) ? 'list' : 'value'}`;
  const kind = typeof value.kind === 'string' ? value.kind : 'no kind';
  const name = value.metadata?.name;
  return typeof name === 'string' ? `${kind} ${name}` : kind;
}

/**
 * Why a file holds nothing to export, at the line of its first document:
 * what the file holds instead, and what was expected.
 */
function nothingToExport(file: string, documents: YamlDocument[]): string {
  const expected = `expected a catalog entity with apiVersion ${DATA_MESH_API_VERSION} and kind: DataProduct`;
  if (!documents.length) {
    return `${file}:1: holds no YAML document; ${expected}`;
  }
  const found = documents
    .slice(0, 3)
    .map(d => `${describeDocument(d)} (line ${d.line})`);
  if (documents.length > 3) found.push(`${documents.length - 3} more`);
  return `${file}:${
    documents[0].line
  }: holds no DataProduct entity, nothing to export; found ${found.join(
    ', ',
  )}; ${expected}`;
}

/**
 * Exports the ODPS document of every `DataProduct` in a catalog file; other
 * kinds are passed over. Each product must be valid as the catalog sees it,
 * and each document is checked against the pinned ODPS schema of its
 * `apiVersion`. `contractIds` (API to ODCS contract id) gives the
 * `contractId` of a port whose contract is an API. All or nothing, like the
 * import.
 */
export function exportCatalogText(
  text: string,
  file: string,
  contractIds: ReadonlyMap<string, string> = new Map(),
): ConversionResult {
  const { documents, syntaxErrors } = readYamlDocuments(text);
  const problems = syntaxErrors.map(
    e => `${file}:${e.line}: YAML syntax error: ${e.message}`,
  );
  const notes: string[] = [];
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
    problems.push(nothingToExport(file, documents));
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
    const annotationLine = doc.lineOf([
      'metadata',
      'annotations',
      ODPS_ANNOTATION,
    ]);
    const result = exportOdpsDocument(entity, neighbours, contractIds);
    if (!result.ok) {
      problems.push(`${file}:${annotationLine}: ${ref}: ${result.problem}`);
      continue;
    }
    notes.push(
      ...result.notes.map(n => `${file}:${doc.line}: note: ${ref}: ${n}`),
    );
    // A safety net: what the catalog holds should always make valid ODPS,
    // but an annotation edited by hand may not.
    const { errors, unknownFields } = checkOdpsDocument(result.document);
    for (const problem of errors) {
      problems.push(
        `${file}:${doc.line}: ${ref}: the ODPS document made from it would be invalid: ${problem.message}`,
      );
    }
    // Fields the standard does not define come only from the annotation,
    // where import kept them; they are written back, as import promised.
    for (const field of unknownFields) {
      notes.push(
        `${file}:${annotationLine}: warning: ${ref}: ${field.message}; written back from the ${ODPS_ANNOTATION} annotation`,
      );
    }
    exported.push(result.document);
  }
  return {
    output: problems.length ? '' : toYaml(exported),
    problems,
    notes,
  };
}
