import type { ApiSchema } from '../api/wire';
import type { PortfolioFacts } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import { isRealUseCase } from '../portfolio/scope';
import {
  CapabilityBrief,
  UseCaseBrief,
  byTitle,
  byValueThenTitle,
  isAvailable,
  levelRank,
  needsByUseCaseSteps,
  useCaseBrief,
} from './briefs';
import { Steps, runSteps } from '../time/steps';

/*
 * The platform roadmap (the product spec, §7): build capabilities in the
 * order that unblocks the most value, as the seed's YAGNI advice says,
 * and see which deprecated capabilities real use cases still lean on.
 *
 * A real use case lacks every capability it needs (§5) that is not
 * `available`; deprecated ones included, since a use case resting on a
 * capability being retired is not settled. Delivering a capability fully
 * unblocks a use case when it is the only one that use case lacks.
 */

/**
 * How many use cases of each value a capability fully unblocks.
 *
 * @public
 */
export type UnblockedByValue =
  ApiSchema<'RoadmapEntry'>['fullyUnblocks']['byValue'];

/**
 * A real use case that a capability partly unblocks: the API's shape.
 *
 * @public
 */
export type PartlyUnblockedUseCase = ApiSchema<'PartlyUnblockedUseCase'>;

/**
 * One capability that is not available yet, with what delivering it
 * would unblock.
 *
 * @public
 */
export interface RoadmapItem {
  /** The capability: beta, building, planned, or not offered. */
  capability: CapabilityBrief;
  /**
   * Real use cases for which it is the last missing capability, highest
   * value first, then by title.
   */
  fullyUnblocks: UseCaseBrief[];
  /** {@link RoadmapItem.fullyUnblocks} counted by value. */
  fullyUnblocksByValue: UnblockedByValue;
  /**
   * Real use cases that lack it and something else as well, fewest other
   * lacks first, then highest value, then by title.
   */
  partlyUnblocks: PartlyUnblockedUseCase[];
}

/**
 * A deprecated capability that real use cases still need.
 *
 * @public
 */
export interface DeprecatedNeed {
  /** The deprecated capability. */
  capability: CapabilityBrief;
  /** The real use cases that need it, highest value first, then by title. */
  useCases: UseCaseBrief[];
  /** The domains of those use cases, sorted. */
  domains: string[];
  /** The personas of those use cases, sorted. */
  personas: string[];
}

/**
 * The platform roadmap of an organisation.
 *
 * @public
 */
export interface PlatformRoadmap {
  /**
   * Every capability that is not available and not deprecated (beta,
   * building, planned, or named but not offered), in roadmap order: most
   * high-value use cases fully unblocked first, then most medium, then
   * most low, then most without a value, then most partly unblocked, then
   * by title.
   */
  items: RoadmapItem[];
  /**
   * Deprecated capabilities that real use cases need, most needed first,
   * then by the highest value needing them, then by title.
   */
  deprecatedButNeeded: DeprecatedNeed[];
}

function countByValue(useCases: UseCaseBrief[]): UnblockedByValue {
  const counts: UnblockedByValue = { high: 0, medium: 0, low: 0, unrated: 0 };
  for (const u of useCases) counts[u.value ?? 'unrated']++;
  return counts;
}

function roadmapOrder(a: RoadmapItem, b: RoadmapItem): number {
  const x = a.fullyUnblocksByValue;
  const y = b.fullyUnblocksByValue;
  return (
    y.high - x.high ||
    y.medium - x.medium ||
    y.low - x.low ||
    y.unrated - x.unrated ||
    b.partlyUnblocks.length - a.partlyUnblocks.length ||
    byTitle(a.capability, b.capability)
  );
}

function highestValue(useCases: UseCaseBrief[]): number {
  // A loop, not Math.max(...list): a list can be longer than the
  // arguments a call may take.
  let highest = -1;
  for (const u of useCases) highest = Math.max(highest, levelRank(u.value));
  return highest;
}

/**
 * The roadmap: for each capability that is not available, the real
 * (committed or live) use cases it would fully or partly unblock, in the
 * order of the value it fully unblocks; and the deprecated capabilities
 * that real use cases still need, with who needs them. Pass the snapshot's
 * {@link DemandIndex} when there is one, so that needs are not indexed
 * twice. A caller that must stay responsive (a backend) runs
 * {@link computePlatformRoadmapSteps} in slices instead.
 *
 * @public
 */
export function computePlatformRoadmap(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
): PlatformRoadmap {
  return runSteps(computePlatformRoadmapSteps(facts, demand));
}

/**
 * What each capability unblocks, filled in one pass over the use cases in
 * value-then-title order, so that every list is in that order as it is
 * built.
 */
interface Unblocking {
  fully: Map<string, UseCaseBrief[]>;
  partly: Map<string, PartlyUnblockedUseCase[]>;
  needers: Map<string, UseCaseBrief[]>;
}

function add<T>(map: Map<string, T[]>, ref: string, value: T) {
  const list = map.get(ref);
  if (list) list.push(value);
  else map.set(ref, [value]);
}

/**
 * Files every real use case under the capabilities it lacks, pausing
 * after each use case.
 */
function* unblocking(
  facts: PortfolioFacts,
  demand: DemandIndex,
): Steps<Unblocking> {
  const real = facts.useCases.filter(isRealUseCase);
  const needs = yield* needsByUseCaseSteps(real, demand);
  // One sort of the use cases rather than one of each capability's lists:
  // at 100,000 data products those sorts took most of the roadmap's time.
  const briefs = real.map(useCaseBrief).sort(byValueThenTitle);
  yield;
  const fully = new Map<string, UseCaseBrief[]>();
  const partly = new Map<string, PartlyUnblockedUseCase[]>();
  const needers = new Map<string, UseCaseBrief[]>();
  for (const brief of briefs) {
    const lacks = needs.get(brief.ref)!.filter(c => !isAvailable(c.status));
    // One entry per use case, listed under each capability it lacks: at
    // 100,000 data products a copy per capability took 50 MiB.
    const partlyEntry: PartlyUnblockedUseCase | undefined =
      lacks.length > 1
        ? { ...brief, alsoLacking: lacks.length - 1 }
        : undefined;
    for (const capability of lacks) {
      if (!partlyEntry) add(fully, capability.ref, brief);
      else add(partly, capability.ref, partlyEntry);
      if (capability.status === 'deprecated') {
        add(needers, capability.ref, brief);
      }
    }
    yield;
  }
  return { fully, partly, needers };
}

/**
 * {@link computePlatformRoadmap} as steps: pauses after each real use
 * case as it reads its needs and files it under what it lacks, after
 * ordering each capability's partly unblocked use cases, and after
 * ordering the roadmap, so that a caller can spread the work over time
 * (pausing costs nothing when it is simply run to the end). Without a
 * {@link DemandIndex}, one is built first.
 *
 * @public
 */
export function* computePlatformRoadmapSteps(
  facts: PortfolioFacts,
  demand?: DemandIndex,
): Steps<PlatformRoadmap> {
  // A ternary, not `??`: some compilers move `yield*` out of a `??` into a
  // function of its own, where it is not allowed.
  const index = demand !== undefined ? demand : yield* DemandIndex.steps(facts);
  const { fully, partly, needers } = yield* unblocking(facts, index);

  const listed = index.items();
  const items: RoadmapItem[] = [];
  for (const { ref, title, status } of listed) {
    if (isAvailable(status) || status === 'deprecated') continue;
    // Already in value-then-title order; the sort is stable, so fewest
    // other lacks first keeps that order among equals.
    const fullyUnblocks = fully.get(ref) ?? [];
    const partlyUnblocks = (partly.get(ref) ?? []).sort(
      (a, b) => a.alsoLacking - b.alsoLacking,
    );
    items.push({
      capability: { ref, title, status },
      fullyUnblocks,
      fullyUnblocksByValue: countByValue(fullyUnblocks),
      partlyUnblocks,
    });
    yield;
  }
  items.sort(roadmapOrder);
  yield;

  const deprecated: Array<{ need: DeprecatedNeed; highest: number }> = [];
  for (const { ref, title, status } of listed) {
    if (status !== 'deprecated' || !needers.has(ref)) continue;
    const useCases = needers.get(ref)!;
    const domains = useCases
      .map(u => u.domain)
      .filter((d): d is string => d !== null);
    deprecated.push({
      need: {
        capability: { ref, title, status },
        useCases,
        domains: [...new Set(domains)].sort(),
        personas: [...new Set(useCases.flatMap(u => u.personas))].sort(),
      },
      // Worked out once here, not in every comparison of the sort.
      highest: highestValue(useCases),
    });
    yield;
  }
  deprecated.sort(
    (a, b) =>
      b.need.useCases.length - a.need.useCases.length ||
      b.highest - a.highest ||
      byTitle(a.need.capability, b.need.capability),
  );
  return {
    items,
    deprecatedButNeeded: deprecated.map(d => d.need),
  };
}
