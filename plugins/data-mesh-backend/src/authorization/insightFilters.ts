import {
  BriefSample,
  BusinessUnitSummary,
  CapabilityBrief,
  ComplementaryPairItem,
  DeprecatedNeedItem,
  RefSample,
  RoadmapEntry,
  UseCaseBrief,
  UseCasePortfolioItem,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { CanRead } from './PassingRefs';

/*
 * The execution insights as one caller may see them, by the same rules as
 * the rest of the API: an item naming a use case, capability or group the
 * caller may not read is left out, refs and briefs it may not read are left
 * out of samples, a domain it may not read becomes null, and the counts of
 * samples stay as computed. Capabilities are judged by `see` (see
 * visibleCapabilities): a capability that no entity offers is seen only by
 * callers who may read an entity naming it. Each `…Refs` function lists the
 * entities its filter will ask about, and each `…Capabilities` function the
 * capabilities, so that a page is checked in one go.
 */

const refSample = (s: RefSample, canRead: CanRead): RefSample => ({
  count: s.count,
  sample: s.sample.filter(canRead),
});

function capabilities(
  s: BriefSample<CapabilityBrief>,
  see: CanRead,
): BriefSample<CapabilityBrief> {
  return { count: s.count, sample: s.sample.filter(c => see(c.ref)) };
}

/** A use case's brief with its domain hidden when unreadable. */
function brief<T extends UseCaseBrief>(u: T, canRead: CanRead): T {
  return { ...u, domain: u.domain && canRead(u.domain) ? u.domain : null };
}

function briefs<T extends UseCaseBrief>(
  s: BriefSample<T>,
  canRead: CanRead,
): BriefSample<T> {
  return {
    count: s.count,
    sample: s.sample.filter(u => canRead(u.ref)).map(u => brief(u, canRead)),
  };
}

const briefRefs = (u: UseCaseBrief) => [u.ref, ...(u.domain ? [u.domain] : [])];

/** Refs a use case of the portfolio names. */
export function portfolioItemRefs(u: UseCasePortfolioItem): string[] {
  return [...briefRefs(u), ...u.consumes.sample];
}

/** Capabilities a use case of the portfolio names. */
export const portfolioItemCapabilities = (u: UseCasePortfolioItem) =>
  u.blockedBy.sample.map(c => c.ref);

/** A portfolio's use cases as the caller may see them. */
export function filterPortfolioItems(
  items: UseCasePortfolioItem[],
  canRead: CanRead,
  see: CanRead,
): UseCasePortfolioItem[] {
  return items
    .filter(u => canRead(u.ref))
    .map(u => ({
      ...brief(u, canRead),
      consumes: refSample(u.consumes, canRead),
      blockedBy: capabilities(u.blockedBy, see),
    }));
}

/** Refs a complementary pair names. */
export function pairRefs(p: ComplementaryPairItem): string[] {
  return [...briefRefs(p.first), ...briefRefs(p.second)];
}

/** Capabilities a complementary pair names. */
export const pairCapabilities = (p: ComplementaryPairItem) =>
  p.shared.sample.map(c => c.ref);

/** Pairs as the caller may see them: both use cases must be readable. */
export function filterPairs(
  items: ComplementaryPairItem[],
  canRead: CanRead,
  see: CanRead,
): ComplementaryPairItem[] {
  return items
    .filter(p => canRead(p.first.ref) && canRead(p.second.ref))
    .map(p => ({
      ...p,
      first: brief(p.first, canRead),
      second: brief(p.second, canRead),
      shared: capabilities(p.shared, see),
    }));
}

/** Refs a roadmap entry names. */
export function roadmapRefs(e: RoadmapEntry): string[] {
  return [
    ...e.fullyUnblocks.sample.flatMap(briefRefs),
    ...e.partlyUnblocks.sample.flatMap(briefRefs),
  ];
}

/** Roadmap entries as the caller may see them. */
export function filterRoadmap(
  items: RoadmapEntry[],
  canRead: CanRead,
  see: CanRead,
): RoadmapEntry[] {
  return items
    .filter(e => see(e.capability.ref))
    .map(e => ({
      ...e,
      fullyUnblocks: {
        ...briefs(e.fullyUnblocks, canRead),
        byValue: e.fullyUnblocks.byValue,
      },
      partlyUnblocks: briefs(e.partlyUnblocks, canRead),
    }));
}

/** Use-case briefs of a page as the caller may see them. */
export function filterBriefs<T extends UseCaseBrief>(
  items: T[],
  canRead: CanRead,
): T[] {
  return items.filter(u => canRead(u.ref)).map(u => brief(u, canRead));
}

/** Refs a deprecated need names. */
export function deprecatedRefs(d: DeprecatedNeedItem): string[] {
  return [...d.useCases.sample.flatMap(briefRefs), ...d.domains.sample];
}

/** Deprecated needs as the caller may see them. */
export function filterDeprecated(
  items: DeprecatedNeedItem[],
  canRead: CanRead,
  see: CanRead,
): DeprecatedNeedItem[] {
  return items
    .filter(d => see(d.capability.ref))
    .map(d => ({
      ...d,
      useCases: briefs(d.useCases, canRead),
      domains: refSample(d.domains, canRead),
    }));
}

/** Refs a business unit's row names. */
export function unitRefs(u: BusinessUnitSummary): string[] {
  return [u.scope, ...u.domains.sample, ...u.childUnits.sample];
}

/** Business units as the caller may see them. */
export function filterUnits(
  items: BusinessUnitSummary[],
  canRead: CanRead,
): BusinessUnitSummary[] {
  return items
    .filter(u => canRead(u.scope))
    .map(u => ({
      ...u,
      domains: refSample(u.domains, canRead),
      childUnits: refSample(u.childUnits, canRead),
    }));
}
