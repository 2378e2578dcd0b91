import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityChange,
  PORTFOLIO_ENTITY_FIELDS,
  PortfolioFacts,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { PendingChange, isLastLook } from '../store/ChangeQueue';

/** What reading the told changes from the catalog found. */
export interface ChangeRead {
  /** What to apply: each changed entity now, or `null` once it is gone. */
  changes: EntityChange[];
  /** The told changes this read settles: found, or checked often enough. */
  settled: PendingChange[];
  /**
   * Told changes the catalog does not show yet (it stores an entity just
   * after processing it), or that change nothing the portfolio reads:
   * checked once more later.
   */
  unchanged: PendingChange[];
  /**
   * A data contract (an `odcs` API) changed: its versions are read and
   * diffed by the full recompute only.
   */
  needsFullRead: boolean;
}

/** Refs per catalog request. */
const REFS_PER_REQUEST = 500;

/** Every fact of one set, by ref, as JSON, for the refs asked about. */
function factsByRef(
  facts: PortfolioFacts,
  refs: ReadonlySet<string>,
): Map<string, { json: string; apiType?: string | null }> {
  const found = new Map<string, { json: string; apiType?: string | null }>();
  const lists: Array<readonly { ref: string }[]> = [
    facts.domains,
    facts.dataProducts,
    facts.useCases,
    facts.capabilities,
    facts.groups,
  ];
  for (const list of lists) {
    for (const fact of list) {
      if (refs.has(fact.ref))
        found.set(fact.ref, { json: JSON.stringify(fact) });
    }
  }
  for (const api of facts.apis ?? []) {
    if (refs.has(api.ref)) {
      found.set(api.ref, { json: JSON.stringify(api), apiType: api.type });
    }
  }
  return found;
}

/**
 * Reads the told changes' entities from the catalog (only the fields the
 * facts read, a page of refs per request) and compares each entity's facts
 * with those the portfolio holds. A change that shows is applied; one that
 * does not is the catalog not having stored it yet, or an edit the facts do
 * not see: it is looked for once more, then let go.
 */
export async function readChanges(
  catalog: CatalogService,
  auth: AuthService,
  pending: readonly PendingChange[],
  held: PortfolioFacts,
): Promise<ChangeRead> {
  const credentials = await auth.getOwnServiceCredentials();
  const before = factsByRef(held, new Set(pending.map(p => p.ref)));
  const read: ChangeRead = {
    changes: [],
    settled: [],
    unchanged: [],
    needsFullRead: false,
  };
  for (let i = 0; i < pending.length; i += REFS_PER_REQUEST) {
    const part = pending.slice(i, i + REFS_PER_REQUEST);
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: part.map(p => p.ref), fields: PORTFOLIO_ENTITY_FIELDS },
      { credentials },
    );
    part.forEach((change, index) => {
      const entity = items[index] ?? null;
      const now = entity
        ? factsByRef(factsFromEntities([entity]), new Set([change.ref])).get(
            change.ref,
          )
        : undefined;
      const was = before.get(change.ref);
      if (was?.apiType === 'odcs' || now?.apiType === 'odcs') {
        read.needsFullRead = true;
      }
      if (was?.json !== now?.json) {
        read.changes.push({ ref: change.ref, entity: now ? entity : null });
        read.settled.push(change);
      } else if (isLastLook(change)) {
        read.settled.push(change);
      } else {
        read.unchanged.push(change);
      }
    });
  }
  return read;
}
