import {
  StringPool,
  Steps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from './PortfolioSnapshot';

/*
 * How a snapshot is stored as text. At 100,000 data products its JSON is
 * 58 MB: one JSON.parse of it holds the event loop for a quarter to half
 * a second on every replica that loads it, and as one value it is held
 * two or three times over while it is written (the text, the lines it is
 * joined from, the database driver's buffer). So its long lists are
 * written as lines of their own, a bounded number of items per line, each
 * a row of a table apart, written and read a few rows at a time; the
 * snapshot's row holds a head: a layout line, then the rest of the
 * snapshot. A JSON string never holds a raw line break, so a head splits
 * safely into lines.
 *
 * Snapshots stored earlier are still read: as plain JSON (before lines),
 * or with their lines in the head (the first layout with lines).
 */

/** The layout line of a head whose lines are stored in rows apart. */
interface LinesLayout {
  layout: typeof LINES_LAYOUT_NAME;
  version: 2;
  /** How many lines the snapshot's rows hold. */
  lines: number;
}

const LINES_LAYOUT_NAME = 'data-mesh-snapshot-lines';

/** The first layout with lines: every line in the head. */
const LINES_IN_HEAD = `{"layout":"${LINES_LAYOUT_NAME}","version":1}`;

/** Items per line: a few hundred kilobytes, parsed in a few milliseconds. */
export const SNAPSHOT_ITEMS_PER_LINE = 1000;

type Json = Record<string, unknown>;

interface LongList {
  path: string[];
  items: unknown[];
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `value` with each list longer than `itemsPerLine` (in objects, at any
 * depth, not inside lists) emptied, and those lists with where they were.
 * Only the objects on the way are copied.
 */
function withoutLongLists(
  value: Json,
  itemsPerLine: number,
  path: string[] = [],
  lists: LongList[] = [],
): { rest: Json; lists: LongList[] } {
  const rest: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (Array.isArray(field) && field.length > itemsPerLine) {
      lists.push({ path: [...path, key], items: field });
      rest[key] = [];
    } else if (isPlainObject(field)) {
      rest[key] = withoutLongLists(
        field,
        itemsPerLine,
        [...path, key],
        lists,
      ).rest;
    } else {
      rest[key] = field;
    }
  }
  return { rest, lists };
}

/** A snapshot as it is stored. */
export interface SnapshotText {
  /** The snapshot's own row: its layout, then all but its long lists. */
  head: string;
  /** How many lines {@link SnapshotText.lines} gives. */
  lineCount: number;
  /**
   * The long lists' lines, `[path, items]` each, appending to the lists in
   * order: written as they are asked for, so that only the lines being
   * stored are held at a time.
   */
  lines(): Generator<string, void, void>;
}

/** Writes a snapshot as a head and the lines of its long lists. */
export function snapshotText(
  snapshot: PortfolioSnapshot,
  itemsPerLine = SNAPSHOT_ITEMS_PER_LINE,
): SnapshotText {
  const { rest, lists } = withoutLongLists(
    snapshot as unknown as Json,
    itemsPerLine,
  );
  const lineCount = lists.reduce(
    (sum, list) => sum + Math.ceil(list.items.length / itemsPerLine),
    0,
  );
  const layout: LinesLayout = {
    layout: LINES_LAYOUT_NAME,
    version: 2,
    lines: lineCount,
  };
  return {
    head: `${JSON.stringify(layout)}\n${JSON.stringify(rest)}`,
    lineCount,
    *lines() {
      for (const { path, items } of lists) {
        for (let i = 0; i < items.length; i += itemsPerLine) {
          yield JSON.stringify([path, items.slice(i, i + itemsPerLine)]);
        }
      }
    },
  };
}

/** The list at `path` in `target`, which the head gave as empty. */
function listAt(target: Json, path: unknown, line: number): unknown[] {
  let at: unknown = target;
  if (Array.isArray(path)) {
    for (const key of path) at = isPlainObject(at) ? at[String(key)] : at;
  }
  if (!Array.isArray(at)) {
    throw new Error(`Stored snapshot's line ${line} names no list`);
  }
  return at;
}

/** The lines of `text`, one at a time, without splitting it at once. */
function* linesOf(text: string, from: number): Generator<string> {
  let start = from;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    yield text.slice(start, end === -1 ? undefined : end);
    if (end === -1) return;
    start = end + 1;
  }
}

/**
 * Reads a stored snapshot: its head, then the lines stored apart, one at
 * a time.
 */
export class SnapshotTextReader {
  private added = 0;
  /**
   * The strings of the lines read, one of each: a parsed line makes a
   * string of every ref it names, and a snapshot names each many times.
   */
  private readonly strings = new StringPool();

  private constructor(
    private readonly snapshot: Json,
    /** How many lines are to be added. */
    readonly lineCount: number,
  ) {}

  /**
   * Reads a head, pausing after each line it holds (a snapshot stored as
   * plain JSON, before lines, is read in one step).
   */
  static *fromHead(head: string): Steps<SnapshotTextReader> {
    const layoutEnd = head.indexOf('\n');
    if (!head.startsWith(`{"layout":"${LINES_LAYOUT_NAME}"`) || layoutEnd < 0) {
      return new SnapshotTextReader(JSON.parse(head) as Json, 0);
    }
    const layout = JSON.parse(head.slice(0, layoutEnd)) as Partial<LinesLayout>;
    const lines = linesOf(head, layoutEnd + 1);
    const reader = new SnapshotTextReader(
      JSON.parse(lines.next().value as string) as Json,
      layout.version === 2 ? Number(layout.lines) : 0,
    );
    if (head.startsWith(LINES_IN_HEAD)) {
      for (const line of lines) {
        yield;
        reader.add(line, 2);
      }
    }
    return reader;
  }

  /**
   * Appends one line's items to its list. `linesBefore` numbers lines in
   * errors: the lines that come before the added ones.
   */
  add(line: string, linesBefore = 2): void {
    this.added++;
    const [path, items] = JSON.parse(line) as [unknown, unknown[]];
    const list = listAt(this.snapshot, path, linesBefore + this.added);
    for (const item of items) list.push(this.strings.internAll(item));
  }

  /** The snapshot, once every line is added; else undefined. */
  result(): PortfolioSnapshot | undefined {
    return this.added >= this.lineCount
      ? (this.snapshot as unknown as PortfolioSnapshot)
      : undefined;
  }
}

/** A snapshot's head and lines, all in memory. */
export interface SnapshotTextInMemory {
  head: string;
  lines: string[];
}

/**
 * A snapshot's head and all its lines, pausing after each line: what the
 * store writes, held whole, for benchmarks and tests (the store holds a
 * few lines at a time).
 */
export function* snapshotTextSteps(
  snapshot: PortfolioSnapshot,
  itemsPerLine = SNAPSHOT_ITEMS_PER_LINE,
): Steps<SnapshotTextInMemory> {
  const text = snapshotText(snapshot, itemsPerLine);
  const lines: string[] = [];
  for (const line of text.lines()) {
    lines.push(line);
    yield;
  }
  return { head: text.head, lines };
}

/**
 * Reads back what {@link snapshotTextSteps} wrote, pausing after each
 * line; undefined when lines are missing.
 */
export function* readSnapshotTextSteps({
  head,
  lines,
}: SnapshotTextInMemory): Steps<PortfolioSnapshot | undefined> {
  const reader = yield* SnapshotTextReader.fromHead(head);
  for (const line of lines) {
    reader.add(line);
    yield;
  }
  return reader.result();
}
