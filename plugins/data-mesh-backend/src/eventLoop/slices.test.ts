import type { Steps } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { BUSY_SLICE_MS, SLICE_MS, runInSlices } from './slices';

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

  it('holds the loop for shorter slices while other work waits, and for full ones again when it stops', async () => {
    const done = { steps: 0 };
    function* millisecondSteps(count: number): Steps<void> {
      for (let i = 0; i < count; i++) {
        clock += 1;
        done.steps++;
        yield;
      }
    }
    // Requests that take 30 ms on each of the first four turns, then
    // nothing on the next three.
    const stepsAtTurns: number[] = [];
    let turn = 0;
    const otherWork = () => {
      stepsAtTurns.push(done.steps);
      turn += 1;
      if (turn <= 4) clock += 30;
      if (turn < 7) setImmediate(otherWork);
    };
    setImmediate(otherWork);
    await runInSlices(millisecondSteps(100));
    const slices = stepsAtTurns.map((s, i) => s - (stepsAtTurns[i - 1] ?? 0));
    expect(slices).toEqual([
      SLICE_MS,
      BUSY_SLICE_MS,
      BUSY_SLICE_MS,
      BUSY_SLICE_MS,
      BUSY_SLICE_MS,
      SLICE_MS,
      SLICE_MS,
    ]);
  });
});
