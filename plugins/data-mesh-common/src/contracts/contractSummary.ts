/**
 * One property of a schema object, as a reader sees it.
 *
 * @public
 */
export interface ContractPropertySummary {
  /** Names from the object down, e.g. `address.street`; `[]` marks array items. */
  path: string;
  /** Its own name (`items` for an array's items). */
  name: string;
  /** 0 for a top-level property of the object, 1 for one nested in it, … */
  depth: number;
  /** The standard's logical type: `string`, `integer`, `object`, … */
  logicalType?: string;
  /** The type in the data source, e.g. `varchar(18)`. */
  physicalType?: string;
  /** Whether every record has it (`required: true`). */
  required: boolean;
  /** Whether it is part of the primary key. */
  primaryKey: boolean;
  /** Its position in a composite primary key; undefined for -1 or none. */
  primaryKeyPosition?: number;
  /** Its data classification, e.g. `restricted`. */
  classification?: string;
  /** What it holds. */
  description?: string;
}

/**
 * A quality rule of the contract and the element it is written on.
 *
 * @public
 */
export interface ContractQualityRule {
  /** The object or property, e.g. `orders` or `orders.amount`. */
  element: string;
  /** The rule's name, when it has one. */
  name?: string;
  /** How it is checked: `library`, `sql`, `custom` or `text`. */
  type?: string;
  /** The quality dimension, e.g. `completeness`. */
  dimension?: string;
  /** What it checks, in words. */
  description?: string;
  /** The metric (v3.1) or rule (v3.0) it measures, or its query. */
  metric?: string;
  /** Its threshold, e.g. `mustBeLessThan 5`. */
  condition?: string;
  /** How serious a failure is, e.g. `error`. */
  severity?: string;
}

/**
 * One schema object (a table, a topic, …) with its properties.
 *
 * @public
 */
export interface ContractObjectSummary {
  /** Its name (`(unnamed)` when the document gives none). */
  name: string;
  /** Its name in the data source, e.g. a table name. */
  physicalName?: string;
  /** What it is in the data source, e.g. `table` or `topic`. */
  physicalType?: string;
  /** What it holds. */
  description?: string;
  /** Its properties, nested ones included, depth first; at most `maxProperties`. */
  properties: ContractPropertySummary[];
  /** How many properties it has in all, nested ones included. */
  propertyCount: number;
}

/**
 * An SLA property of the contract.
 *
 * @public
 */
export interface ContractSlaProperty {
  /** Which commitment, e.g. `latency` or `retention`. */
  property: string;
  /** Its value, as text. */
  value?: string;
  /** The unit of the value, e.g. `d` for days. */
  unit?: string;
  /** The object or property it applies to, e.g. `orders.created_at`. */
  element?: string;
  /** Why it matters, e.g. `regulatory` or `analytics`. */
  driver?: string;
  /** The commitment, in words. */
  description?: string;
}

/**
 * A server the contract's data is served from.
 *
 * @public
 */
export interface ContractServer {
  /** Its name in the contract. */
  server: string;
  /** Its kind, e.g. `postgres`, `snowflake`, `kafka`. */
  type?: string;
  /** Its environment, e.g. `prod`. */
  environment?: string;
  /** What it is, in words. */
  description?: string;
  /** Its other plain fields, e.g. `host`, `database`, `topic`. */
  details: Record<string, string>;
}

/**
 * What a reader of a contract sees, from any document: fields the document
 * lacks or gets wrong are left out rather than failing.
 *
 * @public
 */
export interface ContractSummary {
  /** The contract's `id`. */
  id?: string;
  /** The contract's `name`. */
  name?: string;
  /** The contract's own version, e.g. `1.2.0`. */
  version?: string;
  /** Its status, e.g. `active` or `deprecated`. */
  status?: string;
  /** The version of the standard it is written in, e.g. `v3.1.0`. */
  apiVersion?: string;
  /** The purpose the contract states, when it states one. */
  purpose?: string;
  /** Its schema objects; at most `maxObjects`. */
  objects: ContractObjectSummary[];
  /** How many schema objects it has in all (`objects` may hold fewer). */
  objectCount: number;
  /** Its quality rules, of every object and property; at most `maxQualityRules`. */
  quality: ContractQualityRule[];
  /** How many quality rules it has in all. */
  qualityCount: number;
  /** Its SLA properties. */
  slaProperties: ContractSlaProperty[];
  /** The servers its data is served from. */
  servers: ContractServer[];
}

/**
 * Bounds of {@link readContract}: a contract can have thousands of
 * properties, and a page shows a few.
 *
 * @public
 */
export interface ReadContractOptions {
  /** Properties returned per object, nested included (default 200). */
  maxProperties?: number;
  /** Objects returned (default 100). */
  maxObjects?: number;
  /** Quality rules returned (default 200). */
  maxQualityRules?: number;
}
