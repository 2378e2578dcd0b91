import { spreadOf } from './lag';

describe('spreadOf', () => {
  it('gives p50, p95 and max by rank over what was measured', () => {
    expect(spreadOf([5000, 1000, 4000, 2000, 3000])).toEqual({
      measured: 5,
      timeouts: 0,
      p50Ms: 3000,
      p95Ms: 5000,
      maxMs: 5000,
    });
  });

  it('counts a timeout as longer than anything measured, and a percentile on one as unknown', () => {
    // Sorted: 1000, 3000, timeout. The median is measured; p95 and the
    // maximum fall on the timeout, so they are "more than the limit".
    expect(spreadOf([1000, null, 3000])).toEqual({
      measured: 2,
      timeouts: 1,
      p50Ms: 3000,
      p95Ms: null,
      maxMs: null,
    });
  });

  it('says nothing of no edits', () => {
    expect(spreadOf([])).toEqual({
      measured: 0,
      timeouts: 0,
      p50Ms: null,
      p95Ms: null,
      maxMs: null,
    });
  });
});
