import type { Knex } from 'knex';
import { runInSlices } from '../eventLoop/slices';
import type { PortfolioSnapshot } from './PortfolioSnapshot';
import { SnapshotText, SnapshotTextReader } from './snapshotPayload';

/*
 * The rows of a snapshot's long lists (`data_mesh_snapshot_lines`), for
 * `KnexSnapshotStore`, which keeps the snapshot's head in its own row.
 */

/** The table of the snapshots' lines. */
export const SNAPSHOT_LINES = 'data_mesh_snapshot_lines';

/**
 * A snapshot's lines written or read per statement: about a megabyte, a
 * few milliseconds of JSON between two turns of the event loop.
 */
const LINES_PER_STATEMENT = 4;

/**
 * Writes the lines of the snapshot `id` as they are made: the awaits
 * between statements turn the event loop, and only a few lines are held.
 */
export async function insertSnapshotLines(
  tx: Knex.Transaction,
  id: number,
  text: SnapshotText,
): Promise<void> {
  let batch: Array<{ snapshot_id: number; line: number; text: string }> = [];
  let line = 0;
  for (const lineText of text.lines()) {
    batch.push({ snapshot_id: id, line: line++, text: lineText });
    if (batch.length === LINES_PER_STATEMENT) {
      await tx(SNAPSHOT_LINES).insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await tx(SNAPSHOT_LINES).insert(batch);
}

/**
 * Reads the snapshot `id` from its head and its lines, a few at a time;
 * undefined when a line is missing (a newer save has just let the
 * snapshot go).
 */
export async function readSnapshotRows(
  knex: Knex,
  id: number,
  head: string,
): Promise<PortfolioSnapshot | undefined> {
  const reader = await runInSlices(SnapshotTextReader.fromHead(head));
  let next = 0;
  while (next < reader.lineCount) {
    const rows = await knex(SNAPSHOT_LINES)
      .where({ snapshot_id: id })
      .where('line', '>=', next)
      .orderBy('line')
      .limit(LINES_PER_STATEMENT)
      .select('line', 'text');
    if (rows.length === 0) return undefined;
    for (const { line, text } of rows) {
      if (Number(line) !== next) return undefined;
      reader.add(text);
      next++;
    }
  }
  return reader.result();
}
