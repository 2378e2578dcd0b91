import { runSteps } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { runCountingPauses } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { exampleSnapshot } from '../__testUtils__/exampleSnapshot';
import {
  parseSnapshotPayloadSteps,
  snapshotPayloadSteps,
} from './snapshotPayload';

const snapshot = exampleSnapshot();

describe('the stored snapshot text', () => {
  // The example organisation's lists are short: three items per line
  // splits every long one.
  const itemsPerLine = 3;
  const products = snapshot.facts.dataProducts.length;

  it('reads back exactly what JSON would, long lists split into lines', () => {
    const text = runSteps(snapshotPayloadSteps(snapshot, itemsPerLine));
    const lines = text.split('\n');
    // The data products alone take a line per three.
    expect(lines.length).toBeGreaterThan(2 + products / itemsPerLine);
    expect(lines.every(line => line.length > 0)).toBe(true);
    expect(runSteps(parseSnapshotPayloadSteps(text))).toEqual(
      JSON.parse(JSON.stringify(snapshot)),
    );
  });

  it('pauses after every line, writing and reading', () => {
    const written = runCountingPauses(
      snapshotPayloadSteps(snapshot, itemsPerLine),
    );
    const read = runCountingPauses(parseSnapshotPayloadSteps(written.result));
    const lines = written.result.split('\n').length;
    expect(written.pauses).toBe(lines - 2);
    expect(read.pauses).toBe(lines - 2);
    expect(read.pauses).toBeGreaterThanOrEqual(products / itemsPerLine);
  });

  it('keeps short lists in the first line', () => {
    const text = runSteps(snapshotPayloadSteps(snapshot));
    expect(text.split('\n')).toHaveLength(2);
    expect(runSteps(parseSnapshotPayloadSteps(text))).toEqual(
      JSON.parse(JSON.stringify(snapshot)),
    );
  });

  it('reads a snapshot stored as plain JSON before lines', () => {
    expect(
      runSteps(parseSnapshotPayloadSteps(JSON.stringify(snapshot))),
    ).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });

  it('says which line is wrong when a line names no list', () => {
    const text = runSteps(snapshotPayloadSteps(snapshot, itemsPerLine));
    const lines = text.split('\n');
    const first = lines.findIndex(l =>
      l.startsWith('[["facts","dataProducts"]'),
    );
    lines[first] = lines[first].replace('"dataProducts"', '"nothing"');
    expect(() => runSteps(parseSnapshotPayloadSteps(lines.join('\n')))).toThrow(
      `Stored snapshot's line ${first + 1} names no list`,
    );
  });
});
