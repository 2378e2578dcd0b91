import { CanRead, PassingRefs } from './PassingRefs';

/** A catalog that hides the refs in `hidden`, whose answers a test releases. */
function fixture(options: { ttlMs?: number; batchSize?: number } = {}) {
  let now = 0;
  const hidden = new Set<string>();
  const lookups: string[][] = [];
  const held: Array<() => void> = [];
  let holding = false;
  let failing = false;
  const lookUp = (batch: string[]): Promise<CanRead> => {
    lookups.push(batch);
    const answer = () => {
      if (failing) throw new Error('catalog unavailable');
      const passing = new Set(batch.filter(ref => !hidden.has(ref)));
      return (ref: string) => passing.has(ref);
    };
    if (!holding) return Promise.resolve().then(answer);
    return new Promise<CanRead>((resolve, reject) =>
      held.push(() => {
        try {
          resolve(answer());
        } catch (error) {
          reject(error);
        }
      }),
    );
  };
  const refs = new PassingRefs({
    ttlMs: options.ttlMs ?? 10_000,
    refreshAfterMs: 7_500,
    batchSize: options.batchSize ?? 200,
    maxRefs: 20_000,
    now: () => now,
  });
  const passing = async (names: string[]) =>
    names.filter(await refs.check(names, lookUp));
  /** Lets the held lookups answer, and what they settle run. */
  const release = async () => {
    holding = false;
    while (held.length > 0) {
      held.shift()!();
      await new Promise(resolve => setImmediate(resolve));
    }
  };
  return {
    refs,
    passing,
    lookups,
    hidden,
    release,
    hold: () => (holding = true),
    fail: (down: boolean) => (failing = down),
    at: (ms: number) => (now = ms),
  };
}

describe('PassingRefs', () => {
  it('looks a ref in use up again before it expires, while requests keep the answer they have', async () => {
    const f = fixture();
    expect(await f.passing(['a', 'b'])).toEqual(['a', 'b']);
    f.at(7_499);
    await f.passing(['a', 'b']);
    expect(f.lookups).toHaveLength(1);

    f.at(7_500);
    f.hold();
    f.hidden.add('b');
    // The request does not wait for the refresh it started.
    expect(await f.passing(['a', 'b'])).toEqual(['a', 'b']);
    expect(f.lookups).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
    await f.release();

    // Past the first answers' TTL: the refreshed ones (asked at 7,500)
    // answer, with the change, and nothing is looked up meanwhile.
    f.at(10_001);
    expect(await f.passing(['a', 'b'])).toEqual(['a']);
    expect(f.lookups).toHaveLength(2);
  });

  it('refreshes only the refs a request names, one batch after another', async () => {
    const f = fixture({ batchSize: 2 });
    await f.passing(['a', 'b', 'c', 'd', 'e']);
    expect(f.lookups).toHaveLength(3);
    f.at(8_000);
    f.hold();
    await f.passing(['a', 'b', 'c', 'd']);
    // One batch at a time: the second waits for the first to answer.
    expect(f.lookups.slice(3)).toEqual([['a', 'b']]);
    await f.release();
    expect(f.lookups.slice(3)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    // 'e' was not named since: it expires and is looked up when asked.
    f.at(10_000);
    await f.passing(['a', 'e']);
    expect(f.lookups.slice(5)).toEqual([['e']]);
  });

  it('lets an answer whose refresh failed expire, and the next request asks', async () => {
    const f = fixture();
    await f.passing(['a']);
    f.fail(true);
    f.at(8_000);
    expect(await f.passing(['a'])).toEqual(['a']);
    await new Promise(resolve => setImmediate(resolve));
    // Not tried again on every request.
    await f.passing(['a']);
    expect(f.lookups).toHaveLength(2);

    f.at(10_000);
    const canRead = await f.refs.check(['a'], async () => {
      throw new Error('catalog unavailable');
    });
    expect(canRead('a')).toBe(false);
    expect(canRead.unconfirmed).toBe(true);
  });

  it('shares one lookup between requests arriving together', async () => {
    const f = fixture();
    f.hold();
    const answers = Promise.all([f.passing(['a']), f.passing(['a'])]);
    await f.release();
    expect(await answers).toEqual([['a'], ['a']]);
    expect(f.lookups).toHaveLength(1);
  });

  it('says it is unused once no answer it holds is fresh', async () => {
    const f = fixture();
    await f.passing(['a']);
    f.at(9_999);
    expect(f.refs.isUnused(9_999)).toBe(false);
    expect(f.refs.isUnused(10_000)).toBe(true);
  });
});
