import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityChangesEvent,
  PORTFOLIO_ENTITY_KINDS,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The longest ref kept: the column holding told changes. */
const MAX_REF_LENGTH = 512;

const PORTFOLIO_KINDS = new Set(
  PORTFOLIO_ENTITY_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
);

/** The refs one event on the changes topic tells, normalised. */
export interface ToldRefs {
  /** Entities whose fields the portfolio reads changed. */
  changed: string[];
  /** Entities the teller saw for the first time since it started. */
  firstSight: string[];
}

function portfolioRefs(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const told = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string' || value.length > MAX_REF_LENGTH) continue;
    try {
      const ref = parseEntityRef(value);
      if (!PORTFOLIO_KINDS.has(ref.kind.toLocaleLowerCase('en-US'))) continue;
      told.add(normalizeEntityRef(ref));
    } catch {
      // Not an entity ref: nothing to read.
    }
  }
  return [...told];
}

/**
 * The refs an event on the changes topic tells, normalised: what is not a
 * full entity ref of a kind the portfolio reads is left out. Whatever
 * publishes on the topic, a malformed ref must never reach the catalog
 * request of every later run, which it would fail.
 */
export function toldRefs(payload: unknown): ToldRefs {
  const event = (payload ?? {}) as Partial<EntityChangesEvent>;
  return {
    changed: portfolioRefs(event.entityRefs),
    firstSight: portfolioRefs(event.firstSightRefs),
  };
}
