import {
  complementaryJoin,
  factsFromEntities,
  prepareComplementarySearch,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  domain,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { joinInWorkerThreads } from './complementaryJoinThread';

/*
 * The join runs in a real worker thread here, loading its TypeScript
 * through the CLI's transform, as it does in a backend started in
 * development; built JavaScript loads as it is.
 */

jest.setTimeout(60_000);

const CAPABILITIES = Array.from({ length: 12 }, (_, i) => `cap-${i}`);
const PERSONAS = ['analyst', 'scientist', 'engineer', 'manager'];

/** A fixed pseudo-random sequence, so that a failure can be replayed. */
function sequence(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return (state >>> 16) % below;
  };
}

/**
 * 400 use cases needing a few of 12 capabilities and serving some of four
 * personas: thousands of pairs qualify, more than the limit keeps.
 */
function preparedSearch(limit: number) {
  const next = sequence(7);
  const entities = [
    domain('sales', 'team-a'),
    ...CAPABILITIES.map(c => capability(c, 'available')),
    ...Array.from({ length: 400 }, (_, i) => {
      const caps = CAPABILITIES.filter(() => next(4) === 0);
      const personas = PERSONAS.filter(() => next(2) === 0);
      return usecase(`uc-${i}`, {
        status: 'live',
        caps: caps.length > 0 ? caps : [CAPABILITIES[i % 12]],
        personas: personas.length > 0 ? personas : [PERSONAS[i % 4]],
      });
    }),
  ];
  return runSteps(
    prepareComplementarySearch(factsFromEntities(entities), undefined, {
      limit,
    }),
  );
}

describe('joinInWorkerThreads', () => {
  it('finds in one worker thread what the join finds on this one', async () => {
    const { join } = preparedSearch(1_000);
    const here = runSteps(complementaryJoin(join));
    // The fixture is worth comparing: more pairs qualify than are kept.
    expect(here.total).toBeGreaterThan(1_000);
    expect(here.pairs).toHaveLength(1_000);

    const there = await joinInWorkerThreads(join, undefined, 1);
    expect(there).toEqual(here);
    // The input was copied, not moved: it can still be joined here.
    expect(join.needs.length).toBeGreaterThan(0);
  });

  it.each([2, 3])(
    'finds in %s threads, each with its share, what one join finds',
    async threads => {
      const { join } = preparedSearch(1_000);
      const here = runSteps(complementaryJoin(join));
      expect(await joinInWorkerThreads(join, undefined, threads)).toEqual(here);
    },
  );

  it('refuses to share a join between no threads', async () => {
    const { join } = preparedSearch(10);
    await expect(joinInWorkerThreads(join, undefined, 0)).rejects.toThrow(
      new RangeError('threads must be a whole number of 1 or more, got 0'),
    );
  });

  it('stops the threads and rejects with the reason once the signal fires', async () => {
    const { join } = preparedSearch(1_000);
    const controller = new AbortController();
    const joining = joinInWorkerThreads(join, controller.signal, 2);
    const reason = new Error('the scheduler stopped the task');
    controller.abort(reason);
    await expect(joining).rejects.toBe(reason);
  });

  it('starts no thread when the signal has already fired', async () => {
    const { join } = preparedSearch(10);
    await expect(
      joinInWorkerThreads(join, AbortSignal.abort()),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with the error the join throws in the thread', async () => {
    const { join } = preparedSearch(10);
    // Where each use case's needs end must be a list of numbers.
    const broken = { ...join, needsEnd: 5 as unknown as Int32Array };
    await expect(joinInWorkerThreads(broken, undefined, 2)).rejects.toThrow(
      /is not iterable/,
    );
  });
});
