import { Steps, runSteps } from '../time/steps';
import type { GroupFacts } from './facts';
import { walkBreadthFirst } from './walk';

/*
 * The group tree (Backstage's `childOf` / `parentOf` relations). Backstage
 * emits those relations from either side, a group's `spec.parent` or its
 * parent's `spec.children`, so both count here: a team that names its unit
 * and a unit that lists its team describe the same edge. A group may thus
 * end up with two parents when the two sides disagree; every walk follows
 * all of them, and cycles end a walk instead of looping.
 */

function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Parents and children of every group, from both sides of the relation.
 *
 * @public
 */
export class GroupTree {
  private constructor(
    private readonly parents: Map<string, Set<string>>,
    private readonly children: Map<string, Set<string>>,
    /** The refs of the Group entities, sorted. */
    readonly groups: string[],
  ) {}

  /** The tree of `groups`, worked out in one go. */
  static build(groups: GroupFacts[]): GroupTree {
    return runSteps(GroupTree.steps(groups));
  }

  /**
   * {@link GroupTree.build} as a generator that pauses after each group,
   * so that a caller can spread the work over time.
   */
  static *steps(groups: GroupFacts[]): Steps<GroupTree> {
    const parents = new Map<string, Set<string>>();
    const children = new Map<string, Set<string>>();
    const link = (parent: string, child: string) => {
      // A group naming itself adds no edge worth following.
      if (parent === child) return;
      addTo(parents, child, parent);
      addTo(children, parent, child);
    };
    for (const group of groups) {
      if (group.parent) link(group.parent, group.ref);
      for (const child of group.children) link(group.ref, child);
      yield;
    }
    const refs = [...new Set(groups.map(g => g.ref))].sort();
    return new GroupTree(parents, children, refs);
  }

  /** The group's parents, sorted; more than one only when sides disagree. */
  parentsOf(ref: string): string[] {
    return [...(this.parents.get(ref) ?? [])].sort();
  }

  /** The group's children, sorted. */
  childrenOf(ref: string): string[] {
    return [...(this.children.get(ref) ?? [])].sort();
  }

  /** True when `ref` is `ancestor` or a group below it. */
  isWithin(ref: string, ancestor: string): boolean {
    if (ref === ancestor) return true;
    for (const above of walkBreadthFirst(ref, g => this.parents.get(g) ?? [])) {
      if (above === ancestor) return true;
    }
    return false;
  }

  /** The group and every group below it. */
  subtree(ref: string): Set<string> {
    return new Set([
      ref,
      ...walkBreadthFirst(ref, g => this.children.get(g) ?? []),
    ]);
  }
}
