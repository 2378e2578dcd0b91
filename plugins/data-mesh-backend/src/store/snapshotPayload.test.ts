import { runSteps } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { runCountingPauses } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { exampleSnapshot } from '../__testUtils__/exampleSnapshot';
import {
  SnapshotTextReader,
  readSnapshotTextSteps,
  snapshotText,
  snapshotTextSteps,
} from './snapshotPayload';

const snapshot = exampleSnapshot();
const asJson = () => JSON.parse(JSON.stringify(snapshot));

describe('the stored snapshot text', () => {
  // The example organisation's lists are short: three items per line
  // splits every long one.
  const itemsPerLine = 3;
  const products = snapshot.facts.dataProducts.length;

  it('reads back exactly what JSON would, long lists split into lines', () => {
    const text = runSteps(snapshotTextSteps(snapshot, itemsPerLine));
    // The data products alone take a line per three.
    expect(text.lines.length).toBeGreaterThan(products / itemsPerLine);
    expect(text.head.split('\n')).toHaveLength(2);
    expect(text.head.length).toBeLessThan(JSON.stringify(snapshot).length / 2);
    expect(runSteps(readSnapshotTextSteps(text))).toEqual(asJson());
  });

  it('counts the lines before writing them, so many items per line', () => {
    const written = snapshotText(snapshot, itemsPerLine);
    const lines = written.lines();
    const first = lines.next();
    expect(first.done).toBe(false);
    expect(JSON.parse(first.value as string)[1]).toHaveLength(itemsPerLine);
    expect(1 + [...lines].length).toBe(written.lineCount);
  });

  it('gives nothing while lines are missing', () => {
    const text = runSteps(snapshotTextSteps(snapshot, itemsPerLine));
    const reader = runSteps(SnapshotTextReader.fromHead(text.head));
    expect(reader.lineCount).toBe(text.lines.length);
    for (const line of text.lines.slice(0, -1)) reader.add(line);
    expect(reader.result()).toBeUndefined();
    reader.add(text.lines[text.lines.length - 1]);
    expect(reader.result()).toEqual(asJson());
  });

  it('pauses after every line, writing and reading', () => {
    const written = runCountingPauses(
      snapshotTextSteps(snapshot, itemsPerLine),
    );
    const read = runCountingPauses(readSnapshotTextSteps(written.result));
    expect(written.pauses).toBe(written.result.lines.length);
    expect(read.pauses).toBe(written.result.lines.length);
    expect(read.pauses).toBeGreaterThanOrEqual(products / itemsPerLine);
  });

  it('keeps short lists in the head', () => {
    const text = runSteps(snapshotTextSteps(snapshot));
    expect(text.lines).toEqual([]);
    expect(runSteps(readSnapshotTextSteps(text))).toEqual(asJson());
  });

  it('reads a snapshot stored as plain JSON before lines', () => {
    const reader = runSteps(
      SnapshotTextReader.fromHead(JSON.stringify(snapshot)),
    );
    expect(reader.lineCount).toBe(0);
    expect(reader.result()).toEqual(asJson());
  });

  it('reads a snapshot stored with its lines in the head, pausing per line', () => {
    // The first layout with lines: a layout line, the rest, then the lines.
    const text = runSteps(snapshotTextSteps(snapshot, itemsPerLine));
    const head = [
      '{"layout":"data-mesh-snapshot-lines","version":1}',
      text.head.split('\n')[1],
      ...text.lines,
    ].join('\n');
    const read = runCountingPauses(SnapshotTextReader.fromHead(head));
    expect(read.pauses).toBe(text.lines.length);
    expect(read.result.lineCount).toBe(0);
    expect(read.result.result()).toEqual(asJson());
  });

  it('says which line is wrong when a line names no list', () => {
    const text = runSteps(snapshotTextSteps(snapshot, itemsPerLine));
    const first = text.lines.findIndex(l =>
      l.startsWith('[["facts","dataProducts"]'),
    );
    text.lines[first] = text.lines[first].replace(
      '"dataProducts"',
      '"nothing"',
    );
    // The head's two lines come first.
    expect(() => runSteps(readSnapshotTextSteps(text))).toThrow(
      `Stored snapshot's line ${first + 3} names no list`,
    );
  });
});
