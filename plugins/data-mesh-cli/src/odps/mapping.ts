import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  DATA_PRODUCT_LIFECYCLES,
  DataProductLifecycle,
  OUTPUT_PORT_TYPES,
  OutputPortType,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

// How one ODPS value becomes one catalog value. Import uses these to map;
// export uses the same functions to tell whether a catalog value is still
// the one an original ODPS value became (then the original is restored) or
// was changed in the catalog since (then the catalog wins).

const validators = makeValidator();

/** Lowercase ASCII words joined by `-`: `Sales & Marketing` → `sales-marketing`. */
function slug(text: string, maxLength = 63): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** A short, stable hash, for text that has no letters a name could keep. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The catalog name (`metadata.name`) for an ODPS `id`: the id itself when it
 * is a valid entity name (a UUID is), else a slug of it, else a hash of it.
 */
export function entityNameOf(id: string): string {
  if (validators.isValidEntityName(id)) return id;
  return slug(id) || `odps-${fnv1a(id)}`;
}

function isRefTo(text: string, kinds: string[]): boolean {
  try {
    const ref = parseEntityRef(text, {
      defaultKind: kinds[0],
      defaultNamespace: 'default',
    });
    return (
      kinds.includes(ref.kind.toLocaleLowerCase('en-US')) &&
      validators.isValidNamespace(ref.namespace) &&
      validators.isValidEntityName(ref.name)
    );
  } catch {
    return false;
  }
}

function refOf(text: string, kinds: string[]): string | undefined {
  if (isRefTo(text, kinds)) return text;
  return slug(text) || undefined;
}

/**
 * The `spec.domain` for an ODPS `domain`: as written when it is a valid
 * reference to a Domain, else a slug; undefined when nothing usable is left.
 */
export function domainRefOf(domain: string): string | undefined {
  return refOf(domain, ['domain']);
}

/** The `spec.owner` for an ODPS `team.name`, like {@link domainRefOf}. */
export function ownerRefOf(teamName: string): string | undefined {
  return refOf(teamName, ['group', 'user']);
}

/**
 * A catalog reference written for ODPS readers: without the kind and
 * namespace when they are the defaults (`group:default/checkout-team` →
 * `checkout-team`), as written otherwise.
 */
export function shortRef(ref: string, defaultKind: string): string;
export function shortRef(
  ref: string | undefined,
  defaultKind: string,
): string | undefined;
export function shortRef(
  ref: string | undefined,
  defaultKind: string,
): string | undefined {
  if (ref === undefined) return undefined;
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind,
      defaultNamespace: 'default',
    });
    return parsed.kind.toLocaleLowerCase('en-US') === defaultKind &&
      parsed.namespace === 'default'
      ? parsed.name
      : ref;
  } catch {
    return ref;
  }
}

/** Lifecycle for a status the model has no value for: not yet active. */
export const FALLBACK_LIFECYCLE: DataProductLifecycle = 'draft';

/**
 * The `spec.lifecycle` for an ODPS `status`. The model's values are the
 * statuses the standard lists, so only their spelling may differ; any other
 * status is `draft`, which neither counts as adoption nor hides the product.
 */
export function lifecycleOf(status: string): {
  lifecycle: DataProductLifecycle;
  known: boolean;
} {
  const lower = status.trim().toLowerCase();
  const lifecycle = DATA_PRODUCT_LIFECYCLES.find(l => l === lower);
  return lifecycle
    ? { lifecycle, known: true }
    : { lifecycle: FALLBACK_LIFECYCLE, known: false };
}

/**
 * The catalog type of an ODPS output port `type`, which is free text:
 * `tables` → `table`; anything the model has no value for, or no type, is
 * `other`.
 */
export function portTypeOf(type: string | undefined): OutputPortType {
  const lower = (type ?? '').trim().toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return OUTPUT_PORT_TYPES.find(t => t === lower || t === singular) ?? 'other';
}

/**
 * ODPS tags as Backstage tags (lowercase `a-z0-9+#` words joined by `-`, at
 * most 63 characters): `Customer 360` → `customer-360`. Tags that keep no
 * character are left out; duplicates are written once.
 */
export function catalogTagsOf(tags: string[]): string[] {
  const result: string[] = [];
  for (const tag of tags) {
    const normalised = tag
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9+#]+/g, '-')
      .slice(0, 63)
      .replace(/^-+|-+$/g, '');
    if (validators.isValidTag(normalised) && !result.includes(normalised)) {
      result.push(normalised);
    }
  }
  return result;
}

/**
 * An API reference in one spelling, `api:<namespace>/<name>` in lower case,
 * so that `orders`, `API:orders` and `api:default/orders` compare equal; a
 * reference without a namespace means `namespace`. Undefined when it is
 * not a reference.
 */
export function apiRefKey(
  ref: string,
  namespace = 'default',
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind: 'API', defaultNamespace: namespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}
