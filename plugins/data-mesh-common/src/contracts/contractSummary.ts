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
  logicalType?: string;
  physicalType?: string;
  required: boolean;
  primaryKey: boolean;
  primaryKeyPosition?: number;
  classification?: string;
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
  name?: string;
  type?: string;
  dimension?: string;
  description?: string;
  /** The metric (v3.1) or rule (v3.0) it measures, or its query. */
  metric?: string;
  /** Its threshold, e.g. `mustBeLessThan 5`. */
  condition?: string;
  severity?: string;
}

/**
 * One schema object (a table, a topic, …) with its properties.
 *
 * @public
 */
export interface ContractObjectSummary {
  name: string;
  physicalName?: string;
  physicalType?: string;
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
  property: string;
  value?: string;
  unit?: string;
  element?: string;
  driver?: string;
  description?: string;
}

/**
 * A server the contract's data is served from.
 *
 * @public
 */
export interface ContractServer {
  server: string;
  type?: string;
  environment?: string;
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
  id?: string;
  name?: string;
  version?: string;
  status?: string;
  apiVersion?: string;
  /** The purpose the contract states, when it states one. */
  purpose?: string;
  objects: ContractObjectSummary[];
  /** How many schema objects it has in all (`objects` may hold fewer). */
  objectCount: number;
  quality: ContractQualityRule[];
  /** How many quality rules it has in all. */
  qualityCount: number;
  slaProperties: ContractSlaProperty[];
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
