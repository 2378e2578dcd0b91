import type { Steps } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { SLICE_MS, runInSlices } from './slices';

describe('runInSlices', () => {
  // A clock the steps move: each step "takes" a third of a slice.
  let clock = 0;
  beforeEach(() => {
    clock = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterEach(() => jest.restoreAllMocks());

  function* work(count: number, done: { steps: number }): Steps<string> {
    for (let i = 0; i < count; i++) {
      clock += SLICE_MS / 3;
      done.steps++;
      yield;
    }
    return 'result';
  }

  it('lets the event loop turn between slices and returns the result', async () => {
    const done = { steps: 0 };
    let stepsWhenOtherWorkRan: number | undefined;
    setImmediate(() => {
      stepsWhenOtherWorkRan = done.steps;
    });
    await expect(runInSlices(work(30, done))).resolves.toBe('result');
    expect(done.steps).toBe(30);
    // The other work ran after the first slice (three steps), not at the end.
    expect(stepsWhenOtherWorkRan).toBe(3);
  });

  it("stops at the slice's end once the signal fires, with its reason", async () => {
    const done = { steps: 0 };
    const controller = new AbortController();
    setImmediate(() => controller.abort(new Error('shutting down')));
    await expect(
      runInSlices(work(30, done), controller.signal),
    ).rejects.toThrow('shutting down');
    expect(done.steps).toBe(3);
  });
});
