import type { Steps } from '../time/steps';

/*
 * Lineage may hold cycles: its products are grouped into strongly
 * connected components (every product of a component reaches every
 * other), which form a DAG. Tarjan's algorithm, without recursion (deep
 * lineage would overflow the stack), and in steps: one root's walk may
 * cover a whole mesh of 100,000 products.
 */

/** Lineage grouped into strongly connected components. */
export interface LineageComponents {
  /** The component each product belongs to. */
  component: Int32Array;
  /** How many components there are. */
  count: number;
  /**
   * Every product, grouped by component in the components' order:
   * component `c` holds `members[firstMember[c]]` up to, not including,
   * `members[firstMember[c + 1]]`.
   */
  members: Int32Array;
  /** Where each component's products start in `members`; `count + 1` used. */
  firstMember: Int32Array;
}

/**
 * The strongly connected components of the lineage given as each
 * product's upstream products. Components come out upstream-first: a
 * component is numbered only after every component it reads from.
 *
 * Pauses (yields) when it reaches a product and when it has finished one,
 * so that between two pauses it follows one product's input ports or
 * closes one component.
 */
export function* stronglyConnectedComponentsSteps(
  upstream: number[][],
): Steps<LineageComponents> {
  const n = upstream.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const members = new Int32Array(n);
  const firstMember = new Int32Array(n + 1);
  const stack: number[] = [];
  const callStack: Array<[node: number, edge: number]> = [];
  let nextIndex = 0;
  let count = 0;
  let placed = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push([root, 0]);
    index[root] = low[root] = nextIndex++;
    stack.push(root);
    onStack[root] = 1;
    yield;
    while (callStack.length) {
      const frame = callStack[callStack.length - 1];
      const [node] = frame;
      const edges = upstream[node];
      if (frame[1] < edges.length) {
        const next = edges[frame[1]++];
        if (index[next] === -1) {
          index[next] = low[next] = nextIndex++;
          stack.push(next);
          onStack[next] = 1;
          callStack.push([next, 0]);
          yield;
        } else if (onStack[next]) {
          low[node] = Math.min(low[node], index[next]);
        }
        continue;
      }
      callStack.pop();
      if (callStack.length) {
        const parent = callStack[callStack.length - 1][0];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = count;
          members[placed++] = member;
        } while (member !== node);
        count++;
        firstMember[count] = placed;
      }
      yield;
    }
  }
  return { component, count, members, firstMember };
}
