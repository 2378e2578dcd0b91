import { ChildProcess, spawn } from 'node:child_process';
import {
  EVENT_LOOP_PROBE_MODULE,
  EventLoopDelay,
  EventLoopProbe,
  worstOf,
} from './eventLoop';

/**
 * A Node process with the probe, as the backend gets it, that blocks its
 * event loop for as many milliseconds as it is sent, then says so.
 */
function blockingProcess(env: Record<string, string>): ChildProcess {
  const script = `
    process.on('message', ms => {
      if (ms === 'collect') {
        global.gc();
        process.send('collected');
        return;
      }
      const end = Date.now() + ms;
      while (Date.now() < end);
      process.send('blocked');
    });
    setInterval(() => {}, 1000);
  `;
  return spawn(
    process.execPath,
    ['--expose-gc', '--require', EVENT_LOOP_PROBE_MODULE, '-e', script],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
}

describe('EventLoopProbe', () => {
  let probe: EventLoopProbe;
  let child: ChildProcess;
  beforeEach(() => {
    probe = EventLoopProbe.create();
    child = blockingProcess(probe.env);
  });
  afterEach(() => {
    child.kill();
    probe.dispose();
  });

  it('reads a block of the event loop in the phase it happened in, and not in the next', async () => {
    await probe.attach(child.pid);
    const block = (ms: number) =>
      new Promise(resolve => {
        child.once('message', resolve);
        child.send(ms);
      });

    const blocked = await probe.phase(() => block(300));
    const calm = await probe.phase(() => new Promise(r => setTimeout(r, 300)));

    // 300 ms without running a timer due every 10 ms: at least 290 ms late.
    expect(blocked.eventLoop.maxMs).toBeGreaterThanOrEqual(290);
    expect(blocked.eventLoop.p99Ms).toBeGreaterThanOrEqual(290);
    expect(calm.eventLoop.maxMs).toBeLessThan(blocked.eventLoop.maxMs!);
    expect(calm.eventLoop.samples).toBeGreaterThan(0);
  });

  it('reports the full collections that ended in a phase', async () => {
    await probe.attach(child.pid);
    const collect = () =>
      new Promise(resolve => {
        child.once('message', resolve);
        child.send('collect');
      });
    const collected = await probe.phase(collect);
    const calm = await probe.phase(() => new Promise(r => setTimeout(r, 300)));

    expect(collected.eventLoop.collections.major).toBeGreaterThanOrEqual(1);
    expect(collected.eventLoop.collections.longestMs).toBeGreaterThan(0);
    expect(collected.eventLoop.collections.totalMs).toBeGreaterThanOrEqual(
      collected.eventLoop.collections.longestMs!,
    );
    // Each window starts afresh: the forced collection is not the next's.
    expect(calm.eventLoop.collections.major).toBe(0);
  });

  it('refuses a probe running in another process than the backend', async () => {
    const otherPid = child.pid! + 100_000;
    await expect(probe.attach(otherPid)).rejects.toThrow(
      `the event-loop probe runs in process ${child.pid}, but the backend is ${otherPid}`,
    );
  });

  it('says so when no process loaded the probe', async () => {
    const unused = EventLoopProbe.create();
    try {
      await expect(unused.attach(undefined, 300)).rejects.toThrow(
        'the backend did not load the event-loop probe',
      );
    } finally {
      unused.dispose();
    }
  });
});

describe('worstOf', () => {
  const window = (
    seconds: number,
    p99Ms: number | null,
    maxMs: number | null,
    longestCollectionMs: number | null,
  ): EventLoopDelay => ({
    seconds,
    samples: seconds * 100,
    resolutionMs: 10,
    p99Ms,
    maxMs,
    collections: {
      count: longestCollectionMs === null ? 0 : 2,
      major: longestCollectionMs === null ? 0 : 1,
      totalMs: (longestCollectionMs ?? 0) * 1.5,
      longestMs: longestCollectionMs,
    },
  });

  it('takes the highest p99, maximum and collection of the windows, over their whole length', () => {
    expect(
      worstOf([
        window(5, 3, 40, 12),
        window(4, 7, 12, 30),
        window(1, null, null, null),
      ]),
    ).toEqual({
      seconds: 10,
      samples: 1000,
      resolutionMs: 10,
      p99Ms: 7,
      maxMs: 40,
      collections: { count: 4, major: 2, totalMs: 63, longestMs: 30 },
    });
  });
});
