import {
  isOdcsContractDocument,
  validateOdcsContract,
} from '../contracts/validateOdcsContract';
import { validateCatalogEntity } from './catalogEntity';
import { validateOdcsDefinition } from './odcsApi';
import {
  ReadPlaceholderText,
  resolveTextPlaceholders,
} from './textPlaceholders';
import { pathSegments, readYamlDocuments } from './yamlDocuments';

/**
 * One entity read from a catalog file, with where it starts.
 *
 * @public
 */
export interface CatalogFileEntity {
  /** The entity as written. */
  entity: Record<string, unknown>;
  /** `kind:namespace/name` as written (namespace `default` when absent). */
  ref: string;
  /** 1-based line where the entity's document starts. */
  line: number;
  /**
   * The line of a field of this entity (`spec.domain`), or of the nearest
   * enclosing field written when it is missing.
   */
  lineOf(path: string): number;
}

/**
 * One problem in a catalog file.
 *
 * @public
 */
export interface CatalogFileProblem {
  /** `error` keeps the catalog from ingesting the entity; `warning` does not. */
  severity: 'error' | 'warning';
  /** 1-based line of the field, or of the nearest enclosing field written. */
  line?: number;
  /** The entity the problem is about, when there is one. */
  ref?: string;
  /** Field path, e.g. `spec.outputPorts[0].type`; empty for the document. */
  path: string;
  /** A sentence naming the field and what was expected. */
  message: string;
}

/**
 * What {@link validateCatalogFile} found in a file.
 *
 * @public
 */
export interface CatalogFileValidation {
  /** Every entity the file holds, valid or not. */
  entities: CatalogFileEntity[];
  /**
   * The data contracts (`kind: DataContract`) the file holds, checked
   * against the pinned ODCS schema instead of as entities.
   */
  contracts: Array<{ ref: string; line: number }>;
  /** Every problem, in file order. */
  problems: CatalogFileProblem[];
}

/**
 * The entity as the catalog validates it: its `$text` placeholders read
 * when a reader is given, and the problems of reading them and of the
 * contract an `odcs` API then holds.
 */
async function resolvePlaceholders(
  entity: Record<string, unknown>,
  readText: ReadPlaceholderText | undefined,
) {
  if (!readText) return { entity, problems: [] };
  const resolved = await resolveTextPlaceholders(entity, readText);
  const spec = resolved.entity.spec as Record<string, unknown> | undefined;
  const problems = [...resolved.problems];
  if (
    resolved.entity.kind === 'API' &&
    spec?.type === 'odcs' &&
    resolved.resolved.includes('spec.definition')
  ) {
    const target = (entity.spec as Record<string, any>).definition.$text;
    for (const problem of validateOdcsDefinition(spec.definition)) {
      problems.push({
        path: 'spec.definition',
        message: `spec.definition (${target}) is invalid: ${problem.message}`,
      });
    }
  }
  return { entity: resolved.entity, problems };
}

function refOf(entity: Record<string, any>): string {
  const kind = typeof entity.kind === 'string' ? entity.kind : '<no kind>';
  const metadata = entity.metadata ?? {};
  const namespace =
    typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
  const name = typeof metadata.name === 'string' ? metadata.name : '<no name>';
  return `${kind}:${namespace}/${name}`;
}

/**
 * Reads a multi-document YAML catalog file and validates every entity in it
 * as the catalog would ({@link validateCatalogEntity}), giving each problem
 * the line of its field. A YAML syntax error is a problem of its document;
 * the other documents are still validated, as the catalog still ingests them.
 *
 * With `options.readText`, which reads the file a `$text` placeholder names
 * (relative to the catalog file) or throws an Error saying why it cannot,
 * `$text` placeholders are resolved first, as the catalog resolves them
 * (one that cannot be read is an error at its field), and the data
 * contract of an `odcs` API read so is checked against the pinned ODCS
 * schema too, as the catalog module checks it. Without it placeholders stay
 * as written.
 *
 * @public
 */
export async function validateCatalogFile(
  text: string,
  options?: { readText?: (target: string) => Promise<string> },
): Promise<CatalogFileValidation> {
  const { documents, syntaxErrors } = readYamlDocuments(text);
  const entities: CatalogFileEntity[] = [];
  const contracts: CatalogFileValidation['contracts'] = [];
  const problems: CatalogFileProblem[] = syntaxErrors.map(error => ({
    severity: 'error',
    line: error.line,
    path: '',
    message: `YAML syntax error: ${error.message}`,
  }));
  for (const doc of documents) {
    const { value, line } = doc;
    const lineOf = (path: string) => doc.lineOf(pathSegments(path));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      // The same message the catalog module gives for a non-object entity.
      const { errors } = await validateCatalogEntity(value);
      problems.push(
        ...errors.map(e => ({ severity: 'error' as const, line, ...e })),
      );
      continue;
    }
    if (isOdcsContractDocument(value)) {
      const id = (value as Record<string, unknown>).id;
      const ref =
        typeof id === 'string' ? `DataContract ${id}` : 'DataContract';
      contracts.push({ ref, line });
      for (const problem of validateOdcsContract(value)) {
        problems.push({
          severity: 'error',
          line: lineOf(problem.path),
          ref,
          ...problem,
        });
      }
      continue;
    }
    const entity = value as Record<string, unknown>;
    const ref = refOf(entity);
    entities.push({ entity, ref, line, lineOf });
    const resolved = await resolvePlaceholders(entity, options?.readText);
    const { errors, warnings } = await validateCatalogEntity(resolved.entity);
    for (const [severity, list] of [
      ['error', [...resolved.problems, ...errors]],
      ['warning', warnings],
    ] as const) {
      for (const problem of list) {
        problems.push({
          severity,
          line: lineOf(problem.path),
          ref,
          path: problem.path,
          message: problem.message,
        });
      }
    }
  }
  // Syntax errors first, then entities, each in file order.
  problems.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  return { entities, contracts, problems };
}
