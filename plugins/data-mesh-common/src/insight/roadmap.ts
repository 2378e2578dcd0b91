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
  needsByUseCase,
  useCaseBrief,
} from './briefs';

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
  return Math.max(-1, ...useCases.map(u => levelRank(u.value)));
}

/**
 * The roadmap: for each capability that is not available, the real
 * (committed or live) use cases it would fully or partly unblock, in the
 * order of the value it fully unblocks; and the deprecated capabilities
 * that real use cases still need, with who needs them. Pass the snapshot's
 * {@link DemandIndex} when there is one, so that needs are not indexed
 * twice.
 *
 * @public
 */
export function computePlatformRoadmap(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
): PlatformRoadmap {
  const real = facts.useCases.filter(isRealUseCase);
  const needs = needsByUseCase(real, demand);
  const lacking = new Map(
    real.map(u => [u, needs.get(u.ref)!.filter(c => !isAvailable(c.status))]),
  );

  const fully = new Map<string, UseCaseBrief[]>();
  const partly = new Map<string, PartlyUnblockedUseCase[]>();
  const needers = new Map<string, UseCaseBrief[]>();
  const add = <T>(map: Map<string, T[]>, ref: string, value: T) => {
    const list = map.get(ref);
    if (list) list.push(value);
    else map.set(ref, [value]);
  };
  // Each list is sorted by value, then title: compare a rank worked out
  // once per use case rather than titles in every list.
  const briefs = new Map(real.map(u => [u, useCaseBrief(u)]));
  const rank = new Map(
    [...briefs.values()].sort(byValueThenTitle).map((b, i) => [b.ref, i]),
  );
  const byRank = (a: UseCaseBrief, b: UseCaseBrief) =>
    rank.get(a.ref)! - rank.get(b.ref)!;
  for (const [useCase, lacks] of lacking) {
    const brief = briefs.get(useCase)!;
    for (const capability of lacks) {
      if (lacks.length === 1) add(fully, capability.ref, brief);
      else
        add(partly, capability.ref, {
          ...brief,
          alsoLacking: lacks.length - 1,
        });
      if (capability.status === 'deprecated') {
        add(needers, capability.ref, brief);
      }
    }
  }

  const listed = demand.items();
  const items: RoadmapItem[] = listed
    .filter(c => !isAvailable(c.status) && c.status !== 'deprecated')
    .map(({ ref, title, status }) => {
      const fullyUnblocks = (fully.get(ref) ?? []).sort(byRank);
      return {
        capability: { ref, title, status },
        fullyUnblocks,
        fullyUnblocksByValue: countByValue(fullyUnblocks),
        partlyUnblocks: (partly.get(ref) ?? []).sort(
          (a, b) => a.alsoLacking - b.alsoLacking || byRank(a, b),
        ),
      };
    })
    .sort(roadmapOrder);

  const deprecatedButNeeded: DeprecatedNeed[] = listed
    .filter(c => c.status === 'deprecated' && needers.has(c.ref))
    .map(({ ref, title, status }) => {
      const useCases = needers.get(ref)!.sort(byRank);
      const domains = useCases
        .map(u => u.domain)
        .filter((d): d is string => d !== null);
      return {
        capability: { ref, title, status },
        useCases,
        domains: [...new Set(domains)].sort(),
        personas: [...new Set(useCases.flatMap(u => u.personas))].sort(),
      };
    })
    .sort(
      (a, b) =>
        b.useCases.length - a.useCases.length ||
        highestValue(b.useCases) - highestValue(a.useCases) ||
        byTitle(a.capability, b.capability),
    );

  return { items, deprecatedButNeeded };
}
