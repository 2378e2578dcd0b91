import type {
  CapabilityDemand,
  CapabilityItem,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The platform team's groups of capabilities. */
export interface PlatformCapabilityGroups {
  /** Offered and needed by at least one real use case. */
  demanded: CapabilityItem[];
  /** Needed by real use cases but with no PlatformCapability entity. */
  notOffered: CapabilityItem[];
  /** Needed only by proposed use cases so far. */
  emergingOnly: CapabilityItem[];
  /** Needed by nobody: candidates to stop building (YAGNI). */
  noDemand: CapabilityItem[];
}

/** Most demanded first; ties keep the order the backend gave. */
export function byDemandDescending(items: CapabilityItem[]): CapabilityItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) => b.item.demand.count - a.item.demand.count || a.index - b.index,
    )
    .map(({ item }) => item);
}

/** Splits the platform view into the groups the platform team acts on. */
export function groupForPlatform(
  items: CapabilityItem[],
): PlatformCapabilityGroups {
  const groups: PlatformCapabilityGroups = {
    demanded: [],
    notOffered: [],
    emergingOnly: [],
    noDemand: [],
  };
  for (const item of byDemandDescending(items)) {
    if (item.demand.count > 0) {
      (item.offered ? groups.demanded : groups.notOffered).push(item);
    } else if (item.emergingDemand.count > 0) {
      groups.emergingOnly.push(item);
    } else {
      groups.noDemand.push(item);
    }
  }
  groups.emergingOnly.sort(
    (a, b) => b.emergingDemand.count - a.emergingDemand.count,
  );
  return groups;
}

/** How one use case comes to need a capability. */
export interface UseCaseNeed {
  useCase: string;
  direct: boolean;
  /** The data products it needs the capability through. */
  viaDataProducts: string[];
}

/** Regroups a capability's demand by use case: directly, or via products. */
export function needsByUseCase(demand: CapabilityDemand): UseCaseNeed[] {
  const direct = new Set(demand.direct);
  return demand.useCases.map(useCase => ({
    useCase,
    direct: direct.has(useCase),
    viaDataProducts: Object.entries(demand.viaDataProducts)
      .filter(([, useCases]) => useCases.includes(useCase))
      .map(([product]) => product)
      .sort(),
  }));
}
