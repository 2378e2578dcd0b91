import { Steps, runSteps } from './steps';

describe('runSteps', () => {
  it('runs every piece of work and returns the result', () => {
    const done: number[] = [];
    function* count(): Steps<number> {
      for (let i = 0; i < 3; i++) {
        done.push(i);
        yield;
      }
      return done.length;
    }
    expect(runSteps(count())).toBe(3);
    expect(done).toEqual([0, 1, 2]);
  });

  it('passes on what the computation throws', () => {
    function* failing(): Steps<number> {
      yield;
      throw new RangeError('bad input');
    }
    expect(() => runSteps(failing())).toThrow('bad input');
  });
});
