import { runSteps } from '../time/steps';
import { runCountingPauses } from '../testUtils/pauses';
import { stronglyConnectedComponentsSteps } from './components';

/** Each component's products, sorted, in the components' order. */
function groups(upstream: number[][]): number[][] {
  const { count, members, firstMember, component } = runSteps(
    stronglyConnectedComponentsSteps(upstream),
  );
  const result: number[][] = [];
  for (let c = 0; c < count; c++) {
    const group = [...members.subarray(firstMember[c], firstMember[c + 1])];
    group.forEach(p => expect(component[p]).toBe(c));
    result.push(group.sort((a, b) => a - b));
  }
  return result;
}

describe('stronglyConnectedComponentsSteps', () => {
  it('groups cycles and lists components upstream-first', () => {
    // 0 reads 1, 1 reads 2, 2 reads 0 and 3; 4 reads 0; 5 reads itself.
    expect(groups([[1], [2], [0, 3], [], [0], [5]])).toEqual([
      [3],
      [0, 1, 2],
      [4],
      [5],
    ]);
  });

  it('pauses at every product of one long walk, and twice per product in all', () => {
    // One cycle through every product: a single root reaches them all.
    const n = 5_000;
    const upstream = Array.from({ length: n }, (_, p) => [(p + 1) % n]);
    const { result, pauses } = runCountingPauses(
      stronglyConnectedComponentsSteps(upstream),
    );
    expect(result.count).toBe(1);
    expect(result.firstMember[1]).toBe(n);
    expect(pauses).toBe(2 * n);
  });
});
