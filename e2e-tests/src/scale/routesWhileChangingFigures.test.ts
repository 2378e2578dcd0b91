import {
  LastRun,
  computedAtOf,
  RoutesWhileChangingResult,
  latencyOf,
  reportRoutesWhileChanging,
  runsStored,
} from './routesWhileChangingFigures';

describe('latencyOf', () => {
  it('gives p50, p95, p99 and max by nearest rank, with the failures beside', () => {
    // 1..200 ms: rank 100 is 100, rank 190 is 190, rank 198 is 198.
    const ms = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(latencyOf(ms, 3)).toEqual({
      answered: 200,
      failed: 3,
      p50Ms: 100,
      p95Ms: 190,
      p99Ms: 198,
      maxMs: 200,
    });
  });

  it('says nothing of no answers', () => {
    expect(latencyOf([], 5)).toEqual({
      answered: 0,
      failed: 5,
      p50Ms: null,
      p95Ms: null,
      p99Ms: null,
      maxMs: null,
    });
  });
});

describe('computedAtOf', () => {
  const answer = {
    items: [{ ref: 'platformcapability:default/capability-000000' }],
    computedAt: '2026-12-06T10:31:39.271Z',
    stale: false,
  };

  it('finds the snapshot of a compact answer and of an indented one', () => {
    // A backend started in development indents its JSON answers.
    expect(computedAtOf(JSON.stringify(answer))).toBe(answer.computedAt);
    expect(computedAtOf(JSON.stringify(answer, null, 2))).toBe(
      answer.computedAt,
    );
  });

  it('finds none in an answer without one', () => {
    expect(computedAtOf(JSON.stringify({ error: 'x' }))).toBeUndefined();
  });
});

describe('runsStored', () => {
  const changes = (startedAt: string, n: number): LastRun => ({
    startedAt,
    read: 'changes',
    changes: n,
  });
  const full = (startedAt: string): LastRun => ({ startedAt, read: 'catalog' });

  it('counts each run once however often it was polled, leaving out those seen before', () => {
    const before = [null, changes('t1', 1)];
    const observed = [
      changes('t1', 1),
      changes('t2', 2),
      changes('t2', 2),
      full('t3'),
      changes('t4', 1),
      changes('t4', 1),
    ];
    expect(runsStored(observed, before)).toEqual({
      fromChanges: 2,
      changesApplied: 3,
      fullRecomputes: 1,
    });
  });

  it('counts nothing when no new run was stored', () => {
    expect(runsStored([null, changes('t1', 4)], [changes('t1', 4)])).toEqual({
      fromChanges: 0,
      changesApplied: 0,
      fullRecomputes: 0,
    });
  });
});

describe('reportRoutesWhileChanging', () => {
  const result = (fromChanges: number): RoutesWhileChangingResult => ({
    seconds: 61,
    rounds: 4,
    edits: { made: 25, failed: 0, intervalMs: 3000 },
    runs: { fromChanges, changesApplied: fromChanges, fullRecomputes: 0 },
    teamsView: {
      path: '/capabilities?view=teams&limit=20&offset=0',
      sequential: latencyOf([2, 3, 4], 0),
      concurrent: { clients: 50, ...latencyOf([40, 50, 60], 0) },
      snapshotsServed: fromChanges + 1,
      largestBytes: 10_240,
    },
    routes: [
      {
        name: 'domains',
        path: '/domains',
        answers: 4,
        largestBytes: 300_000,
        slowestMs: 12,
        problems: ['300000 bytes'],
      },
      {
        name: 'status',
        path: '/status',
        answers: 4,
        largestBytes: 1024,
        slowestMs: 3,
        problems: [],
      },
    ],
    eventLoop: {
      seconds: 61,
      samples: 100,
      resolutionMs: 10,
      p99Ms: 5,
      maxMs: 9,
      collections: { count: 3, major: 0, totalMs: 4, longestMs: 2 },
    },
  });

  it('says when fewer snapshots from told changes were stored than the figures need', () => {
    const lines = reportRoutesWhileChanging(result(2));
    expect(lines[1]).toBe(
      '- snapshots stored from told changes while timing: 2 (2 changes applied; 0 full recomputes) — FEWER THAN 3: these figures are not those of a backend applying changes',
    );
    expect(reportRoutesWhileChanging(result(3))[1]).toBe(
      '- snapshots stored from told changes while timing: 3 (3 changes applied; 0 full recomputes)',
    );
  });

  it('names the routes whose answers broke a limit', () => {
    expect(reportRoutesWhileChanging(result(3))[5]).toBe(
      '- 1 of 2 routes did NOT answer 200 within 256 KB every round: domains: 300000 bytes',
    );
  });
});
