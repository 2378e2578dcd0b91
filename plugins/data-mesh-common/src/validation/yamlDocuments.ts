import {
  Document,
  LineCounter,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';

/**
 * One YAML document of a file, with the lines of its fields.
 *
 * @public
 */
export interface YamlDocument {
  /** The document as plain data. */
  value: unknown;
  /** 1-based line where the document's content starts. */
  line: number;
  /**
   * The line of a field (`['inputPorts', 0, 'version']`), or of the nearest
   * enclosing field written when it is missing.
   */
  lineOf(segments: Array<string | number>): number;
}

/**
 * What a file holds: its documents, or the YAML syntax errors in it.
 *
 * @public
 */
export interface YamlFile {
  /** The documents that parsed, in file order. */
  documents: YamlDocument[];
  /** `{ line, message }` of each syntax error; none when the file parsed. */
  syntaxErrors: Array<{ line: number; message: string }>;
}

function lineOfNode(node: unknown, lines: LineCounter): number | undefined {
  return isNode(node) && node.range
    ? lines.linePos(node.range[0]).line
    : undefined;
}

// The line of the field's key rather than of its value, which for a mapping
// or a list starts on the next line.
function lineOfPath(
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

/**
 * Parses a (multi-document) YAML text. Empty documents are skipped; a syntax
 * error, or a document that expands too many aliases, is reported with its
 * line, not thrown. The catalog-file validation and the command line's ODPS
 * conversion both read files through it.
 *
 * @public
 */
export function readYamlDocuments(text: string): YamlFile {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines });
  const documents: YamlDocument[] = [];
  const syntaxErrors: YamlFile['syntaxErrors'] = [];
  // An empty stream comes back as an empty collection, not an array.
  for (const doc of Array.isArray(parsed) ? parsed : []) {
    if (doc.errors.length) {
      for (const error of doc.errors) {
        syntaxErrors.push({
          line: error.linePos?.[0].line ?? 1,
          // The line is given on its own; the message's copy of it is dropped.
          message: error.message
            .split('\n')[0]
            .replace(/ at line \d+, column \d+:?$/, ''),
        });
      }
      continue;
    }
    const line = lineOfPath(doc, [], lines) ?? 1;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Too many aliases (a "billion laughs" document) end up here.
      syntaxErrors.push({ line, message: (error as Error).message });
      continue;
    }
    if (value === null || value === undefined) continue;
    documents.push({
      value,
      line,
      lineOf: segments => {
        for (let depth = segments.length; depth > 0; depth--) {
          const found = lineOfPath(doc, segments.slice(0, depth), lines);
          if (found !== undefined) return found;
        }
        return line;
      },
    });
  }
  return { documents, syntaxErrors };
}

/**
 * Splits a field path as the validators write it into the segments of
 * {@link YamlDocument.lineOf}: `spec.outputPorts[0].type` becomes
 * `['spec', 'outputPorts', 0, 'type']`, `a["b.io/c"]` becomes `['a', 'b.io/c']`.
 *
 * @public
 */
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
