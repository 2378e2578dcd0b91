import type { ScopeHistoryPoint } from './SnapshotStore';

/** History rows per insert: under SQLite's limit of 999 variables. */
export const HISTORY_BATCH = 100;
/** Scopes per `IN` list, for the same limit. */
export const SCOPE_BATCH = 500;

/** A history point as a row of `data_mesh_phase_history`. */
export function historyRow(point: ScopeHistoryPoint, computedAt: Date) {
  return {
    scope: point.scope,
    day: point.date,
    phase: point.phase,
    adoption: point.adoption,
    adopting_domains: point.adoptingDomains,
    active_data_products: point.activeDataProducts,
    example: point.example ?? false,
    computed_at: computedAt,
  };
}
