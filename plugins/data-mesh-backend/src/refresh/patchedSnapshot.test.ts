/*
 * The portfolio computed from patched facts must equal, element for
 * element, the one computed from a full read of the same catalog: random
 * edits, additions and deletions in an organisation of 2,000 data products,
 * compared after every step.
 */
import { ConfigReader } from '@backstage/config';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import {
  EntityChange,
  canonicalFacts,
  factsFromEntities,
  normalizeEntityRef,
  patchFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { buildSnapshot } from './snapshot';

/** A small seeded generator (mulberry32): the same steps on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(21);
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];
const some = <T>(items: readonly T[], most: number): T[] =>
  Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(items));

const PRODUCTS = 2000;
const names = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const groups = names('team', 80);
const domains = names('domain', 40);
const capabilities = names('cap', 60);
let productNames = names('product', PRODUCTS);

const LIFECYCLES = ['active', 'experimental', 'deprecated'];
const STATUSES = ['idea', 'committed', 'live', 'retired'];
const CAPABILITY_STATUSES = ['planned', 'building', 'beta', 'ga'];

const newGroup = (name: string) =>
  group(name, random() < 0.5 ? pick(groups.slice(0, 10)) : undefined);
const newDomain = (name: string) =>
  domain(name, `group:default/${pick(groups)}`, {
    subdomainOf: random() < 0.2 ? pick(domains.slice(0, 5)) : undefined,
    declared: random() < 0.1 ? { phase: 'scale' } : undefined,
  });
const newProduct = (name: string) =>
  dataProduct(name, {
    domain: pick(domains),
    owner: pick(groups),
    lifecycle: pick(LIFECYCLES),
    upstream: some(productNames, 2),
    caps: some(capabilities, 3),
  });
const newUseCase = (name: string) =>
  usecase(name, {
    status: pick(STATUSES),
    owner: pick(groups),
    domain: random() < 0.8 ? pick(domains) : undefined,
    consumes: some(productNames, 3),
    caps: some(capabilities, 2),
    personas: some(['analyst', 'engineer', 'executive'], 2),
    value: pick(['low', 'medium', 'high']),
    complexity: pick(['low', 'medium', 'high']),
  });
const newCapability = (name: string) =>
  capability(name, pick(CAPABILITY_STATUSES), {
    category: pick(['storage', 'compute', 'governance']),
  });

const refOf = (entity: Entity) =>
  normalizeEntityRef(getCompoundEntityRef(entity));

/** The catalog: every entity by ref, in the order the catalog added them. */
const catalog = new Map<string, Entity>();
const put = (entity: Entity) => catalog.set(refOf(entity), entity);
groups.forEach(name => put(newGroup(name)));
domains.forEach(name => put(newDomain(name)));
capabilities.forEach(name => put(newCapability(name)));
productNames.forEach(name => put(newProduct(name)));
names('usecase', PRODUCTS * 0.4).forEach(name => put(newUseCase(name)));

/** One random edit, addition or deletion; what the catalog holds after. */
function randomChange(step: number, n: number): EntityChange {
  const roll = random();
  const ref = pick([...catalog.keys()]);
  const existing = catalog.get(ref)!;
  if (roll < 0.2) {
    catalog.delete(ref);
    productNames = productNames.filter(
      name => `dataproduct:default/${name}` !== ref,
    );
    return { ref, entity: null };
  }
  const name = `new-${step}-${n}`;
  const made =
    roll < 0.4
      ? pick([newProduct, newUseCase, newDomain, newGroup, newCapability])(name)
      : {
          // The same entity, redrawn: an edit of its kind's fields.
          DataProduct: newProduct,
          UseCase: newUseCase,
          Domain: newDomain,
          Group: newGroup,
          PlatformCapability: newCapability,
        }[existing.kind]!(existing.metadata.name);
  put(made);
  if (made.kind === 'DataProduct') productNames.push(made.metadata.name);
  return { ref: refOf(made), entity: made };
}

describe('a portfolio computed from patched facts', () => {
  it('equals the one computed from a full read after every step of random changes at 2,000 data products', () => {
    const options = readDataMeshBackendOptions(new ConfigReader({}));
    const now = new Date('2026-12-06T10:00:00Z');
    let facts = canonicalFacts(factsFromEntities(catalog.values()));
    const kinds = { deleted: 0, added: 0, edited: 0 };
    for (let step = 0; step < 25; step++) {
      const changes = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        (_, n) => randomChange(step, n),
      );
      for (const { ref, entity } of changes) {
        if (!entity) kinds.deleted++;
        else if (
          ref.endsWith(`/${entity.metadata.name}`) &&
          ref.includes('/new-')
        )
          kinds.added++;
        else kinds.edited++;
      }
      facts = patchFacts(facts, changes);
      const full = canonicalFacts(factsFromEntities(catalog.values()));
      const patched = buildSnapshot(facts, options, now);
      const read = buildSnapshot(full, options, now);
      expect(patched).toEqual(read);
    }
    // The steps edited, added and deleted, and left a real organisation.
    expect(kinds.deleted).toBeGreaterThan(5);
    expect(kinds.added).toBeGreaterThan(5);
    expect(kinds.edited).toBeGreaterThan(20);
    expect(facts.dataProducts.length).toBeGreaterThan(1900);
    expect(facts.useCases.length).toBeGreaterThan(700);
  });
});
