import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  CapabilityNameSources,
  SnapshotCapabilityNames,
} from '../reads/PortfolioService';
import type { CallerDecisions } from './CallerDecisions';
import type { CanRead } from './PassingRefs';
import { MAX_CACHED_REFS } from './CallerDecisions';
import { CallerChecks } from './callerChecks';
import { ExpiringCache } from './ExpiringCache';

const OPEN = 'platformcapability:default/open';
const SECRET = 'platformcapability:default/secret';
const NAMED = 'platformcapability:default/named';

const BOB = mockCredentials.user('user:default/bob');
const CAROL = mockCredentials.user('user:default/carol'); // Bob's reach
const DAVE = mockCredentials.user('user:default/dave'); // reads everything

/** A snapshot's names: two offered capabilities and one named by two products. */
function snapshotNames(namers: string[]): SnapshotCapabilityNames {
  const sources: CapabilityNameSources = new Map([
    [OPEN, null],
    [SECRET, null],
    [NAMED, namers],
  ]);
  return {
    capabilityNameSources: refs =>
      new Map(
        [...refs].flatMap(ref =>
          sources.has(ref) ? [[ref, sources.get(ref)!]] : [],
        ),
      ),
  };
}

/**
 * Decisions that count the refs checked: Bob and Carol may read what has
 * no "secret" in its ref, Dave everything.
 */
function fixture(ttlMs = 10_000) {
  let now = 0;
  let unconfirmed = false;
  const checked: string[][] = [];
  const decisions = {
    async catalogRead(credentials: BackstageCredentials) {
      const user = (credentials as BackstageCredentials<any>).principal
        .userEntityRef;
      const everything = user === 'user:default/dave';
      return {
        reach: everything ? 'all' : 'conditions:no-secrets',
        async check(refs: Iterable<string>): Promise<CanRead> {
          checked.push([...refs]);
          const state = { unconfirmed };
          return Object.assign(
            (ref: string) =>
              !state.unconfirmed && (everything || !ref.includes('secret')),
            state,
          );
        },
      };
    },
    expiringCache: () =>
      new ExpiringCache({ ttlMs, maxEntries: 100, now: () => now }),
  } as unknown as CallerDecisions;
  let names = snapshotNames([
    'dataproduct:default/secret-1',
    'dataproduct:default/open-2',
  ]);
  const checks = new CallerChecks(
    { capabilityNames: async () => names },
    decisions,
  );
  const seen = async (
    credentials: BackstageCredentials,
    refs = [OPEN, SECRET, NAMED],
  ) => {
    const see = await checks.visible(refs, { credentials });
    return { refs: refs.filter(see), unconfirmed: Boolean(see.unconfirmed) };
  };
  return {
    seen,
    checked,
    advance: (ms: number) => (now += ms),
    newSnapshot: (namers: string[]) => (names = snapshotNames(namers)),
    setUnconfirmed: (value: boolean) => (unconfirmed = value),
  };
}

describe('CallerChecks.visible', () => {
  it('settles each capability once per snapshot and reach', async () => {
    const f = fixture();
    expect(await f.seen(BOB)).toEqual({
      refs: [OPEN, NAMED],
      unconfirmed: false,
    });
    const checksForBob = f.checked.length;
    expect(checksForBob).toBeGreaterThan(0);

    expect((await f.seen(BOB)).refs).toEqual([OPEN, NAMED]);
    // Carol reads what Bob reads: his answers serve her.
    expect((await f.seen(CAROL)).refs).toEqual([OPEN, NAMED]);
    expect(f.checked).toHaveLength(checksForBob);

    // Dave's reach is another: his own look, his own answer.
    expect((await f.seen(DAVE)).refs).toEqual([OPEN, SECRET, NAMED]);
    expect(f.checked.length).toBeGreaterThan(checksForBob);
  });

  it('looks only at the capabilities not yet settled', async () => {
    const f = fixture();
    await f.seen(BOB, [OPEN]);
    await f.seen(BOB, [OPEN, NAMED]);
    expect(f.checked.flat()).toEqual([
      OPEN,
      'dataproduct:default/secret-1',
      'dataproduct:default/open-2',
    ]);
  });

  it('looks again in a new snapshot', async () => {
    const f = fixture();
    expect((await f.seen(BOB)).refs).toEqual([OPEN, NAMED]);
    // Now only a restricted product names the capability.
    f.newSnapshot(['dataproduct:default/secret-1']);
    expect((await f.seen(BOB)).refs).toEqual([OPEN]);
  });

  it('looks again once the decisions expire, and on every request without a TTL', async () => {
    const f = fixture();
    await f.seen(BOB);
    const first = f.checked.length;
    f.advance(10_000);
    await f.seen(BOB);
    expect(f.checked).toHaveLength(2 * first);

    const uncached = fixture(0);
    await uncached.seen(BOB);
    await uncached.seen(BOB);
    expect(uncached.checked).toHaveLength(2 * first);
  });

  it('settles nothing from an unconfirmed answer, and says so', async () => {
    const f = fixture();
    f.setUnconfirmed(true);
    expect(await f.seen(BOB)).toEqual({ refs: [], unconfirmed: true });
    f.setUnconfirmed(false);
    expect(await f.seen(BOB)).toEqual({
      refs: [OPEN, NAMED],
      unconfirmed: false,
    });
  });

  it('starts afresh past a bounded number of settled refs', async () => {
    const f = fixture();
    await f.seen(BOB, [OPEN]);
    const unknown = Array.from(
      { length: MAX_CACHED_REFS + 1 },
      (_, i) => `platformcapability:default/asked-${i}`,
    );
    await f.seen(BOB, unknown);
    const before = f.checked.length;
    await f.seen(BOB, [OPEN]);
    expect(f.checked.slice(before)).toEqual([[OPEN]]);
  });
});
