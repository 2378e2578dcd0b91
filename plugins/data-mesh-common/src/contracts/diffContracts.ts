import type { ApiSchema } from '../api/wire';
import { appendField } from '../validation/problems';
import {
  ContractElement,
  childrenOf,
  elementsByName,
  recordOf,
  textOf,
} from './elements';

/**
 * What changed about one element of a contract: the values of the API's
 * `ContractChange.kind`, so a kind the diff adds must be documented first.
 *
 * @public
 */
export type ContractChangeKind = ApiSchema<'ContractChange'>['kind'];

/**
 * One change between two versions of a contract.
 *
 * @public
 */
export interface ContractChange {
  /** Readable path, e.g. `schema.orders.properties.customer_id.logicalType`. */
  path: string;
  /** What changed, e.g. `property-removed`. */
  kind: ContractChangeKind;
  /** Breaking when a consumer reading the port can fail (PRODUCT.md §8). */
  class: ApiSchema<'ContractChange'>['class'];
  /** The value before (a removed element's name); absent when there was none. */
  before?: unknown;
  /** The value after (an added element's name); absent when there is none. */
  after?: unknown;
  /**
   * Where the element is in each document (`['schema', 0, 'properties', 2]`),
   * so a caller can name a line: `after` for what the new version has,
   * `before` for what only the old one had.
   */
  location: {
    before?: Array<string | number>;
    after?: Array<string | number>;
  };
}

/**
 * The changes between two versions of a contract and their verdict.
 *
 * @public
 */
export interface ContractDiff {
  /** Every change, in the order of the old document, additions after. */
  changes: ContractChange[];
  /** Whether any change is breaking. */
  breaking: boolean;
  /**
   * Breaking while the contract `version`'s major number (its first numeric
   * part) did not change; a new version without a number never announces.
   */
  unannounced: boolean;
}

// Fields whose change is shown but breaks no reader; §8 lists what breaks.
// A tighter `logicalTypeOptions` or a new quality rule may reject data a
// producer sends, but a consumer reading the port is not hurt by it.
const OTHER_FIELDS = [
  'physicalName',
  'physicalType',
  'businessName',
  'classification',
  'logicalTypeOptions',
  'unique',
  'partitioned',
  'partitionKeyPosition',
  'criticalDataElement',
  'encryptedName',
  'examples',
  'quality',
  'relationships',
  'authoritativeDefinitions',
  'customProperties',
  'dataGranularityDescription',
  'transformSourceObjects',
  'transformLogic',
  'transformDescription',
];

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(key =>
      same(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
      ),
    )
  );
}

// -1 and a missing position both mean "not part of the primary key".
function keyPosition(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 ? value : undefined;
}

/**
 * The first numeric part of a version (`v2.1.0` → 2), or undefined when it
 * has none.
 *
 * @public
 */
export function contractMajorVersion(version: unknown): number | undefined {
  const digits = textOf(version)?.match(/\d+/)?.[0];
  return digits === undefined ? undefined : Number(digits);
}

// Deeper nesting is not compared; it also stops a cycle made of YAML aliases.
const MAX_DEPTH = 32;

class Differ {
  readonly changes: ContractChange[] = [];

  add(
    change: Omit<ContractChange, 'location'>,
    old?: ContractElement,
    next?: ContractElement,
  ) {
    this.changes.push({
      ...change,
      location: { before: old?.segments, after: next?.segments },
    });
  }

  field(
    old: ContractElement,
    next: ContractElement,
    field: string,
    kind: ContractChangeKind,
    breaking: boolean,
    // The values to compare when they are not the fields as written.
    values: [unknown, unknown] = [old.fields[field], next.fields[field]],
  ) {
    const [before, after] = values;
    if (same(before, after)) return;
    const path = appendField(next.path, field);
    this.add(
      {
        path,
        kind,
        class: breaking ? 'breaking' : 'non-breaking',
        before,
        after,
      },
      { ...old, segments: [...old.segments, field] },
      { ...next, segments: [...next.segments, field] },
    );
  }

  element(old: ContractElement, next: ContractElement, depth: number) {
    const was = old.fields;
    const is = next.fields;
    if (textOf(was.logicalType) !== undefined) {
      this.field(old, next, 'logicalType', 'logical-type-changed', true);
    } else {
      this.field(old, next, 'logicalType', 'logical-type-added', false);
    }
    if (was.required === true && is.required !== true) {
      this.field(old, next, 'required', 'no-longer-required', true);
    } else if (was.required !== true && is.required === true) {
      // More is promised to readers than before; nothing they read breaks.
      this.field(old, next, 'required', 'now-required', false);
    }
    this.field(old, next, 'primaryKey', 'primary-key-changed', true, [
      was.primaryKey === true,
      is.primaryKey === true,
    ]);
    this.field(old, next, 'primaryKeyPosition', 'primary-key-changed', true, [
      keyPosition(was.primaryKeyPosition),
      keyPosition(is.primaryKeyPosition),
    ]);
    this.field(old, next, 'description', 'description-changed', false);
    this.field(old, next, 'tags', 'tags-changed', false);
    for (const field of OTHER_FIELDS) {
      this.field(old, next, field, 'field-changed', false);
    }
    if (depth >= MAX_DEPTH) return;
    const before = childrenOf(old);
    const after = childrenOf(next);
    this.properties(before.properties, after.properties, depth + 1);
    if (before.items || after.items) {
      // An array's items are compared as a nested element; a side without
      // them counts as items of no known type and no properties.
      const empty = (of: ContractElement): ContractElement => ({
        path: appendField(of.path, 'items'),
        segments: of.segments,
        fields: {},
      });
      this.element(
        before.items ?? empty(old),
        after.items ?? empty(next),
        depth + 1,
      );
    }
  }

  properties(
    before: Map<string, ContractElement>,
    after: Map<string, ContractElement>,
    depth: number,
  ) {
    for (const [key, old] of before) {
      const next = after.get(key);
      if (next) this.element(old, next, depth);
      else {
        this.add(
          {
            path: old.path,
            kind: 'property-removed',
            class: 'breaking',
            before: old.name,
          },
          old,
        );
      }
    }
    for (const [key, next] of after) {
      if (before.has(key)) continue;
      // Adding a property is not breaking, even a required one: §8 lists
      // what breaks a consumer reading the port, and a new field read by no
      // one yet cannot make that reader fail.
      this.add(
        {
          path: next.path,
          kind: 'property-added',
          class: 'non-breaking',
          after: next.name,
        },
        undefined,
        next,
      );
    }
  }
}

/**
 * Compares two versions of a data contract as PRODUCT.md §8 says: schema
 * objects and properties by name along their path (nested ones included; a
 * renamed one is a removal and an addition). Breaking: an object or property
 * removed, a logical type changed, a property no longer required, a primary
 * key flag or position changed; everything else is not. Never throws,
 * whatever the inputs.
 *
 * @public
 */
export function diffContracts(oldDoc: unknown, newDoc: unknown): ContractDiff {
  const was = recordOf(oldDoc) ?? {};
  const is = recordOf(newDoc) ?? {};
  const differ = new Differ();
  const root = (fields: Record<string, unknown>): ContractElement => ({
    path: '',
    segments: [],
    fields,
  });
  differ.field(root(was), root(is), 'version', 'version-changed', false, [
    textOf(was.version),
    textOf(is.version),
  ]);
  differ.field(root(was), root(is), 'status', 'status-changed', false, [
    textOf(was.status),
    textOf(is.status),
  ]);

  const before = elementsByName(was.schema, '', 'schema', []);
  const after = elementsByName(is.schema, '', 'schema', []);
  for (const [key, old] of before) {
    const next = after.get(key);
    if (next) differ.element(old, next, 0);
    else {
      differ.add(
        {
          path: old.path,
          kind: 'object-removed',
          class: 'breaking',
          before: old.name,
        },
        old,
      );
    }
  }
  for (const [key, next] of after) {
    if (!before.has(key)) {
      differ.add(
        {
          path: next.path,
          kind: 'object-added',
          class: 'non-breaking',
          after: next.name,
        },
        undefined,
        next,
      );
    }
  }

  const breaking = differ.changes.some(change => change.class === 'breaking');
  const oldMajor = contractMajorVersion(was.version);
  const newMajor = contractMajorVersion(is.version);
  const announced = newMajor !== undefined && newMajor !== oldMajor;
  return {
    changes: differ.changes,
    breaking,
    unannounced: breaking && !announced,
  };
}
