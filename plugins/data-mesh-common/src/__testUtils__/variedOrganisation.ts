import { Entity } from '@backstage/catalog-model';
import { capability, dataProduct, domain, usecase } from '../testUtils';
import { odcsApi, odcsContract } from '../testUtils/contracts';

/*
 * An organisation of any size with a bit of everything the insights sort
 * and count: every capability status, capabilities named but not offered,
 * chains of upstream products, every use case status, value and
 * complexity (and none), shared titles, and references to entities that
 * do not exist. Built by cycling through patterns, so that the same size
 * always gives the same organisation. Some output ports name contract
 * APIs, one of which is missing.
 */

const STATUSES = ['proposed', 'committed', 'live', 'retired', 'committed'];
const VALUES = ['high', 'medium', 'low', undefined];
const COMPLEXITIES = ['low', 'medium', 'high', undefined];
const PERSONAS = ['data-analyst', 'data-scientist', 'business-user'];
const CAPABILITY_STATUSES = [
  'available',
  'beta',
  'building',
  'planned',
  'deprecated',
];

/** A capability name, or one that no entity offers (`gpu-…`). */
function capabilityName(i: number, capabilities: number): string {
  return i % 11 === 10 ? `gpu-${i % 3}` : `cap-${i % capabilities}`;
}

/**
 * The entities of an organisation of `useCases` use cases, half as many
 * data products, a use case in five retired.
 */
export function variedOrganisationEntities(useCases: number): Entity[] {
  const capabilities = 12;
  const products = Math.max(1, Math.floor(useCases / 2));
  const entities: Entity[] = [];
  for (let d = 0; d < 5; d++) {
    entities.push(
      domain(`domain-${d}`, `team-${d}`, {
        ...(d === 4 ? { subdomainOf: 'domain-0' } : {}),
        ...(d === 3 ? { subdomainOf: 'gone' } : {}),
      }),
    );
  }
  for (let c = 0; c < capabilities; c++) {
    // Titles repeat, so that orders fall back on refs.
    entities.push(
      capability(`cap-${c}`, CAPABILITY_STATUSES[c % 5], {
        title: `Capability ${c % 7}`,
      }),
    );
  }
  entities.push(
    odcsApi('contract-0', odcsContract('contract-0')),
    odcsApi('contract-5', odcsContract('contract-5')),
  );
  for (let p = 0; p < products; p++) {
    const product = dataProduct(`product-${p}`, {
      // Domain 5 does not exist.
      domain: `domain-${p % 6}`,
      owner: `team-${p % 5}`,
      // Short chains (each product reads the one before it, in runs of
      // four), and now and then a product that does not exist.
      upstream: [p % 4 === 0 ? -1 : p - 1, p % 13 === 0 ? products + p : -1]
        .filter(u => u >= 0)
        .map(u => `product-${u}`),
      caps: p % 3 === 0 ? [capabilityName(p, capabilities)] : [],
    });
    if (p % 5 === 0) {
      // Two ports under one contract: one reference, checked once.
      const contract = { api: `contract-${p % 15}` };
      product.spec!.outputPorts = ['out', 'out-2'].map(name => ({
        name,
        type: 'table',
        contract,
      }));
    }
    entities.push(product);
  }
  for (let u = 0; u < useCases; u++) {
    const entity = usecase(`use-case-${u}`, {
      status: STATUSES[u % STATUSES.length],
      value: VALUES[u % VALUES.length],
      // Changes every fourth use case, so that it pairs with every value.
      complexity: COMPLEXITIES[Math.floor(u / 4) % COMPLEXITIES.length],
      domain: u % 9 === 0 ? undefined : `domain-${u % 6}`,
      personas: PERSONAS.filter((_, k) => (u >> k) % 2 === 1),
      consumes: [(u * 7) % products, u % 17 === 0 ? products + u : -1]
        .filter(p => p >= 0)
        .map(p => `product-${p}#out`),
      caps: [u, u * 5 + 1, u * 3 + 2]
        .slice(0, u % 3)
        .map(c => capabilityName(c, capabilities)),
    });
    // Titles repeat too.
    entity.metadata.title = `Use case ${u % 23}`;
    entities.push(entity);
  }
  return entities;
}
