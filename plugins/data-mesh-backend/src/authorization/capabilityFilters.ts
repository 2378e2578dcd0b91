import type {
  CapabilityItem,
  RefSample,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { CanRead } from './PassingRefs';

/** A sample without the refs the caller may not read; its count stays. */
export const sample = (s: RefSample, canRead: CanRead): RefSample => ({
  count: s.count,
  sample: s.sample.filter(canRead),
});

/** The entities a capability's row names (its own ref aside). */
export function capabilitySampleRefs(item: CapabilityItem): string[] {
  const { samples } = item.demand;
  return [
    ...samples.useCases.sample,
    ...samples.direct.sample,
    ...samples.dataProducts.sample,
    ...samples.domains.sample,
    ...item.emergingDemand.samples.useCases.sample,
  ];
}

/** A capability's row without the samples' refs the caller may not read. */
export function filterCapability(
  item: CapabilityItem,
  canRead: CanRead,
): CapabilityItem {
  const { samples } = item.demand;
  return {
    ...item,
    demand: {
      ...item.demand,
      samples: {
        useCases: sample(samples.useCases, canRead),
        direct: sample(samples.direct, canRead),
        dataProducts: sample(samples.dataProducts, canRead),
        domains: sample(samples.domains, canRead),
      },
    },
    emergingDemand: {
      count: item.emergingDemand.count,
      samples: {
        useCases: sample(item.emergingDemand.samples.useCases, canRead),
      },
    },
  };
}
