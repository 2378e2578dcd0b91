/**
 * Backend of Data Mesh Portfolio: phase assessment and capability demand,
 * computed on the scheduler from the catalog, stored, and served by an
 * authenticated API under `/api/data-mesh`.
 *
 * @packageDocumentation
 */
export { dataMeshPlugin as default } from './plugin';
export type {
  PortfolioService,
  PortfolioRequestOptions,
  DomainQuery,
  CapabilityQuery,
  HistoryQuery,
  BusinessUnitQuery,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from './reads/PortfolioService';
export type {
  SnapshotStore,
  RefreshStatus,
  SaveSnapshotOptions,
  PendingNotification,
  ScopeHistoryPoint,
  StoredComplementarySearch,
} from './store/SnapshotStore';
export type {
  PortfolioSnapshot,
  StoredAssessment,
  StoredBusinessUnit,
  StoredDomain,
} from './refresh/snapshot';
export type { DataMeshBackendOptions, TaskSchedule } from './config';
