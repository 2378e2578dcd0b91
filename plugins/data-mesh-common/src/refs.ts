import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * Where a reference is written: its namespace is the default for refs in it.
 *
 * @public
 */
export interface RefContext {
  /** The namespace of the entity the reference is written in. */
  namespace?: string;
}

/**
 * The namespace refs inside an entity default to.
 *
 * @public
 */
export function refContextOf(entity: Entity): RefContext {
  return { namespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE };
}

/**
 * Parses a reference written in an entity field, applying a default kind and
 * the referring entity's namespace, as Backstage does for its own fields.
 * Throws a TypeError for a malformed reference.
 *
 * @public
 */
export function parseFieldRef(
  ref: string,
  defaultKind: string | undefined,
  context: RefContext = {},
): CompoundEntityRef {
  return parseEntityRef(ref, {
    defaultKind,
    defaultNamespace: context.namespace ?? DEFAULT_NAMESPACE,
  });
}

/**
 * The canonical, comparable form of a reference: `kind:namespace/name`, all
 * lower case, because Backstage compares references case-insensitively.
 *
 * @public
 */
export function normalizeEntityRef(ref: CompoundEntityRef | string): string {
  const parsed = typeof ref === 'string' ? parseEntityRef(ref) : ref;
  // The same as Backstage's toLocaleLowerCase('en-US'): English has no
  // language-specific case rules. toLowerCase skips the locale lookup that
  // made this the slowest step of reading a large catalog.
  return stringifyEntityRef(parsed).toLowerCase();
}

/** True when two references name the same entity (case-insensitive). */
export function entityRefsEqual(
  a: CompoundEntityRef | string,
  b: CompoundEntityRef | string,
): boolean {
  return normalizeEntityRef(a) === normalizeEntityRef(b);
}

/**
 * A capability reference (default kind PlatformCapability), normalised.
 *
 * @public
 */
export function resolveCapabilityRef(ref: string, context?: RefContext) {
  return normalizeEntityRef(parseFieldRef(ref, 'PlatformCapability', context));
}

/**
 * A data product reference (default kind DataProduct), normalised.
 *
 * @public
 */
export function resolveDataProductRef(ref: string, context?: RefContext) {
  return normalizeEntityRef(parseFieldRef(ref, 'DataProduct', context));
}

/**
 * A domain reference (default kind Domain), normalised.
 *
 * @public
 */
export function resolveDomainRef(ref: string, context?: RefContext) {
  return normalizeEntityRef(parseFieldRef(ref, 'Domain', context));
}

/**
 * An owner reference (default kind Group), normalised.
 *
 * @public
 */
export function resolveOwnerRef(ref: string, context?: RefContext) {
  return normalizeEntityRef(parseFieldRef(ref, 'Group', context));
}

/**
 * A consumed data product, optionally narrowed to one output port.
 *
 * @public
 */
export interface PortRef {
  /** The data product, normalised. */
  dataProductRef: string;
  /** The output port name, when the reference was `ref#port`. */
  port?: string;
}

/**
 * Splits `ref` or `ref#port` into the reference and the port name, without
 * parsing the reference. Throws a TypeError when the port part is empty or
 * holds another `#`.
 */
export function splitPortRef(value: string): { ref: string; port?: string } {
  const hash = value.indexOf('#');
  if (hash === -1) return { ref: value };
  const port = value.slice(hash + 1);
  if (!port || port.includes('#')) {
    throw new TypeError(
      `"${value}" must be a data product reference, optionally followed by #port`,
    );
  }
  return { ref: value.slice(0, hash), port };
}

/**
 * Parses `ref` or `ref#port` as written in `UseCase.spec.consumes`.
 * Throws a TypeError when the reference or the port part is malformed.
 *
 * @public
 */
export function parsePortRef(value: string, context?: RefContext): PortRef {
  const { ref, port } = splitPortRef(value);
  const dataProductRef = resolveDataProductRef(ref, context);
  return port === undefined ? { dataProductRef } : { dataProductRef, port };
}
