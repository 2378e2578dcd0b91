import type {
  CapabilityItem,
  CapabilityNeed,
  DanglingReference,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { StoredDomain } from '../service/snapshot';
import type { CanRead } from './readableRefs';

/*
 * Drop what the caller may not read. Aggregate counts stay as computed: they
 * reveal no names, and changing them per user would make figures disagree.
 */

/** Every entity ref a list of capabilities names. */
export function refsInCapabilities(items: CapabilityItem[]): string[] {
  return items.flatMap(item => [
    item.ref,
    ...item.demand.useCases,
    ...Object.keys(item.demand.viaDataProducts),
    ...item.demand.domains,
    ...item.emergingDemand.useCases,
  ]);
}

/** Capabilities with unreadable entities and names removed. */
export function filterCapabilities(
  items: CapabilityItem[],
  canRead: CanRead,
): CapabilityItem[] {
  return items
    .filter(item => !item.offered || canRead(item.ref))
    .map(item => ({
      ...item,
      demand: {
        ...item.demand,
        useCases: item.demand.useCases.filter(canRead),
        direct: item.demand.direct.filter(canRead),
        viaDataProducts: Object.fromEntries(
          Object.entries(item.demand.viaDataProducts)
            .filter(([product]) => canRead(product))
            .map(([product, useCases]) => [product, useCases.filter(canRead)]),
        ),
        domains: item.demand.domains.filter(canRead),
      },
      emergingDemand: {
        ...item.emergingDemand,
        useCases: item.emergingDemand.useCases.filter(canRead),
      },
    }));
}

/** Needs with unreadable capabilities and products removed. */
export function filterNeeds(
  needs: CapabilityNeed[],
  canRead: CanRead,
): CapabilityNeed[] {
  return needs
    .filter(need => need.status === 'not-offered' || canRead(need.ref))
    .map(need => ({
      ...need,
      via: need.via.filter(v => v === 'direct' || canRead(v)),
    }));
}

/** Domains the caller may read; an unreadable parent is not named. */
export function filterDomains(
  domains: StoredDomain[],
  canRead: CanRead,
): StoredDomain[] {
  return domains
    .filter(domain => canRead(domain.scope))
    .map(domain => ({
      ...domain,
      subdomainOf:
        domain.subdomainOf && canRead(domain.subdomainOf)
          ? domain.subdomainOf
          : null,
    }));
}

/** Dangling references whose holder the caller may read. */
export function filterDangling(
  items: DanglingReference[],
  canRead: CanRead,
): DanglingReference[] {
  return items.filter(item => canRead(item.from));
}
