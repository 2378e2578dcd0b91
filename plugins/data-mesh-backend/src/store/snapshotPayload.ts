import type { Steps } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from './PortfolioSnapshot';

/*
 * How a snapshot is written as text. At 100,000 data products its JSON is
 * 58 MB, and one JSON.parse of it holds the event loop for a quarter to
 * half a second on every replica that loads it (a stringify, a fifth of a
 * second). So its long lists are written as lines of their own, a bounded
 * number of items per line, after a first line holding the rest: each
 * line is parsed (or written) as one step, and the backend runs the steps
 * in slices. A JSON string never holds a raw line break, so lines split
 * safely. Snapshots stored before this layout are plain JSON and are still
 * read, in one piece.
 */

/** The first line of a snapshot written in lines. */
const LINES_LAYOUT = '{"layout":"data-mesh-snapshot-lines","version":1}';

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

/**
 * Writes a snapshot as text, one line per step: the snapshot without its
 * long lists, then `[path, items]` lines appending to them in order.
 */
export function* snapshotPayloadSteps(
  snapshot: PortfolioSnapshot,
  itemsPerLine = SNAPSHOT_ITEMS_PER_LINE,
): Steps<string> {
  const { rest, lists } = withoutLongLists(
    snapshot as unknown as Json,
    itemsPerLine,
  );
  const lines = [LINES_LAYOUT, JSON.stringify(rest)];
  for (const { path, items } of lists) {
    for (let i = 0; i < items.length; i += itemsPerLine) {
      yield;
      lines.push(JSON.stringify([path, items.slice(i, i + itemsPerLine)]));
    }
  }
  return lines.join('\n');
}

/** The list at `path` in `target`, which the first line gave as empty. */
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

/**
 * Reads a stored snapshot, one line per step (a snapshot stored as plain
 * JSON, before lines, in one step).
 */
export function* parseSnapshotPayloadSteps(
  payload: string,
): Steps<PortfolioSnapshot> {
  if (!payload.startsWith(`${LINES_LAYOUT}\n`)) {
    return JSON.parse(payload) as PortfolioSnapshot;
  }
  let start = LINES_LAYOUT.length + 1;
  let end = payload.indexOf('\n', start);
  const snapshot = JSON.parse(
    payload.slice(start, end === -1 ? undefined : end),
  ) as Json;
  for (let line = 3; end !== -1; line++) {
    yield;
    start = end + 1;
    end = payload.indexOf('\n', start);
    const [path, items] = JSON.parse(
      payload.slice(start, end === -1 ? undefined : end),
    ) as [unknown, unknown[]];
    const list = listAt(snapshot, path, line);
    for (const item of items) list.push(item);
  }
  return snapshot as unknown as PortfolioSnapshot;
}
