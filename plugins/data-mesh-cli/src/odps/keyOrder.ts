import { OdpsDocument, isObject, ownEntry } from './types';

/**
 * The order of the keys of the objects export builds afresh, where the
 * document's order differed from the one export writes by default: the
 * root (under `""`), `description`, `team`, and each port by its catalog
 * name. Objects export copies whole from the annotation keep their order
 * anyway.
 */
export interface KeyOrder {
  ''?: string[];
  description?: string[];
  team?: string[];
  inputPorts?: Record<string, string[]>;
  outputPorts?: Record<string, string[]>;
}

type PortKey = 'inputPorts' | 'outputPorts';
const PORTS: PortKey[] = ['inputPorts', 'outputPorts'];

function differs(original: unknown, written: unknown): string[] | undefined {
  if (!isObject(original) || !isObject(written)) return undefined;
  const keys = Object.keys(original);
  return keys.join('\n') === Object.keys(written).join('\n') ? undefined : keys;
}

/**
 * Where `written` (what export made) orders keys differently from
 * `original` (the document imported); undefined when nowhere. Ports are
 * matched by position, which import and export keep, and recorded by the
 * catalog names given in `portNames`.
 */
export function keyOrderOf(
  original: OdpsDocument,
  written: OdpsDocument,
  portNames: Record<PortKey, string[]>,
): KeyOrder | undefined {
  const order: KeyOrder = {};
  const root = differs(original, written);
  if (root) order[''] = root;
  for (const key of ['description', 'team'] as const) {
    const keys = differs(original[key], written[key]);
    if (keys) order[key] = keys;
  }
  for (const key of PORTS) {
    const ports = Array.isArray(original[key]) ? original[key] : [];
    const entries = ports.flatMap((port: unknown, i: number) => {
      const keys = differs(port, written[key]?.[i]);
      return keys ? [[portNames[key][i], keys] as const] : [];
    });
    if (entries.length) order[key] = Object.fromEntries(entries);
  }
  return Object.keys(order).length ? order : undefined;
}

/** The object with the recorded keys first, in their order, then the rest. */
function reorder<T>(value: T, keys: unknown): T {
  if (!isObject(value) || !Array.isArray(keys)) return value;
  const first = keys.filter(
    (key): key is string =>
      typeof key === 'string' && Object.hasOwn(value, key),
  );
  const rest = Object.keys(value).filter(key => !first.includes(key));
  return Object.fromEntries(
    [...first, ...rest].map(key => [key, value[key]]),
  ) as T;
}

/**
 * The document with the key order import recorded. A key the catalog
 * added since comes after the recorded ones; one it removed is skipped.
 */
export function applyKeyOrder(
  document: OdpsDocument,
  order: unknown,
  portNames: Record<PortKey, string[]>,
): OdpsDocument {
  if (!isObject(order)) return document;
  const result = reorder({ ...document }, order['']);
  for (const key of ['description', 'team'] as const) {
    if (key in result) result[key] = reorder(result[key], order[key]);
  }
  for (const key of PORTS) {
    if (!Array.isArray(result[key]) || !isObject(order[key])) continue;
    result[key] = result[key].map((port: unknown, i: number) =>
      reorder(port, ownEntry(order[key], portNames[key][i])),
    );
  }
  return result;
}
