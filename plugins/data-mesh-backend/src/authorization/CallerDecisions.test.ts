import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { CallerDecisions, READ_CHECK_BATCH_SIZE } from './CallerDecisions';

const ALICE = mockCredentials.user('user:default/alice'); // reads everything
const BOB = mockCredentials.user('user:default/bob'); // conditional
const CAROL = mockCredentials.user('user:default/carol'); // same conditions as Bob
const DAVE = mockCredentials.user('user:default/dave'); // other conditions

const userOf = (credentials: BackstageCredentials) =>
  (credentials as BackstageCredentials<any>).principal.userEntityRef;

const hiddenFrom = (user: string) =>
  user === 'user:default/dave' ? 'b' : 'secret';

const refPermission = createPermission({
  name: 'data-mesh.test',
  attributes: {},
});

/** A policy and a catalog that count what they are asked. */
function fixture(cacheTtlMs: number) {
  let now = 0;
  const decisionsAsked: string[] = [];
  const lookups: string[][] = [];
  let catalogDown = false;
  const permissions = {
    async authorize(requests, { credentials }) {
      decisionsAsked.push(
        `${userOf(credentials)} ${requests[0].permission.name}`,
      );
      return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
    },
    async authorizeConditional(requests, { credentials }) {
      const user = userOf(credentials);
      decisionsAsked.push(`${user} ${requests[0].permission.name}`);
      if (user === 'user:default/alice') {
        return [{ result: AuthorizeResult.ALLOW }];
      }
      return [
        {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            rule: 'HAS_LABEL',
            resourceType: 'catalog-entity',
            params: { label: hiddenFrom(user) },
          },
        },
      ];
    },
  } as PermissionsService;
  const catalog = {
    async getEntitiesByRefs(
      { entityRefs }: { entityRefs: string[] },
      { credentials }: { credentials: BackstageCredentials },
    ) {
      lookups.push(entityRefs);
      if (catalogDown) throw new Error('catalog unavailable');
      const hidden = hiddenFrom(userOf(credentials));
      return {
        items: entityRefs.map(ref =>
          ref.includes(hidden) ? undefined : { kind: 'Component' },
        ),
      };
    },
  } as unknown as CatalogService;
  const decisions = new CallerDecisions(permissions, catalog, {
    cacheTtlMs,
    now: () => now,
  });
  const readable = async (
    credentials: BackstageCredentials,
    refs: string[],
  ) => {
    const canRead = await (
      await decisions.catalogRead(credentials)
    ).check(refs);
    return refs.filter(canRead);
  };
  return {
    decisions,
    readable,
    decisionsAsked,
    lookups,
    advance: (ms: number) => (now += ms),
    setCatalogDown: (down: boolean) => (catalogDown = down),
  };
}

describe('CallerDecisions', () => {
  it('sends no ref anywhere when the policy allows reads unconditionally', async () => {
    const f = fixture(10_000);
    expect(await f.readable(ALICE, ['component:default/secret'])).toEqual([
      'component:default/secret',
    ]);
    expect(f.lookups).toEqual([]);
  });

  it('asks the catalog, as the caller, in bounded batches', async () => {
    const f = fixture(0);
    const refs = Array.from(
      { length: 450 },
      (_, i) => `component:default/${i % 9 === 0 ? 'secret' : 'open'}-${i}`,
    );
    const readable = await f.readable(BOB, refs);
    expect(readable).toHaveLength(400);
    expect(readable.some(r => r.includes('secret'))).toBe(false);
    expect(f.lookups.map(l => l.length)).toEqual([
      READ_CHECK_BATCH_SIZE,
      READ_CHECK_BATCH_SIZE,
      50,
    ]);
  });

  it('reuses a caller’s decision and checked refs within the TTL', async () => {
    const f = fixture(10_000);
    await f.readable(BOB, ['component:default/a', 'component:default/secret']);
    await f.readable(BOB, ['component:default/a', 'component:default/c']);
    expect(f.decisionsAsked).toEqual(['user:default/bob catalog.entity.read']);
    // Only the ref not seen before is looked up.
    expect(f.lookups).toEqual([
      ['component:default/a', 'component:default/secret'],
      ['component:default/c'],
    ]);
  });

  it('asks again once the TTL is over', async () => {
    const f = fixture(10_000);
    await f.readable(BOB, ['component:default/a']);
    f.advance(10_000);
    await f.readable(BOB, ['component:default/a']);
    expect(f.decisionsAsked).toHaveLength(2);
    expect(f.lookups).toHaveLength(2);
  });

  it('asks again, in the background, before a decision in use expires', async () => {
    const f = fixture(10_000);
    await f.readable(BOB, ['component:default/a']);
    f.advance(7_500);
    await f.readable(BOB, ['component:default/a']);
    await new Promise(resolve => setImmediate(resolve));
    expect(f.decisionsAsked).toHaveLength(2);
    expect(f.lookups).toHaveLength(2);
    // Past the first answers' TTL the refreshed ones serve: no wait.
    f.advance(2_500);
    await f.readable(BOB, ['component:default/a']);
    expect(f.decisionsAsked).toHaveLength(2);
    expect(f.lookups).toHaveLength(2);
  });

  it('asks on every request when the TTL is zero', async () => {
    const f = fixture(0);
    await f.readable(BOB, ['component:default/a']);
    await f.readable(BOB, ['component:default/a']);
    expect(f.decisionsAsked).toHaveLength(2);
    expect(f.lookups).toHaveLength(2);
  });

  it('shares checked refs between callers with the same conditions only', async () => {
    const f = fixture(10_000);
    await f.readable(BOB, ['component:default/a', 'component:default/b']);
    // Carol's policy answer is Bob's: nothing more to look up.
    expect(
      await f.readable(CAROL, ['component:default/a', 'component:default/b']),
    ).toEqual(['component:default/a', 'component:default/b']);
    expect(f.lookups).toHaveLength(1);
    // Dave's conditions differ: his own lookup, his own answer.
    expect(
      await f.readable(DAVE, ['component:default/a', 'component:default/b']),
    ).toEqual(['component:default/a']);
    expect(f.lookups).toHaveLength(2);
  });

  it('makes one lookup for many requests arriving at once', async () => {
    const f = fixture(10_000);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        f.readable(BOB, ['component:default/a', 'component:default/secret']),
      ),
    );
    expect(f.decisionsAsked).toHaveLength(1);
    expect(f.lookups).toHaveLength(1);
    expect(new Set(answers.map(a => a.join()))).toEqual(
      new Set(['component:default/a']),
    );
  });

  it('names nothing it could not confirm, says so, and does not remember the failure', async () => {
    const f = fixture(10_000);
    f.setCatalogDown(true);
    const canRead = await (
      await f.decisions.catalogRead(BOB)
    ).check(['component:default/a']);
    expect(canRead('component:default/a')).toBe(false);
    expect(canRead.unconfirmed).toBe(true);
    f.setCatalogDown(false);
    expect(await f.readable(BOB, ['component:default/a'])).toEqual([
      'component:default/a',
    ]);
    expect(f.lookups).toHaveLength(2);
  });

  it('reuses basic permission decisions per caller', async () => {
    const f = fixture(10_000);
    expect(await f.decisions.isAllowed(refPermission, ALICE)).toBe(true);
    expect(await f.decisions.isAllowed(refPermission, ALICE)).toBe(true);
    expect(await f.decisions.isAllowed(refPermission, BOB)).toBe(true);
    expect(f.decisionsAsked).toEqual([
      'user:default/alice data-mesh.test',
      'user:default/bob data-mesh.test',
    ]);
  });

  it('never shares decisions of anonymous callers', async () => {
    const f = fixture(10_000);
    await f.decisions.isAllowed(refPermission, mockCredentials.none());
    await f.decisions.isAllowed(refPermission, mockCredentials.none());
    expect(f.decisionsAsked).toHaveLength(2);
  });
});
