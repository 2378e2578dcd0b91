import type {
  ContractChange,
  ContractReach,
  ContractVersionAnswer,
  PageWindow,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** A change of a contract as stored: where, what, and whether it breaks. */
export type StoredContractChange = Pick<
  ContractChange,
  'path' | 'kind' | 'class'
>;

/** An entity a breaking contract version reaches, as stored. */
export interface StoredReachedEntity {
  /** The use case's or data product's ref. */
  ref: string;
  /** Its title when the version was seen. */
  title: string;
  /** Whether it reads the contract's port, or is downstream of one that does. */
  reach: ContractReach;
  /** The data product that carries the change to it. */
  through: string;
  /** For a use case: committed or live; null for a data product. */
  real: boolean | null;
  /** For a use case: its status; null for a data product. */
  status: string | null;
}

/** A version of a contract to store, worked out by the recompute. */
export interface NewContractVersion {
  /** The API entity's ref. */
  api: string;
  /** SHA-256 of the definition's canonical form. */
  hash: string;
  /** The contract's `version`, when it has one. */
  version: string | null;
  /** The contract's `status`, when it has one. */
  status: string | null;
  /** The definition's text as the catalog holds it. */
  definition: string;
  /** The changes from the stored version before; empty for the first. */
  changes: StoredContractChange[];
  /** Whether a change breaks a reader (§8). */
  breaking: boolean;
  /** Breaking while the version's major number stayed. */
  unannounced: boolean;
  /** For a breaking version: whom it reaches, in the answer's order. */
  reached: StoredReachedEntity[];
  /**
   * How long before the run it counts as seen, in milliseconds: an
   * example's earlier version; none for what the run saw.
   */
  seenBeforeMs?: number;
}

/** Whom a stored breaking version reaches, worked out again. */
export interface ReachRewrite {
  /** The API entity's ref. */
  api: string;
  /** The version's sequence number. */
  sequence: number;
  /** Whom it reaches now, in the answer's order; replaces what was stored. */
  reached: StoredReachedEntity[];
}

/** What one recompute stores about contracts, with its snapshot. */
export interface ContractsToSave {
  /** New versions, each stored after the API's newest. */
  versions: NewContractVersion[];
  /** Stored versions whom the run found them to reach again. */
  reachRewrites: ReachRewrite[];
  /** The etags read, so that an unchanged API is not read again. */
  etags: Array<{ api: string; etag: string }>;
}

/** What the last run read of an API. */
export interface ContractReadState {
  /** The entity's etag. */
  etag: string;
  /** The hash of its newest stored version; null when none is stored. */
  hash: string | null;
}

/**
 * A stored version of a contract, without its text: the API's answer for
 * a version (its changes breaking first, at most the stored bound), and
 * the API it is of.
 */
export type StoredContractVersion = ContractVersionAnswer & {
  /** The API entity's ref. */
  api: string;
};

/** A breaking contract version that reaches an entity. */
export interface StoredContractRisk {
  /** The version that broke. */
  version: StoredContractVersion;
  /** How it reaches the entity. */
  reach: ContractReach;
  /** The data product that carries the change to the entity. */
  through: string;
}

/**
 * The versions of the contracts the recompute has seen. They are written
 * with a snapshot (`SaveSnapshotOptions.contracts`), in its transaction.
 */
export interface ContractVersionStore {
  /** What the last runs read of each API, by API ref. */
  getReadStates(): Promise<Map<string, ContractReadState>>;
  /** The text of an API's newest stored version. */
  getLatestDefinition(api: string): Promise<string | undefined>;
  /** A page of an API's versions, newest first, and how many it has. */
  listVersions(
    api: string,
    page: PageWindow,
  ): Promise<{ items: StoredContractVersion[]; totalItems: number }>;
  /**
   * One version of an API by its sequence number, or its newest breaking
   * version when none is given.
   */
  getVersion(
    api: string,
    sequence?: number,
  ): Promise<StoredContractVersion | undefined>;
  /** Whom a stored version reaches, in the answer's order. */
  getReached(api: string, sequence: number): Promise<StoredReachedEntity[]>;
  /**
   * The breaking versions that reach an entity, newest first, at most
   * `limit`.
   */
  listRisks(entityRef: string, limit: number): Promise<StoredContractRisk[]>;
}
