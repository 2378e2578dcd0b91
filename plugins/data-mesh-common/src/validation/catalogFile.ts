import {
  Document,
  LineCounter,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';
import { validateCatalogEntity } from './catalogEntity';

/**
 * One entity read from a catalog file, with where it starts.
 *
 * @public */
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
 * @public */
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
 * @public */
export interface CatalogFileValidation {
  /** Every entity the file holds, valid or not. */
  entities: CatalogFileEntity[];
  /** Every problem, in file order. */
  problems: CatalogFileProblem[];
}

/**
 * `spec.outputPorts[0].type` or `a["b/c"]` → `['spec', 'outputPorts', 0, 'type']`.
 *
 * @public */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

function lineOfNode(node: unknown, lines: LineCounter): number | undefined {
  return isNode(node) && node.range
    ? lines.linePos(node.range[0]).line
    : undefined;
}

/**
 * The line of a field's key (`spec:` rather than the first line inside it);
 * for a list item, the item's line.
 */
function lineOfSegment(
  doc: Document,
  segments: Array<string | number>,
  lines: LineCounter,
): number | undefined {
  if (!segments.length) return lineOfNode(doc.contents, lines);
  const parent = doc.getIn(segments.slice(0, -1), true);
  const last = segments[segments.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find(
      item => (isScalar(item.key) ? item.key.value : item.key) === last,
    );
    return pair ? lineOfNode(pair.key, lines) : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') {
    return lineOfNode(parent.items[last], lines);
  }
  return undefined;
}

function lineOfField(
  doc: Document,
  path: string,
  lines: LineCounter,
): number | undefined {
  const segments = pathSegments(path);
  // A missing field has no line of its own: use the nearest parent written.
  for (let depth = segments.length; depth >= 0; depth--) {
    const line = lineOfSegment(doc, segments.slice(0, depth), lines);
    if (line !== undefined) return line;
  }
  return undefined;
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
 * @public
 */
export async function validateCatalogFile(
  text: string,
): Promise<CatalogFileValidation> {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines });
  const entities: CatalogFileEntity[] = [];
  const problems: CatalogFileProblem[] = [];
  // parseAllDocuments returns an empty collection for an empty stream.
  for (const doc of Array.isArray(documents) ? documents : []) {
    if (doc.errors.length) {
      for (const error of doc.errors) {
        problems.push({
          severity: 'error',
          line: error.linePos?.[0].line,
          path: '',
          // The line is reported on its own; the message's own position is dropped.
          message: `YAML syntax error: ${error.message
            .split('\n')[0]
            .replace(/ at line \d+, column \d+:?$/, '')}`,
        });
      }
      continue;
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue; // empty document
    const line = lineOfField(doc, '', lines) ?? 1;
    if (typeof value !== 'object' || Array.isArray(value)) {
      // The same message the catalog module gives for a non-object entity.
      const { errors } = await validateCatalogEntity(value);
      problems.push(
        ...errors.map(e => ({ severity: 'error' as const, line, ...e })),
      );
      continue;
    }
    const ref = refOf(value);
    entities.push({
      entity: value,
      ref,
      line,
      lineOf: path => lineOfField(doc, path, lines) ?? line,
    });
    const { errors, warnings } = await validateCatalogEntity(value);
    for (const [severity, list] of [
      ['error', errors],
      ['warning', warnings],
    ] as const) {
      for (const problem of list) {
        problems.push({
          severity,
          line: lineOfField(doc, problem.path, lines) ?? line,
          ref,
          path: problem.path,
          message: problem.message,
        });
      }
    }
  }
  return { entities, problems };
}
