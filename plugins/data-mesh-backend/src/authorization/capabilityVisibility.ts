import type { SnapshotCapabilityNames } from '../reads/PortfolioService';
import type { CanRead } from './PassingRefs';

/**
 * Entities asked about per capability and round: the first readable one
 * settles it, and a caller usually may read one of the first few.
 */
const NAMERS_PER_ROUND = 25;

/**
 * Which of these capabilities the caller may see. An offered capability is
 * an entity, seen when the caller may read it. A capability that no entity
 * offers has no entity of its own, but its name is text written in the
 * entities that require it: it is seen only when the caller may read at
 * least one of them, so that a name written only in a restricted entity is
 * never shown.
 *
 * Namers are checked a few per capability and round, in batches, until one
 * readable namer is found or none is left: bounded requests whatever the
 * number of namers. An unconfirmed check counts as not seen and marks the
 * answer.
 */
export async function visibleCapabilities(
  refs: Iterable<string>,
  names: SnapshotCapabilityNames,
  readable: (refs: Iterable<string>) => Promise<CanRead>,
): Promise<CanRead> {
  const unique = [...new Set(refs)];
  const sources = names.capabilityNameSources(unique);
  const seen = new Set<string>();
  let unconfirmed = false;

  const offered = unique.filter(ref => sources.get(ref) === null);
  let searching = unique
    .filter(ref => Array.isArray(sources.get(ref)))
    .map(ref => ({ ref, namers: sources.get(ref)!, next: 0 }));
  let first = true;
  while (first || searching.length > 0) {
    const asked = first ? [...offered] : [];
    for (const s of searching) {
      asked.push(...s.namers.slice(s.next, s.next + NAMERS_PER_ROUND));
    }
    const canRead = await readable(asked);
    unconfirmed ||= Boolean(canRead.unconfirmed);
    if (first) offered.filter(canRead).forEach(ref => seen.add(ref));
    first = false;
    searching = searching.filter(s => {
      const round = s.namers.slice(s.next, s.next + NAMERS_PER_ROUND);
      if (round.some(canRead)) {
        seen.add(s.ref);
        return false;
      }
      s.next += NAMERS_PER_ROUND;
      return s.next < s.namers.length;
    });
  }
  return Object.assign((ref: string) => seen.has(ref), { unconfirmed });
}

/**
 * A caller's readable entities and visible capabilities together: `read`
 * for entity refs, `see` for capability refs.
 */
export interface CallerView {
  /** Whether the caller may read an entity. */
  read: CanRead;
  /** Whether the caller may see a capability (see {@link visibleCapabilities}). */
  see: CanRead;
}
