import type { ApiQuery } from '../api/wire';
import {
  CapabilityItem,
  CapabilityNeed,
  DomainSortField,
  DomainSummary,
  EntityCapabilitiesResponse,
  Freshness,
  capabilityDemandGroup,
} from '../api/types';
import { DATA_MESH_PHASES } from '../kinds/constants';
import type { PageWindow } from '../portfolio/demand';
import { pageOfList } from './paging';
import { compareText } from '../text/compareText';

/*
 * Which rows a list route answers, in which order: the filters and sorts
 * of the routes whose query narrows a computed list.
 */

/**
 * The filters of `GET /capabilities`.
 *
 * @public
 */
export type CapabilityListFilters = Pick<
  ApiQuery<'/capabilities'>,
  'view' | 'category' | 'status' | 'group'
>;

/**
 * The capabilities `GET /capabilities` lists for its filters, in the
 * demand index's order: only demanded ones in the teams' view (the
 * default), every one in the platform view.
 *
 * @public
 */
export function selectCapabilities(
  items: readonly CapabilityItem[],
  filters: CapabilityListFilters,
): CapabilityItem[] {
  return items.filter(
    item =>
      (filters.view === 'platform' || item.demand.count > 0) &&
      (filters.category === undefined || item.category === filters.category) &&
      (filters.status === undefined || item.status === filters.status) &&
      (filters.group === undefined ||
        capabilityDemandGroup(item) === filters.group),
  );
}

/**
 * What `GET /domains` filters and sorts a domain by.
 *
 * @public
 */
export type DomainRow = Pick<
  DomainSummary,
  | 'scope'
  | 'title'
  | 'phase'
  | 'archetype'
  | 'metrics'
  | 'dataProducts'
  | 'useCases'
>;

/**
 * The filters and order of `GET /domains`.
 *
 * @public
 */
export type DomainListFilters = Pick<
  ApiQuery<'/domains'>,
  'q' | 'phase' | 'archetype' | 'sort' | 'order'
>;

const collator = new Intl.Collator('en', { sensitivity: 'base' });

const DOMAIN_ORDER: Record<
  DomainSortField,
  (a: DomainRow, b: DomainRow) => number
> = {
  title: (a, b) => collator.compare(a.title, b.title),
  phase: (a, b) =>
    DATA_MESH_PHASES.indexOf(a.phase) - DATA_MESH_PHASES.indexOf(b.phase),
  adoption: (a, b) => a.metrics.adoption - b.metrics.adoption,
  dataProducts: (a, b) => a.dataProducts - b.dataProducts,
  useCases: (a, b) => a.useCases - b.useCases,
};

/**
 * The domains `GET /domains` lists: those whose title or ref contains `q`
 * (in any case) and that have the phase and archetype asked for, sorted by
 * `sort` (title by default) in `order` (ascending by default), then by
 * title and ref.
 *
 * @public
 */
export function selectDomains<D extends DomainRow>(
  domains: readonly D[],
  filters: DomainListFilters,
): D[] {
  const q = filters.q?.toLocaleLowerCase('en-US');
  const compare = DOMAIN_ORDER[filters.sort ?? 'title'];
  const direction = filters.order === 'desc' ? -1 : 1;
  return domains
    .filter(
      d =>
        (!q ||
          d.title.toLocaleLowerCase('en-US').includes(q) ||
          d.scope.includes(q)) &&
        (!filters.phase || d.phase === filters.phase) &&
        (!filters.archetype || d.archetype === filters.archetype),
    )
    .sort(
      (a, b) =>
        direction * compare(a, b) ||
        collator.compare(a.title, b.title) ||
        (a.scope < b.scope ? -1 : 1),
    );
}

/**
 * A page of what an entity needs, as
 * `GET /entities/{kind}/{namespace}/{name}/capabilities` answers it: the
 * page, and how many of all its needs are not available yet.
 *
 * @public
 */
export function entityNeedsPage(
  entityRef: string,
  needs: readonly CapabilityNeed[],
  window: PageWindow,
  freshness: Freshness,
): EntityCapabilitiesResponse {
  const { items, ...page } = pageOfList(needs, window);
  return {
    entityRef,
    needs: items,
    notAvailable: needs.filter(n => !n.available).length,
    ...page,
    ...freshness,
  };
}

/**
 * Business units in the order `GET /business-units` lists them: by title,
 * then by ref.
 *
 * @public
 */
export function orderBusinessUnits<U extends { title: string; scope: string }>(
  units: readonly U[],
): U[] {
  return [...units].sort(
    (a, b) => compareText(a.title, b.title) || compareText(a.scope, b.scope),
  );
}
