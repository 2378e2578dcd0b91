/*
 * A seeded generator of malformed and hostile entities of the data-mesh
 * kinds and Domains, mixed with good ones. Whether an entity is good or bad
 * is decided by the real validators (the catalog module's and Backstage's
 * entity policies), never by the generator's intent.
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
import { seededRandom } from '../seededRandom';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

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

const WEIRD_VALUES = [
  42,
  -1,
  true,
  null,
  [],
  {},
  '',
  ' ',
  'x'.repeat(300),
  '\u0000\u0007\u001b[31m',
  '\u202e\u200b😀 Ω',
  [1, 'two', { three: 3 }],
];

function nested(depth: number): any {
  let value: any = 'bottom';
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
}

/** Mutations: each takes an entity and makes it odd, often invalid. */
const MUTATIONS: Array<(e: any, random: Random) => void> = [
  // Wrong types in any spec field.
  (e, r) => {
    const keys = Object.keys(e.spec);
    e.spec[pick(r, keys)] = pick(r, WEIRD_VALUES);
  },
  // Required fields missing.
  (e, r) => {
    delete e.spec[pick(r, Object.keys(e.spec))];
  },
  (e, r) => {
    delete e.spec[pick(r, ['owner', 'status', 'domain', 'lifecycle'])];
  },
  // Fields nobody defined.
  (e, r) => {
    e.spec[pick(r, ['unknownField', 'Owner', 'spec'])] = pick(r, WEIRD_VALUES);
  },
  // Unicode and control characters in free text.
  (e, r) => {
    e.metadata.title = pick(
      r,
      WEIRD_VALUES.filter(v => typeof v === 'string'),
    );
  },
  // Prototype keys.
  e => {
    e.spec = { ...e.spec, ...JSON.parse('{"__proto__": {"polluted": true}}') };
  },
  e => {
    e.spec.constructor = { prototype: { polluted: true } };
  },
  // Odd references.
  (e, r) => {
    const odd = pick(r, [
      'domain:',
      ':::',
      'group:default/',
      'user:default/../../etc',
      'dataproduct:default/x#',
      '#port',
      `domain:default/${'n'.repeat(300)}`,
    ]);
    e.spec[pick(r, ['owner', 'domain'])] = odd;
  },
  (e, r) => {
    e.spec[pick(r, ['consumes', 'requiresCapabilities'])] = [
      pick(r, ['', '#', 'a#b#c', 'dataproduct:', 42]),
    ];
  },
  // Self-references and lineage cycles.
  e => {
    if (e.kind === 'DataProduct') {
      e.spec.inputPorts = [{ name: 'self', dataProduct: e.metadata.name }];
    } else {
      e.spec.consumes = [e.metadata.name];
    }
  },
  e => {
    e.spec.outputPorts = [
      { name: 'twin', type: 'table' },
      { name: 'twin', type: 'table' },
    ];
  },
  // Domain annotations the data-mesh module reads.
  (e, r) => {
    e.metadata.annotations = {
      'data-mesh-portfolio.io/phase': pick(r, ['warp', 'Scale', '', 'scale']),
      ...(r() < 0.5
        ? { 'data-mesh-portfolio.io/phase-reason': 'because' }
        : {}),
    };
  },
];

/**
 * Mutations that make an entity large (1 MB strings, deep nesting,
 * thousands of ports): applied to one entity in forty, so that the run
 * stays within CI's time and memory.
 */
const HEAVY_MUTATIONS: Array<(e: any, random: Random) => void> = [
  // 1 MB strings.
  e => {
    e.metadata.description = 'd'.repeat(1024 * 1024);
  },
  e => {
    e.spec.owner = `group:${'o'.repeat(1024 * 1024)}`;
  },
  // Deep nesting.
  (e, r) => {
    e.spec[pick(r, ['description', 'outputPorts', 'personas'])] = nested(500);
  },
  // Thousands of ports.
  (e, r) => {
    const count = 2000 + Math.floor(r() * 2000);
    e.spec.outputPorts = Array.from({ length: count }, (_, i) => ({
      name: `port-${i}`,
      type: 'table',
    }));
  },
];

/** What a Domain gets: odd free text and the annotations we read. */
const DOMAIN_MUTATIONS: Array<(e: any, random: Random) => void> = [
  (e, r) => {
    e.metadata.title = pick(
      r,
      WEIRD_VALUES.filter(v => typeof v === 'string'),
    );
  },
  (e, r) => {
    e.metadata.annotations = {
      'data-mesh-portfolio.io/phase': pick(r, ['warp', 'Scale', '', 'scale']),
      ...(r() < 0.5
        ? { 'data-mesh-portfolio.io/phase-reason': 'because' }
        : {}),
    };
  },
];

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

/** A fuzzed entity and what the validators said of it. */
export interface FuzzedEntity {
  entity: any;
  /** Paths (ours) or messages (Backstage's) of its problems; none if good. */
  problems: string[];
}

/**
 * Generates entities until at least `bad` of them are invalid, with one in
 * five left unmutated (good) and mutations applied one to three at a time.
 */
export async function fuzzedEntities(
  seed: number,
  bad: number,
): Promise<FuzzedEntity[]> {
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
    if (kind === 'Domain') {
      // Backstage owns the Domain kind; the data-mesh module reads its
      // annotations, and free text is shown on our pages.
      if (random() >= 0.2) pick(random, DOMAIN_MUTATIONS)(entity, random);
    } else if (i % 40 === 39) {
      pick(random, HEAVY_MUTATIONS)(entity, random);
    } else if (random() >= 0.2) {
      const times = 1 + Math.floor(random() * 3);
      for (let m = 0; m < times; m++) pick(random, MUTATIONS)(entity, random);
    }
    const problems = await problemsOf(entity);
    if (problems.length) badCount++;
    out.push({ entity, problems });
  }
  return out;
}
