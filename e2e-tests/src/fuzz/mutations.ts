/*
 * The fuzz generator's mutations. Each says what it did to which field and,
 * when the result breaks a rule of the kinds (as README and the kinds'
 * reference describe them, not as a validator answers), which rule: the
 * verdict of a fuzzed entity is known from how it was made, so that the
 * validators, the CLI and the catalog are each checked against it.
 */

/** A pseudo-random source in [0, 1). */
export type Random = () => number;

/** Picks one of `items` with `random`. */
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

/** What one mutation did to one field of an entity. */
export interface Effect {
  /** The field it set or removed, e.g. `spec.owner`; a later effect on the same field replaces it. */
  field: string;
  /** What it did, for failure messages. */
  did: string;
  /** The rule the field now breaks; undefined when the field is fine. */
  breaks?: string;
  /** False for a key the catalog drops before any check (`__proto__`). */
  keptByCatalog?: false;
}

/** A mutation: changes the entity in place and says what it did. */
export type Mutation = (entity: any, random: Random) => Effect[];

type FieldType = 'reference' | 'text' | 'choice' | 'list' | 'object';
interface FieldRule {
  type: FieldType;
  required?: true;
}

/** The spec fields of each data-mesh kind, with their JSON type. */
export const SPEC_FIELDS: Record<string, Record<string, FieldRule>> = {
  DataProduct: {
    owner: { type: 'reference', required: true },
    domain: { type: 'reference', required: true },
    type: { type: 'choice' },
    lifecycle: { type: 'choice', required: true },
    description: { type: 'object' },
    inputPorts: { type: 'list' },
    outputPorts: { type: 'list' },
    requiresCapabilities: { type: 'list' },
  },
  UseCase: {
    owner: { type: 'reference', required: true },
    domain: { type: 'reference' },
    status: { type: 'choice', required: true },
    personas: { type: 'list' },
    value: { type: 'choice' },
    complexity: { type: 'choice' },
    consumes: { type: 'list' },
    requiresCapabilities: { type: 'list' },
  },
  PlatformCapability: {
    owner: { type: 'reference', required: true },
    status: { type: 'choice', required: true },
    category: { type: 'text' },
    implementedBy: { type: 'list' },
  },
};

/** Odd values; none is a member of any of the kinds' choices. */
export const WEIRD_VALUES = [
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

/** Free-text values; only the empty one breaks a rule (a title has a character at least). */
export const WEIRD_TEXTS = WEIRD_VALUES.filter(
  (v): v is string => typeof v === 'string',
);

/** A plain object: what JSON Schema's `object` type accepts. */
const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The odd values that are wrong for a field of this type whatever else the
 * entity holds: another JSON type, any value for a choice, and a list whose
 * first item (a number) is neither a name nor a port.
 */
function wrongFor(type: FieldType): unknown[] {
  switch (type) {
    case 'choice':
      return WEIRD_VALUES;
    case 'list':
      return WEIRD_VALUES.filter(
        v => !Array.isArray(v) || (v.length > 0 && typeof v[0] === 'number'),
      );
    case 'object':
      return WEIRD_VALUES.filter(v => !isObject(v));
    default:
      return WEIRD_VALUES.filter(v => typeof v !== 'string');
  }
}

const unknownField = (kind: string, field: string) =>
  `${field} is not a field of ${kind}`;

/**
 * Sets `spec[key]`: the field then breaks `breaksWhenKnown` (undefined for
 * none) if the kind defines it, and the kind's field list otherwise.
 */
export function specField(
  e: any,
  key: string,
  value: unknown,
  breaksWhenKnown: string | undefined,
  did: string,
): Effect[] {
  e.spec[key] = value;
  const field = `spec.${key}`;
  // Own fields only: `constructor` is on every object's prototype.
  const known = Object.hasOwn(SPEC_FIELDS[e.kind] ?? {}, key);
  return [
    {
      field,
      did,
      breaks: known ? breaksWhenKnown : unknownField(e.kind, field),
    },
  ];
}

function removed(e: any, key: string | undefined): Effect[] {
  if (key === undefined) return [];
  delete e.spec[key];
  const required =
    Object.hasOwn(SPEC_FIELDS[e.kind] ?? {}, key) &&
    SPEC_FIELDS[e.kind][key].required;
  return [
    {
      field: `spec.${key}`,
      did: `removed spec.${key}`,
      breaks: required ? `spec.${key} is required` : undefined,
    },
  ];
}

/** References that name no entity a field accepts, and why. */
const ODD_REFERENCES: Array<[string, string]> = [
  ['domain:', 'names no entity'],
  [':::', 'is not a reference'],
  ['group:default/', 'names no entity'],
  ['user:default/../../etc', 'has slashes in its name'],
  ['dataproduct:default/x#', 'has # in its name'],
  ['#port', 'has # in its name'],
  [`domain:default/${'n'.repeat(300)}`, 'has a name of 300 characters'],
];

/** List items that are no reference, and why. */
const ODD_ITEMS: Array<[unknown, string]> = [
  ['', 'is empty'],
  ['#', 'names no entity'],
  ['a#b#c', 'has # twice'],
  ['dataproduct:', 'names no entity'],
  [42, 'is a number'],
];

const phaseAnnotations = (e: any, r: Random) => {
  const phase = pick(r, ['warp', 'Scale', '', 'scale']);
  e.metadata.annotations = {
    'data-mesh-portfolio.io/phase': phase,
    ...(r() < 0.5 ? { 'data-mesh-portfolio.io/phase-reason': 'because' } : {}),
  };
  return phase;
};

/** A title of odd text: only an empty one breaks Backstage's rule. */
export const oddTitle: Mutation = (e, r) => {
  const title = pick(r, WEIRD_TEXTS);
  e.metadata.title = title;
  return [
    {
      field: 'metadata.title',
      did: `set the title to ${JSON.stringify(title.slice(0, 20))}`,
      breaks: title === '' ? 'metadata.title is empty' : undefined,
    },
  ];
};

/** What a Domain gets: odd free text and the phase annotations we read. */
export const DOMAIN_MUTATIONS: Mutation[] = [
  oddTitle,
  (e, r) => {
    const phase = phaseAnnotations(e, r);
    return [
      {
        field: 'metadata.annotations',
        did: `declared the phase ${JSON.stringify(phase)}`,
        breaks:
          phase === 'scale'
            ? undefined
            : `the declared phase ${JSON.stringify(
                phase,
              )} is not one of bootstrap, scale, exploit`,
      },
    ];
  },
];

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 30);

/** Mutations of the data-mesh kinds, applied one to three at a time. */
export const MUTATIONS: Mutation[] = [
  // Wrong types in any spec field.
  (e, r) => {
    const key = pick(r, Object.keys(SPEC_FIELDS[e.kind]));
    const { type } = SPEC_FIELDS[e.kind][key];
    const value = pick(r, wrongFor(type));
    return specField(
      e,
      key,
      value,
      `spec.${key} must be a ${type}; got ${shown(value)}`,
      `set spec.${key} to ${shown(value)}`,
    );
  },
  // Required fields missing (or optional ones left out).
  (e, r) => removed(e, pick(r, Object.keys(e.spec))),
  (e, r) => removed(e, pick(r, ['owner', 'status', 'domain', 'lifecycle'])),
  // Fields nobody defined.
  (e, r) => {
    const key = pick(r, ['unknownField', 'Owner', 'spec']);
    const value = pick(r, WEIRD_VALUES);
    return specField(e, key, value, undefined, `added spec.${key}`);
  },
  // Unicode and control characters in free text.
  oddTitle,
  // Prototype keys: an own __proto__ key is a field no kind defines, but
  // the catalog drops it before anything reads the entity.
  e => {
    e.spec = { ...e.spec, ...JSON.parse('{"__proto__": {"polluted": true}}') };
    return [
      {
        field: 'spec.__proto__',
        did: 'added an own __proto__ key',
        breaks: unknownField(e.kind, 'spec.__proto__'),
        keptByCatalog: false,
      },
    ];
  },
  e =>
    specField(
      e,
      'constructor',
      { prototype: { polluted: true } },
      undefined,
      'added spec.constructor',
    ),
  // Odd references.
  (e, r) => {
    const [odd, why] = pick(r, ODD_REFERENCES);
    const key = pick(r, ['owner', 'domain']);
    return specField(
      e,
      key,
      odd,
      `spec.${key} ${shown(odd)} ${why}`,
      `set spec.${key} to ${shown(odd)}`,
    );
  },
  (e, r) => {
    const key = pick(r, ['consumes', 'requiresCapabilities']);
    const [item, why] = pick(r, ODD_ITEMS);
    return specField(
      e,
      key,
      [item],
      `spec.${key}[0] ${why}`,
      `set spec.${key} to [${shown(item)}]`,
    );
  },
  // Self-references and lineage cycles: allowed (lineage copes with them).
  e =>
    e.kind === 'DataProduct'
      ? specField(
          e,
          'inputPorts',
          [{ name: 'self', dataProduct: e.metadata.name }],
          undefined,
          'made the product its own input',
        )
      : specField(
          e,
          'consumes',
          [e.metadata.name],
          undefined,
          'made it consume its own name',
        ),
  e =>
    specField(
      e,
      'outputPorts',
      [
        { name: 'twin', type: 'table' },
        { name: 'twin', type: 'table' },
      ],
      'spec.outputPorts has two ports named "twin"',
      'gave it two output ports of one name',
    ),
  // Phase annotations: only Domains and Groups declare a phase; on the
  // data-mesh kinds they mean nothing and break nothing.
  (e, r) => {
    const phase = phaseAnnotations(e, r);
    return [
      {
        field: 'metadata.annotations',
        did: `declared the phase ${JSON.stringify(phase)} on a ${e.kind}`,
      },
    ];
  },
];
