import { Entity } from '@backstage/catalog-model';
import { seededRandom } from './seededRandom';

/*
 * Deterministic synthetic organisations for the benchmarks and the scale
 * tests. Everything is drawn from a seeded generator, so the same size gives
 * the same entities on every machine and runs compare.
 */

/**
 * The label that the example permission policy hides entities by.
 *
 * @public
 */
export const RESTRICTED_LABEL = 'portal.example/restricted';

/**
 * Sizes of a synthetic organisation, all derived from the data products.
 *
 * @public
 */
export interface OrganisationSize {
  /** Data products, spread over the domains. */
  dataProducts: number;
  /** Domains, each owned by a team. */
  domains: number;
  /** Groups, in a tree from the organisation down to teams. */
  groups: number;
  /** Use cases, in every status. */
  useCases: number;
  /** Platform capabilities offered as entities. */
  capabilities: number;
}

/**
 * The proportions of the scale issue's organisation (10,000 data products,
 * 4,000 use cases, 200 domains, 400 groups, 300 capabilities), for any
 * number of data products.
 *
 * @public
 */
export function organisationSize(dataProducts: number): OrganisationSize {
  return {
    dataProducts,
    domains: Math.max(5, Math.round(dataProducts / 50)),
    groups: Math.max(10, Math.round(dataProducts / 25)),
    useCases: Math.round(dataProducts * 0.4),
    capabilities: Math.min(300, Math.max(20, Math.round(dataProducts * 0.03))),
  };
}

const V1 = 'data-mesh-portfolio.io/v1alpha1';
const pad = (i: number) => String(i).padStart(6, '0');

/**
 * A deterministic organisation of the given size, shaped like a real mesh:
 * - groups in a tree (organisation → business units → teams), each domain
 *   owned by a team, one in five domains a subdomain of another;
 * - data products in three lineage tiers (source-aligned read nothing in
 *   the mesh, aggregates read sources, consumer-aligned read both), plus a
 *   few random input ports that may close cycles;
 * - capability requirements skewed, so that a few capabilities are needed
 *   by thousands and many by few;
 * - use cases in every status, consuming two to five products each;
 * - about one entity in twenty labelled {@link RESTRICTED_LABEL}.
 *
 * @public
 */
export function syntheticOrganisation(size: OrganisationSize): Entity[] {
  const random = seededRandom(size.dataProducts * 7919 + 17);
  const pick = <T>(values: readonly T[]) =>
    values[Math.floor(random() * values.length)];
  const int = (min: number, max: number) =>
    min + Math.floor(random() * (max - min + 1));
  const labels = () =>
    random() < 0.05 ? { labels: { [RESTRICTED_LABEL]: 'true' } } : {};
  // Skewed: index 0 is the most required capability.
  const capability = () =>
    `capability-${pad(Math.floor(size.capabilities * random() ** 3))}`;
  const entities: Entity[] = [];

  const businessUnits = Math.max(2, Math.round(size.groups / 20));
  const teams = size.groups - 1 - businessUnits;
  entities.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'organisation' },
    spec: { type: 'organisation', children: [] },
  });
  for (let b = 0; b < businessUnits; b++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: `unit-${pad(b)}` },
      spec: { type: 'business-unit', parent: 'organisation', children: [] },
    });
  }
  const team = (t: number) => `team-${pad(t % teams)}`;
  for (let t = 0; t < teams; t++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: team(t) },
      spec: {
        type: 'team',
        parent: `unit-${pad(t % businessUnits)}`,
        children: [],
      },
    });
  }
  entities.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'platform' },
    spec: { type: 'team', parent: 'organisation', children: [] },
  });

  const domainOwner = (d: number) => team(d * 2);
  for (let d = 0; d < size.domains; d++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: `domain-${pad(d)}`, ...labels() },
      spec: {
        owner: domainOwner(d),
        type: pick(['source-aligned', 'aggregate', 'consumer-aligned']),
        ...(d % 5 ? { subdomainOf: `domain-${pad(d - (d % 5))}` } : {}),
      },
    });
  }

  // Products are numbered so that tiers are easy to draw from: in each
  // domain, the first four of ten are sources, the next three aggregates.
  const tierOf = (p: number) => {
    if (p % 10 < 4) return 0;
    return p % 10 < 7 ? 1 : 2;
  };
  const productInTier = (tier: number) => {
    for (;;) {
      const p = Math.floor(random() * size.dataProducts);
      if (tierOf(p) === tier) return p;
    }
  };
  const product = (p: number) => `product-${pad(p)}`;
  for (let p = 0; p < size.dataProducts; p++) {
    const d = Math.floor((p * size.domains) / size.dataProducts);
    const tier = tierOf(p);
    const upstream = new Set<number>();
    if (tier > 0) {
      for (let i = int(1, 3); i > 0; i--) {
        upstream.add(productInTier(tier === 1 ? 0 : int(0, 1)));
      }
    }
    if (random() < 0.02) upstream.add(Math.floor(random() * size.dataProducts));
    upstream.delete(p);
    const requires = new Set<string>();
    for (let i = int(1, 3); i > 0; i--) requires.add(capability());
    entities.push({
      apiVersion: V1,
      kind: 'DataProduct',
      metadata: { name: product(p), ...labels() },
      spec: {
        owner: random() < 0.8 ? domainOwner(d) : team(int(0, teams - 1)),
        domain: `domain-${pad(d)}`,
        type: ['source-aligned', 'aggregate', 'consumer-aligned'][tier],
        lifecycle: pick([
          'active',
          'active',
          'active',
          'active',
          'active',
          'active',
          'draft',
          'proposed',
          'deprecated',
          'retired',
        ]),
        inputPorts: [...upstream].map((u, i) => ({
          name: `in-${i}`,
          dataProduct: product(u),
        })),
        outputPorts: [{ name: 'out', type: 'table' }],
        requiresCapabilities: [...requires],
      },
    });
  }

  for (let u = 0; u < size.useCases; u++) {
    const consumes = new Set<string>();
    for (let i = int(2, 5); i > 0; i--) {
      consumes.add(product(productInTier(pick([1, 2, 2]))));
    }
    const requires = new Set<string>();
    for (let i = int(0, 2); i > 0; i--) requires.add(capability());
    entities.push({
      apiVersion: V1,
      kind: 'UseCase',
      metadata: { name: `use-case-${pad(u)}`, ...labels() },
      spec: {
        owner: team(int(0, teams - 1)),
        domain: `domain-${pad(int(0, size.domains - 1))}`,
        status: pick([
          'proposed',
          'proposed',
          'committed',
          'committed',
          'committed',
          'live',
          'live',
          'live',
          'live',
          'retired',
        ]),
        personas: [
          ...new Set([
            pick(['data-analyst', 'data-scientist', 'ml-engineer']),
            pick(['business-user', 'data-analyst']),
          ]),
        ],
        value: pick(['low', 'medium', 'high']),
        complexity: pick(['low', 'medium', 'high']),
        consumes: [...consumes],
        requiresCapabilities: [...requires],
      },
    });
  }

  for (let c = 0; c < size.capabilities; c++) {
    // One referenced capability in ten has no entity: demanded but not
    // offered.
    if (c % 10 === 7) continue;
    entities.push({
      apiVersion: V1,
      kind: 'PlatformCapability',
      metadata: {
        name: `capability-${pad(c)}`,
        title: `Capability ${c}`,
        ...(c % 30 === 29 ? { labels: { [RESTRICTED_LABEL]: 'true' } } : {}),
      },
      spec: {
        owner: 'platform',
        status: pick(['available', 'available', 'beta', 'building', 'planned']),
        category: pick(['ingestion', 'storage', 'processing', 'governance']),
      },
    });
  }
  return entities;
}
