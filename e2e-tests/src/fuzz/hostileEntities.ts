/*
 * A seeded generator of malformed and hostile entities of the data-mesh
 * kinds and Domains, mixed with good ones. Whether an entity is good or bad
 * is known from how it was made (fuzz/mutations.ts): the tests hold the
 * real validators, the CLI and the catalog to it, so that a validator that
 * accepted too much or too little would fail them.
 */
import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  domainEntityV1alpha1Validator,
  parseEntityRef,
} from '@backstage/catalog-model';
import {
  validateDataMeshEntity,
  validatePhaseAnnotations,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { seededRandom } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { DOMAIN_MUTATIONS, Effect, MUTATIONS, pick } from './mutations';
import { HEAVY_MUTATIONS } from './heavyMutations';

const API = 'data-mesh-portfolio.io/v1alpha1';

function base(kind: string, name: string): any {
  const metadata = { name, title: `Fuzz ${name}`, description: 'Fuzzed.' };
  switch (kind) {
    case 'Domain':
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind,
        metadata,
        spec: { owner: 'group:checkout-team' },
      };
    case 'DataProduct':
      return {
        apiVersion: API,
        kind,
        metadata,
        spec: {
          owner: 'group:checkout-team',
          domain: 'orders',
          type: 'source-aligned',
          lifecycle: 'active',
          outputPorts: [{ name: 'main', type: 'table' }],
        },
      };
    case 'UseCase':
      return {
        apiVersion: API,
        kind,
        metadata,
        spec: {
          owner: 'group:checkout-team',
          domain: 'orders',
          status: 'live',
          personas: ['data-analyst'],
          value: 'high',
          complexity: 'low',
          consumes: ['order-history#order-lines'],
          requiresCapabilities: ['bi-dashboards'],
        },
      };
    default:
      return {
        apiVersion: API,
        kind: 'PlatformCapability',
        metadata,
        spec: {
          owner: 'group:data-platform',
          status: 'available',
          category: 'ingestion',
        },
      };
  }
}

const corePolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

/** What the validators say of an entity: nothing when it is good. */
export async function problemsOf(entity: any): Promise<string[]> {
  try {
    await corePolicy.enforce(structuredClone(entity) as Entity);
  } catch (error) {
    return [(error as Error).message];
  }
  if (entity.kind === 'Domain') {
    // Backstage's own Domain kind, and the owner relation it emits.
    try {
      await domainEntityV1alpha1Validator.check(entity);
      parseEntityRef(entity.spec.owner, { defaultKind: 'group' });
    } catch (error) {
      return [(error as Error).message];
    }
    return validatePhaseAnnotations(entity).map(p => p.path);
  }
  return validateDataMeshEntity(entity).map(p => p.path);
}

/** Whether an entity was made to be accepted or rejected. */
export type Intent = 'valid' | 'invalid';

/** A fuzzed entity and what it was made to be. */
export interface FuzzedEntity {
  entity: any;
  /** What the validators and the CLI, which read every key, must say. */
  expected: Intent;
  /** The rules it breaks; for a valid one, what was done to it. */
  reasons: string[];
  /** What the catalog must say: it drops `__proto__` keys before any check. */
  expectedInCatalog: Intent;
  /** The rules it breaks as the catalog keeps it. */
  reasonsInCatalog: string[];
}

/** The verdict of a set of effects, the later effect on a field winning. */
function intentOf(effects: Effect[]): { intent: Intent; reasons: string[] } {
  const byField = new Map(effects.map(effect => [effect.field, effect]));
  const broken = [...byField.values()].flatMap(effect =>
    effect.breaks ? [effect.breaks] : [],
  );
  return broken.length
    ? { intent: 'invalid', reasons: broken }
    : {
        intent: 'valid',
        reasons: effects.length ? effects.map(e => e.did) : ['unchanged'],
      };
}

/**
 * Generates entities until at least `bad` of them are invalid by
 * construction, with one in five left unmutated and mutations applied one
 * to three at a time.
 */
export function fuzzedEntities(seed: number, bad: number): FuzzedEntity[] {
  const random = seededRandom(seed);
  const out: FuzzedEntity[] = [];
  let badCount = 0;
  for (let i = 0; badCount < bad; i++) {
    const kind = pick(random, [
      'Domain',
      'DataProduct',
      'UseCase',
      'PlatformCapability',
    ]);
    const entity = base(kind, `fuzz-${kind.toLowerCase()}-${i}`);
    const effects: Effect[] = [];
    if (kind === 'Domain') {
      // Backstage owns the Domain kind; the data-mesh module reads its
      // annotations, and free text is shown on our pages.
      if (random() >= 0.2) {
        effects.push(...pick(random, DOMAIN_MUTATIONS)(entity, random));
      }
    } else if (i % 40 === 39) {
      effects.push(...pick(random, HEAVY_MUTATIONS)(entity, random));
    } else if (random() >= 0.2) {
      const times = 1 + Math.floor(random() * 3);
      for (let m = 0; m < times; m++) {
        effects.push(...pick(random, MUTATIONS)(entity, random));
      }
    }
    const asRead = intentOf(effects);
    const asKept = intentOf(effects.filter(e => e.keptByCatalog !== false));
    if (asRead.intent === 'invalid') badCount++;
    out.push({
      entity,
      expected: asRead.intent,
      reasons: asRead.reasons,
      expectedInCatalog: asKept.intent,
      reasonsInCatalog: asKept.reasons,
    });
  }
  return out;
}
