import { appendField } from '../validation/problems';

/**
 * Reading helpers over an ODCS document that may be malformed: the reader
 * and the diff both run on documents the schema rejected, so every access
 * checks the shape it expects instead of trusting it.
 */

/** A plain object, or undefined for anything else. */
export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A list, or an empty one for anything else. */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A scalar as text (YAML may read `version: 1.0` as a number), else undefined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return undefined;
}

/** One named schema element (an object or a property) and where it is. */
export interface ContractElement {
  /** Its readable path, e.g. `schema.orders.properties.customer_id`. */
  path: string;
  /** Its name; undefined for an array's `items`. */
  name?: string;
  /** Where it is in the document, e.g. `['schema', 0, 'properties', 1]`. */
  segments: Array<string | number>;
  /** Its fields. */
  fields: Record<string, unknown>;
}

/**
 * The elements of a list (`schema` or `properties`) keyed by name, in
 * document order. An element without a name is keyed by its position, and
 * a repeated name gets its occurrence number, so nothing is silently lost.
 */
export function elementsByName(
  list: unknown,
  parentPath: string,
  listField: string,
  parentSegments: Array<string | number>,
): Map<string, ContractElement> {
  const elements = new Map<string, ContractElement>();
  listOf(list).forEach((item, index) => {
    const fields = recordOf(item);
    if (!fields) return;
    const name = textOf(fields.name);
    let key = name ?? `#${index}`;
    for (let n = 2; elements.has(key); n++) key = `${name ?? index} (${n})`;
    elements.set(key, {
      path: appendField(appendField(parentPath, listField), key),
      name,
      segments: [...parentSegments, listField, index],
      fields,
    });
  });
  return elements;
}

/** The nested properties of an element: its own, and its array items'. */
export function childrenOf(element: ContractElement): {
  properties: Map<string, ContractElement>;
  items?: ContractElement;
} {
  const itemFields = recordOf(element.fields.items);
  return {
    properties: elementsByName(
      element.fields.properties,
      element.path,
      'properties',
      element.segments,
    ),
    items: itemFields && {
      path: appendField(element.path, 'items'),
      segments: [...element.segments, 'items'],
      fields: itemFields,
    },
  };
}
