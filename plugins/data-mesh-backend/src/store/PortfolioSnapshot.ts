import type {
  DomainSummary,
  PhaseResponse,
  PortfolioFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * A phase assessment as stored: the response without request-time fields.
 */
export type StoredAssessment = Omit<PhaseResponse, 'computedAt' | 'stale'>;

/**
 * A domain as stored.
 */
export type StoredDomain = Omit<DomainSummary, 'computedAt' | 'stale'>;

/**
 * A business unit as stored: its assessment and its place in the group
 * tree.
 */
export interface StoredBusinessUnit extends StoredAssessment {
  /** The group's title. */
  title: string;
  /** True when it is directly below a root group (or a lone root). */
  topLevel: boolean;
  /** The domains owned within its subtree, sorted. */
  domains: string[];
  /** The groups below it that are business units themselves, sorted. */
  childUnits: string[];
}

/**
 * What the scheduled task stores: the facts read from the catalog and every
 * scope's assessment. Demand, needs, dangling references, the use-case
 * portfolio and the roadmap are derived from the facts by each replica
 * when it loads the snapshot (linear work), which keeps the stored row
 * small and every replica's answers identical. Complementary use cases are
 * searched for on their own schedule and stored apart
 * (`complementarySearch.ts`).
 */
export interface PortfolioSnapshot {
  /** When the snapshot was computed (ISO timestamp). */
  computedAt: string;
  /** The facts read from the catalog. */
  facts: PortfolioFacts;
  /** The organisation's assessment. */
  organization: StoredAssessment;
  /** Every domain's assessment and summary. */
  domains: StoredDomain[];
  /**
   * Every business unit's assessment, by ref; absent from snapshots stored
   * before business units were assessed.
   */
  businessUnits?: StoredBusinessUnit[];
  /**
   * How many of the catalog's entities of the portfolio's kinds gave no
   * facts at the last full read (a kind's entity the facts skip): with the
   * facts' count, what the catalog should count while nothing is deleted.
   * Absent from snapshots stored before it was counted.
   */
  entitiesWithoutFacts?: number;
}
