import { spawnSync } from 'node:child_process';
import { readAhead } from './readAhead';

/** A source of `count` pages that records what was asked of it. */
function recordedSource(count: number, failAt?: number) {
  const record = { asked: 0, closed: false };
  async function* pages() {
    try {
      for (let page = 1; page <= count; page++) {
        record.asked = page;
        // A query's time: the page comes on a later turn.
        await new Promise(resolve => setTimeout(resolve, 1));
        if (page === failAt) throw new Error(`page ${page} failed`);
        yield page;
      }
    } finally {
      record.closed = true;
    }
  }
  return { record, pages: pages() };
}

describe('readAhead', () => {
  it('hands out every page in order, asking for the next one first', async () => {
    const { record, pages } = recordedSource(4);
    const seen: Array<[page: number, asked: number]> = [];
    for await (const page of readAhead(pages)) seen.push([page, record.asked]);
    expect(seen).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 4],
    ]);
    expect(record.closed).toBe(true);
  });

  it('throws the failure of the page asked ahead where that page would come', async () => {
    const { pages } = recordedSource(4, 3);
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of readAhead(pages)) {
        // Work on a page that outlasts the failing query.
        await new Promise(resolve => setTimeout(resolve, 20));
        seen.push(page);
      }
    }).rejects.toThrow('page 3 failed');
    expect(seen).toEqual([1, 2]);
  });

  it('leaves Node no unhandled rejection while the caller works on a page', () => {
    // Node ends a process on an unhandled rejection, and the test runner
    // keeps those of a test to itself: so in a Node process of its own.
    const script = `
      const { readAhead } = require(${JSON.stringify(
        require.resolve('./readAhead'),
      )});
      async function* pages() {
        yield 1;
        await new Promise(resolve => setTimeout(resolve, 1));
        throw new Error('page 2 failed');
      }
      (async () => {
        try {
          for await (const page of readAhead(pages())) {
            await new Promise(resolve => setTimeout(resolve, 50));
          }
        } catch (error) {
          console.log('thrown: ' + error.message);
        }
      })();
    `;
    const child = spawnSync(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        '-e',
        script,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect({ status: child.status, stderr: child.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    expect(child.stdout.trim()).toBe('thrown: page 2 failed');
  });

  it('closes the source when the caller stops, after the page asked ahead', async () => {
    const { record, pages } = recordedSource(10);
    for await (const page of readAhead(pages)) {
      if (page === 2) break;
    }
    expect(record.asked).toBe(3);
    expect(record.closed).toBe(true);
  });

  it('closes the source when the caller throws', async () => {
    const { record, pages } = recordedSource(10);
    await expect(async () => {
      for await (const page of readAhead(pages)) {
        if (page === 1) throw new Error('stopped');
      }
    }).rejects.toThrow('stopped');
    expect(record.asked).toBe(2);
    expect(record.closed).toBe(true);
  });
});
