/**
 * Common code of Data Mesh Portfolio: the DataProduct, UseCase and
 * PlatformCapability kinds, their JSON Schemas and validators, reference
 * helpers, relation types, phase and demand logic, and permissions.
 *
 * @packageDocumentation
 */
// The kinds: their vocabulary, then one module per kind.
export {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  CAPABILITY_STATUSES,
  CONTRACT_STANDARDS,
  DATA_CLASSIFICATIONS,
  DATA_MESH_API_GROUP,
  DATA_MESH_API_VERSION,
  DATA_MESH_KINDS,
  DATA_MESH_PHASES,
  DATA_PRODUCT_LIFECYCLES,
  DOMAIN_ARCHETYPES,
  KNOWN_CAPABILITY_CATEGORIES,
  KNOWN_PERSONAS,
  LEVELS,
  OUTPUT_PORT_TYPES,
  REAL_USE_CASE_STATUSES,
  SUPPORTED_DATA_MESH_API_VERSIONS,
  USE_CASE_STATUSES,
} from './kinds/constants';
export type {
  CapabilityStatus,
  ContractStandard,
  DataClassification,
  DataMeshKind,
  DataMeshPhase,
  DataProductLifecycle,
  DomainArchetype,
  Level,
  OutputPortType,
  UseCaseStatus,
} from './kinds/constants';
export type { DataMeshEntity } from './kinds/types';
export { parseFieldReference, valuesAtPath } from './kinds/descriptor';
export type {
  DataMeshFieldValue,
  DataMeshKindDescriptor,
  DataMeshReferenceField,
  DataMeshSearchFields,
} from './kinds/descriptor';
export {
  DATA_MESH_KIND_DESCRIPTORS,
  dataMeshKindDescriptorOf,
} from './kinds/descriptors';
export {
  dataProductEntityV1alpha1Validator,
  isDataProductEntity,
} from './kinds/DataProduct.v1alpha1';
export type {
  DataProductEntity,
  InputPort,
  OutputPort,
  OutputPortContract,
  OutputPortSla,
} from './kinds/DataProduct.v1alpha1';
export {
  isUseCaseEntity,
  useCaseEntityV1alpha1Validator,
} from './kinds/UseCase.v1alpha1';
export type { UseCaseEntity } from './kinds/UseCase.v1alpha1';
export {
  isPlatformCapabilityEntity,
  platformCapabilityEntityV1alpha1Validator,
} from './kinds/PlatformCapability.v1alpha1';
export type { PlatformCapabilityEntity } from './kinds/PlatformCapability.v1alpha1';
export {
  consumedContractApis,
  portContractApis,
  portReferencesOf,
} from './kinds/portContracts';
export type { DataMeshPortReference } from './kinds/portContracts';

// References and relations.
export {
  normalizeEntityRef,
  parseFieldRef,
  parsePortRef,
  refContextOf,
  resolveCapabilityRef,
  resolveDataProductRef,
  resolveDomainRef,
  resolveOwnerRef,
} from './refs';
export type { PortRef, RefContext } from './refs';
export {
  DATA_MESH_RELATION_PAIRS,
  RELATION_CAPABILITY_REQUIRED_BY,
  RELATION_CONSUMES_DATA_PRODUCT,
  RELATION_DATA_PRODUCT_CONSUMED_BY,
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS_CAPABILITY,
  RELATION_REQUIRES_CAPABILITY,
} from './relations';

// Validation.
export { DataMeshValidationError } from './validation/problems';
export type { ValidationProblem } from './validation/problems';
export type { DataMeshKindValidator } from './validation/kindValidator';
export { dataMeshKindSchemas } from './validation/schemaValidation';
export {
  assertValidDataMeshEntity,
  assertValidDomainAnnotations,
  assertValidPhaseAnnotations,
  isDataMeshEntityCandidate,
  validateDataMeshEntity,
  validateDomainAnnotations,
  validatePhaseAnnotations,
} from './validation/validateEntity';
export {
  ODCS_API_TYPE,
  isOdcsApiEntity,
  validateOdcsDefinition,
} from './validation/odcsApi';

// Data contracts (Bitol ODCS): validation against the pinned official
// schema, a summary for readers, and the changes between two versions.
export {
  SUPPORTED_ODCS_API_VERSIONS,
  isOdcsContractDocument,
  validateOdcsContract,
} from './contracts/validateOdcsContract';
export { readContract } from './contracts/readContract';
export type {
  ContractObjectSummary,
  ContractPropertySummary,
  ContractQualityRule,
  ContractServer,
  ContractSlaProperty,
  ContractSummary,
  ReadContractOptions,
} from './contracts/contractSummary';
export { contractMajorVersion, diffContracts } from './contracts/diffContracts';
export type {
  ContractChange,
  ContractChangeKind,
  ContractDiff,
} from './contracts/diffContracts';
export { contractGraphFromEntities } from './contracts/contractGraph';
export type {
  ContractGraph,
  ContractGraphProduct,
  ContractGraphUseCase,
  PortRead,
} from './contracts/contractGraph';
export { ContractImpactIndex } from './contracts/contractImpact';
export type {
  ContractReach,
  ContractReachers,
  ReachedDataProduct,
  ReachedUseCase,
} from './contracts/contractImpact';

// The HTTP API's shapes and the permissions.
export {
  CAPABILITY_DEMAND_GROUPS,
  DEFAULT_PAGE_LIMIT,
  DOMAIN_SORT_FIELDS,
  MAX_PAGE_LIMIT,
  MAX_WIDE_PAGE_LIMIT,
  SAMPLE_SIZE,
  capabilityDemandGroup,
} from './api/types';
export type {
  AdopterCategory,
  CapabilitiesResponse,
  CapabilityDemand,
  CapabilityDemandEntry,
  CapabilityDemandGroup,
  CapabilityDemandResponse,
  CapabilityItem,
  CapabilityNeed,
  CapabilityResponse,
  DanglingReferencesResponse,
  DeclaredPhase,
  DomainSortField,
  DomainSummary,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
  Freshness,
  PageInfo,
  PageRequest,
  PhaseCriterionResult,
  PhaseHistoryPoint,
  PhaseHistoryResponse,
  PhaseMetric,
  PhaseMetrics,
  PhaseResponse,
  RefSample,
  ComplementarySearchRun,
  RefreshRun,
  StatusResponse,
} from './api/types';
export type {
  AdoptionSparklinePoint,
  BriefSample,
  BusinessUnitSummary,
  BusinessUnitsResponse,
  ComplementaryPairItem,
  ComplementaryUseCasesResponse,
  DeprecatedNeedItem,
  DeprecatedNeedsResponse,
  PhaseForecast,
  RoadmapEntry,
  RoadmapResponse,
  RoadmapUseCasesResponse,
  ScopePhaseResponse,
  UseCasePortfolioCellSummary,
  UseCasePortfolioItem,
  UseCasePortfolioPageResponse,
  UseCasePortfolioResponse,
} from './api/insightTypes';
export type {
  ContractImpactResponse,
  ContractRiskAnswer,
  ContractRisksResponse,
  ContractVersionAnswer,
  ContractVersionsResponse,
  ReachedEntityAnswer,
} from './api/contractTypes';
export type {
  ApiAnswer,
  ApiQuery,
  ApiQueryFilled,
  ApiSchema,
} from './api/wire';
export type {
  components as DataMeshApiComponents,
  operations as DataMeshApiOperations,
  paths as DataMeshApiPaths,
} from './api/generated/openapi';
export {
  dataMeshPermissions,
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
} from './permissions';

// Phase and demand over plain facts.
export {
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  addEntityToFacts,
  emptyFacts,
  factsFromEntities,
} from './portfolio/facts';
export type {
  ApiFacts,
  CapabilityFacts,
  DataProductFacts,
  DomainFacts,
  GroupFacts,
  PortfolioFacts,
  UseCaseFacts,
} from './portfolio/facts';
export {
  canonicalFacts,
  canonicalFactsSteps,
  patchFacts,
  patchFactsSteps,
} from './portfolio/patchFacts';
export { FactReuse } from './portfolio/factReuse';
export {
  PORTFOLIO_CATALOG_READS,
  PORTFOLIO_WHOLE_SPEC_FIELDS,
} from './portfolio/catalogReads';
export type { PortfolioCatalogRead } from './portfolio/catalogReads';
export { StringPool } from './portfolio/stringPool';
export {
  DATA_MESH_ENTITY_CHANGES_TOPIC,
  portfolioFieldsOf,
} from './portfolio/entityChanges';
export type {
  EntityChange,
  EntityChangesEvent,
} from './portfolio/entityChanges';
export { ORGANIZATION_SCOPE, isRealUseCase } from './portfolio/scope';
export type { PortfolioScope } from './portfolio/scope';
export {
  MetricsIndex,
  PHASE_METRICS,
  PHASE_METRIC_SCALES,
} from './portfolio/metrics';
export {
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  adopterCategory,
  assessPhase,
} from './portfolio/phase';
export type {
  PhaseAssessment,
  PhaseCriteria,
  PhaseRules,
} from './portfolio/phase';
export { DemandIndex, pageOf } from './portfolio/demand';
export type { ListPage, PageWindow } from './portfolio/demand';
export {
  findDanglingReferences,
  findDanglingReferencesSteps,
} from './portfolio/dangling';
export type { DanglingReference } from './portfolio/dangling';

// The API's answers cut from what the engine computes: pages, samples,
// rows and the filters of the list routes, shared by every server of the
// API (and the fakes that stand in for one).
export {
  pageOfList,
  pageWindow,
  refSampleOf,
  refsPage,
  sampleOfList,
} from './answers/paging';
export {
  businessUnitSummary,
  complementaryPairItem,
  deprecatedNeedItem,
  portfolioItem,
  roadmapEntry,
  summarizeUseCasePortfolio,
} from './answers/insightRows';
export type { BusinessUnitRowSource } from './answers/insightRows';
export {
  entityNeedsPage,
  orderBusinessUnits,
  selectCapabilities,
  selectDomains,
} from './answers/lists';
export type {
  CapabilityListFilters,
  DomainListFilters,
  DomainRow,
} from './answers/lists';
export {
  MAX_ANSWERED_CHANGES,
  MAX_RISK_PATHS,
  breakingFirst,
  contractImpactAnswer,
  contractRiskAnswer,
  contractVersionAnswer,
} from './answers/contractAnswers';

// Execution insight over plain facts: the use-case portfolio,
// complementary use cases, the platform roadmap, business units and the
// adoption forecast.
export { isGroupScope } from './portfolio/scope';
export {
  START_HERE_CELL,
  computeUseCasePortfolio,
  computeUseCasePortfolioSteps,
} from './insight/useCasePortfolio';
export type {
  PortfolioUseCase,
  UseCasePortfolio,
  UseCasePortfolioCell,
} from './insight/useCasePortfolio';
export type { CapabilityBrief, UseCaseBrief } from './insight/briefs';
export { briefOfUseCase, byTitle, useCaseBrief } from './insight/briefs';
export {
  DEFAULT_COMPLEMENTARY_LIMIT,
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  prepareComplementarySearch,
  servesDifferentPersonas,
} from './insight/complementary';
export type {
  ComplementaryOptions,
  ComplementaryPair,
  ComplementarySearchResult,
  PreparedComplementarySearch,
} from './insight/complementary';
export {
  complementaryUseCaseSearch,
  findComplementaryUseCases,
} from './insight/complementarySearch';
export {
  complementaryJoin,
  mergeJoinResults,
} from './insight/complementaryJoin';
export type { JoinShare } from './insight/similarSets';
export type {
  ComplementaryJoinInput,
  ComplementaryJoinResult,
} from './insight/complementaryJoin';
export type { RankedPair } from './insight/complementaryTop';
export {
  computePlatformRoadmap,
  computePlatformRoadmapSteps,
} from './insight/roadmap';
export type {
  DeprecatedNeed,
  PartlyUnblockedUseCase,
  PlatformRoadmap,
  RoadmapItem,
  UnblockedByValue,
} from './insight/roadmap';
export {
  BusinessUnitIndex,
  DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  assessBusinessUnits,
} from './insight/businessUnits';
export type {
  BusinessUnit,
  BusinessUnitAssessment,
} from './insight/businessUnits';
export {
  DEFAULT_FORECAST_EPSILON,
  DEFAULT_FORECAST_HORIZON_DAYS,
  FORECAST_MIN_DAYS,
  forecastAdoption,
  nextAdoptionTarget,
} from './insight/forecast';
export type {
  AdoptionForecast,
  AdoptionPoint,
  AdoptionTarget,
  ForecastOptions,
  ForecastOutcome,
} from './insight/forecast';
export { DAY_MS, addDays, dayOf, startOfDay } from './time/days';
export { runSteps } from './time/steps';
export { sortSteps } from './time/sortSteps';
export type { Steps } from './time/steps';

// Whole catalog files, as the CLI and the scaffolder check them.
export {
  CORE_CATALOG_KINDS,
  validateCatalogEntity,
} from './validation/catalogEntity';
export type { CatalogEntityValidation } from './validation/catalogEntity';
export { validateCatalogFile } from './validation/catalogFile';
export { pathSegments, readYamlDocuments } from './validation/yamlDocuments';
export { describeSchemaError } from './validation/schemaErrors';
export type { SchemaErrorWording } from './validation/schemaErrors';
export type { YamlDocument, YamlFile } from './validation/yamlDocuments';
export type {
  CatalogFileEntity,
  CatalogFileProblem,
  CatalogFileValidation,
} from './validation/catalogFile';
