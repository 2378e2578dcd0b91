/**
 * The Data Mesh Portfolio frontend plugin: the portfolio page, the phase
 * card and S-curve, capability demand views and entity cards for Domain,
 * DataProduct, UseCase and PlatformCapability entities.
 *
 * This entry point is for the legacy frontend system; the new frontend
 * system uses the default export of `./alpha`.
 *
 * @packageDocumentation
 */
export {
  dataMeshPlugin,
  DataMeshPage,
  EntityDomainPhaseCard,
  EntityGroupPhaseCard,
  EntityDomainDataProductsCard,
  EntityDomainDataMeshContent,
  EntityDataProductDescriptionCard,
  EntityDataProductInputPortsCard,
  EntityDataProductOutputPortsCard,
  EntityDataProductConsumersCard,
  EntityCapabilityNeedsCard,
  EntityUseCaseConsumedProductsCard,
  EntityCapabilityDemandCard,
  EntityContractChangesCard,
  EntityContractRisksCard,
} from './legacy/plugin';
export * from './api';
export {
  capabilitiesRouteRef,
  platformViewRouteRef,
  rootRouteRef,
  useCasesRouteRef,
} from './routes';
export * from './icons';
export { DATA_MESH_RELATION_PAIRS, DATA_MESH_RELATIONS } from './catalogGraph';
export {
  createDataMeshCatalogGraphApi,
  createDataMeshEntityPresentationApi,
  dataMeshCatalogGraphApiFactory,
  dataMeshEntityPresentationApiFactory,
} from './catalogIntegration';
export { PhaseCard } from './components/PhaseCard/PhaseCard';
export type { PhaseCardProps } from './components/PhaseCard/PhaseCard';
export { SCurveChart } from './components/SCurveChart/SCurveChart';
export type { SCurveChartProps } from './components/SCurveChart/SCurveChart';
export {
  OdcsContractDefinition,
  odcsApiDefinitionWidget,
} from './components/contracts/OdcsApiDefinitionWidget';
export type {
  OdcsApiDefinitionWidget,
  OdcsContractDefinitionProps,
} from './components/contracts/OdcsApiDefinitionWidget';
export {
  DataMeshSearchResultListItem,
  isDataMeshSearchResult,
} from './components/search/DataMeshSearchResultListItem';
export type {
  DataMeshSearchResultDocument,
  DataMeshSearchResultListItemProps,
} from './components/search/DataMeshSearchResultListItem';
