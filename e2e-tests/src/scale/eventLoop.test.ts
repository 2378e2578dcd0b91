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
      const end = Date.now() + ms;
      while (Date.now() < end);
      process.send('blocked');
    });
    setInterval(() => {}, 1000);
  `;
  return spawn(
    process.execPath,
    ['--require', EVENT_LOOP_PROBE_MODULE, '-e', script],
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
  ): EventLoopDelay => ({
    seconds,
    samples: seconds * 100,
    resolutionMs: 10,
    p99Ms,
    maxMs,
  });

  it('takes the highest p99 and maximum of the windows, over their whole length', () => {
    expect(
      worstOf([window(5, 3, 40), window(4, 7, 12), window(1, null, null)]),
    ).toEqual({
      seconds: 10,
      samples: 1000,
      resolutionMs: 10,
      p99Ms: 7,
      maxMs: 40,
    });
  });
});
