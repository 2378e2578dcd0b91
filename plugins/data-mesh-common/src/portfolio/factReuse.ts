import type { PortfolioFacts } from './facts';
import { StringPool } from './stringPool';
import { Steps, runSteps } from '../time/steps';

/** Held facts indexed between two pauses. */
const FACTS_PER_PIECE = 2000;

/** The lists of {@link PortfolioFacts}, each of facts with a ref. */
const FACT_LISTS = [
  'domains',
  'dataProducts',
  'useCases',
  'capabilities',
  'groups',
  'apis',
] as const;

type FactList = (typeof FACT_LISTS)[number];

/**
 * Whether two facts, plain data of strings, numbers, booleans, nulls,
 * arrays and objects, are equal. Absent and `undefined` fields are alike,
 * as they are once stored.
 */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    return a.every((item, i) => samePlainData(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of Object.keys(x)) {
    if (!samePlainData(x[key], y[key])) return false;
  }
  for (const key of Object.keys(y)) {
    if (!(key in x) && y[key] !== undefined) return false;
  }
  return true;
}

/**
 * Lets a fresh read of the catalog hold no second copy of what has not
 * changed: each fact read that equals one of the facts held is replaced
 * by the held one. A backend keeps the facts it serves while it reads the
 * catalog again; at 100,000 data products each copy is about 90 MiB, and
 * between two reads hardly any fact changes. The facts that are new or
 * changed have their strings pooled ({@link StringPool}), so that the
 * refs they repeat are held once; with no facts held (the first read),
 * that is all it does.
 *
 * Used while reading: after each page of entities is added to the facts,
 * {@link FactReuse.reuse} looks at what was added since its last call.
 *
 * @public
 */
export class FactReuse {
  private readonly held = new Map<string, unknown>();
  private readonly strings = new StringPool();
  private readonly looked: Record<FactList, number> = {
    domains: 0,
    dataProducts: 0,
    useCases: 0,
    capabilities: 0,
    groups: 0,
    apis: 0,
  };

  /**
   * Reuses facts of `held`, the facts served until the new read is done;
   * with none, only pools strings.
   */
  constructor(held?: PortfolioFacts) {
    if (held) runSteps(this.holdSteps(held));
  }

  /**
   * A {@link FactReuse} of `held`, in steps: indexing 146,000 held facts
   * by ref takes a backend's event loop about a fifth of a second at
   * once.
   */
  static *steps(held?: PortfolioFacts): Steps<FactReuse> {
    const reuse = new FactReuse();
    if (held) yield* reuse.holdSteps(held);
    return reuse;
  }

  private *holdSteps(held: PortfolioFacts): Steps<void> {
    let indexed = 0;
    for (const list of FACT_LISTS) {
      for (const fact of held[list] ?? []) {
        this.held.set(fact.ref, fact);
        if (++indexed % FACTS_PER_PIECE === 0) yield;
      }
    }
  }

  /**
   * Replaces each fact added to `facts` since the last call by the held
   * fact of the same ref when the two are equal, and pools the strings of
   * the others. Returns how many were replaced.
   */
  reuse(facts: PortfolioFacts): number {
    let reused = 0;
    for (const list of FACT_LISTS) {
      const read: Array<{ ref: string }> = facts[list] ?? [];
      for (let i = this.looked[list]; i < read.length; i++) {
        const held = this.held.get(read[i].ref) as { ref: string } | undefined;
        if (held && samePlainData(held, read[i])) {
          read[i] = held;
          reused++;
        } else {
          this.strings.internAll(read[i]);
        }
      }
      this.looked[list] = read.length;
    }
    return reused;
  }
}
