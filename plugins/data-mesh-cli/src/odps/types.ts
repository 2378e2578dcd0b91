/**
 * An ODPS document as read from YAML: a plain object. The mapping functions
 * expect one that passed {@link validateOdpsDocument}, but they carry every
 * field they do not know along, so nothing is typed narrower than needed.
 */
export type OdpsDocument = Record<string, any>;

/**
 * The annotation on an imported `DataProduct` that keeps what the catalog
 * model has no field for, so that export can restore the document.
 */
export const ODPS_ANNOTATION = 'data-mesh-portfolio.io/odps';

/**
 * The key of {@link OdpsRemainder} that records the fields a document did
 * not have, which the catalog requires and the command line supplied. The
 * `$` keeps it apart from the document's own fields.
 */
export const ABSENT = '$absent';

/**
 * The key of {@link OdpsRemainder} that records the order of the
 * document's keys where it differs from the order export writes (see
 * `keyOrder.ts`), so that export gives back the document key for key.
 */
export const KEY_ORDER = '$keyOrder';

/**
 * The fields the document lacked, each with the catalog value given in its
 * place (`--domain`, `--owner`). Export leaves such a field out while the
 * catalog still holds that value, so the document comes back as it was.
 */
export interface AbsentFields {
  /** The `spec.domain` given for a document without `domain`. */
  domain?: string;
  /** The `spec.owner` given for a document without `team.name`. */
  'team.name'?: string;
}

/**
 * The value of {@link ODPS_ANNOTATION}, as JSON: the document's fields that
 * have no catalog field, verbatim, in the document's own shape, except that
 * ports are keyed by their catalog name. A field whose catalog value had to
 * differ from the document's (a slug, a normalised tag, a lifecycle) is kept
 * here with its original value; `type: null` on an output port records that
 * the document gave none.
 */
export type OdpsRemainder = Record<string, any> & {
  description?: Record<string, unknown>;
  /** An object (v1.0.0 shape) or, for a v0.9.0 document, a list of members. */
  team?: Record<string, unknown> | unknown[];
  inputPorts?: Record<string, Record<string, unknown>>;
  outputPorts?: Record<string, Record<string, unknown>>;
  [ABSENT]?: AbsentFields;
  [KEY_ORDER]?: unknown;
};

/** A plain object (not a list, not null). */
export function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The entry a record holds under a name people wrote (a port's name), or
 * undefined. Only the record's own keys count: `record[name]` would answer
 * an inherited member for names such as `constructor` or `__proto__`.
 */
export function ownEntry<T>(
  record: Record<string, T> | undefined,
  name: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, name)
    ? record[name]
    : undefined;
}

/** The object without the given keys. */
export function omit(
  value: Record<string, any>,
  ...keys: string[]
): Record<string, any> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !keys.includes(key)),
  );
}

/**
 * The order of the fields in the standard's own schema, so that what is
 * written reads like the documents people write.
 */
export const ODPS_FIELD_ORDER = [
  'apiVersion',
  'kind',
  'id',
  'name',
  'version',
  'status',
  'domain',
  'tenant',
  'authoritativeDefinitions',
  'description',
  'customProperties',
  'tags',
  'inputPorts',
  'outputPorts',
  'managementPorts',
  'support',
  'team',
  'productCreatedTs',
];

/**
 * The object with the keys in `order` first, then the others as they came;
 * keys whose value is undefined are left out.
 */
export function ordered(
  value: Record<string, any>,
  order: string[],
): Record<string, any> {
  const keys = [
    ...order.filter(key => key in value),
    ...Object.keys(value).filter(key => !order.includes(key)),
  ];
  return Object.fromEntries(
    keys.filter(key => value[key] !== undefined).map(key => [key, value[key]]),
  );
}
