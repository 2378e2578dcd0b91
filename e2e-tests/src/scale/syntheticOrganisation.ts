import { Entity } from '@backstage/catalog-model';

/** Sizes of a synthetic organisation for benchmarks. */
export interface OrganisationSize {
  domains: number;
  dataProductsPerDomain: number;
  useCases: number;
  capabilities: number;
}

/**
 * A deterministic organisation of the given size: domains in a two-level
 * tree, data products in three lineage tiers, use cases consuming a few products each, capabilities required
 * by both. No randomness, so runs compare.
 */
export function syntheticOrganisation(size: OrganisationSize): Entity[] {
  const V = 'data-mesh-portfolio.io/v1alpha1';
  const entities: Entity[] = [];
  const cap = (i: number) => `cap-${i % size.capabilities}`;
  for (let g = 0; g < size.domains; g++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: `team-${g}` },
      spec: {
        type: 'team',
        children: [],
        ...(g % 10 ? { parent: `team-${g - (g % 10)}` } : {}),
      },
    });
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: `domain-${g}` },
      spec: {
        owner: `team-${g}`,
        type: 'source-aligned',
        ...(g % 10 ? { subdomainOf: `domain-${g - (g % 10)}` } : {}),
      },
    });
    for (let p = 0; p < size.dataProductsPerDomain; p++) {
      // Three tiers, as in most meshes: source-aligned products read
      // systems, aggregates read sources, consumer-aligned read both.
      const tier = g % 3;
      const upstream =
        tier === 0
          ? []
          : [
              `product-${g - 1}-${p}`,
              ...(tier === 2
                ? [`product-${g - 2}-${(p + 1) % size.dataProductsPerDomain}`]
                : []),
            ];
      entities.push({
        apiVersion: V,
        kind: 'DataProduct',
        metadata: { name: `product-${g}-${p}` },
        spec: {
          owner: `team-${g}`,
          domain: `domain-${g}`,
          lifecycle: (g + p) % 3 ? 'active' : 'draft',
          inputPorts: upstream.map((ref, i) => ({
            name: `in-${i}`,
            dataProduct: ref,
          })),
          outputPorts: [{ name: 'out', type: 'table' }],
          requiresCapabilities: [cap(g + p), cap(g * 7 + p)],
        },
      });
    }
  }
  for (let u = 0; u < size.useCases; u++) {
    const g = u % size.domains;
    entities.push({
      apiVersion: V,
      kind: 'UseCase',
      metadata: { name: `use-case-${u}` },
      spec: {
        owner: `team-${g}`,
        domain: `domain-${g}`,
        status: ['proposed', 'committed', 'live', 'retired'][u % 4],
        personas: ['data-analyst', 'data-scientist'].slice(0, 1 + (u % 2)),
        value: ['low', 'medium', 'high'][u % 3],
        consumes: [`product-${g}-0`, `product-${(g * 3) % size.domains}-1#out`],
        requiresCapabilities: [cap(u)],
      },
    });
  }
  for (let c = 0; c < size.capabilities; c++) {
    entities.push({
      apiVersion: V,
      kind: 'PlatformCapability',
      metadata: { name: `cap-${c}` },
      spec: { owner: 'platform', status: c % 4 ? 'available' : 'planned' },
    });
  }
  return entities;
}
