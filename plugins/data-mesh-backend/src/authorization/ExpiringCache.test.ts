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
