import { ExpiringCache } from './ExpiringCache';

describe('ExpiringCache', () => {
  let now = 0;
  const cache = (ttlMs: number, maxEntries = 10) =>
    new ExpiringCache<number>({ ttlMs, maxEntries, now: () => now });
  const counter = () => {
    let loads = 0;
    return {
      load: async () => ++loads,
      get loads() {
        return loads;
      },
    };
  };

  beforeEach(() => {
    now = 1_000;
  });

  it('shares one load between callers arriving together', async () => {
    const c = cache(1_000);
    const source = counter();
    const values = await Promise.all(
      Array.from({ length: 50 }, () => c.get('k', source.load)),
    );
    expect(source.loads).toBe(1);
    expect(new Set(values)).toEqual(new Set([1]));
  });

  it('reuses a value until its TTL is over, then loads again', async () => {
    const c = cache(1_000);
    const source = counter();
    expect(await c.get('k', source.load)).toBe(1);
    now += 999;
    expect(await c.get('k', source.load)).toBe(1);
    now += 1;
    expect(await c.get('k', source.load)).toBe(2);
  });

  it('loads every time when the TTL is zero', async () => {
    const c = cache(0);
    const source = counter();
    await c.get('k', source.load);
    await c.get('k', source.load);
    expect(source.loads).toBe(2);
    expect(c.size).toBe(0);
  });

  it('forgets a failed load, so the next caller tries again', async () => {
    const c = cache(1_000);
    await expect(
      c.get('k', async () => {
        throw new Error('permission backend unavailable');
      }),
    ).rejects.toThrow('permission backend unavailable');
    expect(await c.get('k', async () => 7)).toBe(7);
  });

  it('drops expired keys as new ones arrive', async () => {
    const c = cache(1_000);
    const source = counter();
    await c.get('a', source.load);
    await c.get('b', source.load);
    now += 1_000;
    await c.get('c', source.load);
    expect(c.size).toBe(1);
  });

  it('keeps at most maxEntries keys, dropping the oldest', async () => {
    const c = cache(1_000, 2);
    const source = counter();
    await c.get('a', source.load);
    await c.get('b', source.load);
    await c.get('c', source.load);
    expect(c.size).toBe(2);
    await c.get('c', source.load);
    await c.get('b', source.load);
    expect(source.loads).toBe(3);
    await c.get('a', source.load);
    expect(source.loads).toBe(4);
  });
});

describe('ExpiringCache with refreshAfterMs', () => {
  let now = 0;
  const cache = () =>
    new ExpiringCache<number>({
      ttlMs: 1_000,
      maxEntries: 10,
      refreshAfterMs: 750,
      now: () => now,
    });

  beforeEach(() => {
    now = 1_000;
  });

  it('loads a key in steady use again before it expires, without making its caller wait', async () => {
    const c = cache();
    let loads = 0;
    let release = () => {};
    const load = () =>
      ++loads === 1
        ? Promise.resolve(1)
        : new Promise<number>(resolve => {
            release = () => resolve(loads);
          });
    expect(await c.get('k', load)).toBe(1);
    now += 749;
    expect(await c.get('k', load)).toBe(1);
    expect(loads).toBe(1);
    now += 1;
    // Due: the refresh starts, and the caller gets the value it has.
    expect(await c.get('k', load)).toBe(1);
    expect(await c.get('k', load)).toBe(1);
    expect(loads).toBe(2);
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(await c.get('k', load)).toBe(2);
    // The new value lives from when its load began (750 ms ago).
    now += 999;
    expect(await c.get('k', load)).toBe(2);
    expect(loads).toBe(3);
  });

  it('never serves a value past its TTL when the refresh fails', async () => {
    const c = cache();
    let loads = 0;
    const failing = async () => {
      loads += 1;
      if (loads > 1) throw new Error('permission backend unavailable');
      return 1;
    };
    await c.get('k', failing);
    now += 800;
    expect(await c.get('k', failing)).toBe(1);
    await Promise.resolve();
    // A failed refresh is not tried again on every request.
    expect(await c.get('k', failing)).toBe(1);
    expect(loads).toBe(2);
    now += 200;
    await expect(c.get('k', failing)).rejects.toThrow(
      'permission backend unavailable',
    );
  });
});
