/**
 * The API group of the Data Mesh Portfolio entity kinds.
 *
 * @public
 */
export const DATA_MESH_API_GROUP = 'data-mesh-portfolio.io';

/**
 * The apiVersion every Data Mesh Portfolio kind uses today.
 *
 * @public
 */
export const DATA_MESH_API_VERSION = 'data-mesh-portfolio.io/v1alpha1';

/**
 * Every apiVersion of the group that this release understands.
 *
 * @public
 */
export const SUPPORTED_DATA_MESH_API_VERSIONS: readonly string[] = [
  DATA_MESH_API_VERSION,
];

/**
 * The kinds this project adds to the catalog.
 *
 * @public
 */
export const DATA_MESH_KINDS = [
  'DataProduct',
  'UseCase',
  'PlatformCapability',
] as const;

/**
 * One of the kinds this project adds to the catalog.
 *
 * @public
 */
export type DataMeshKind = (typeof DATA_MESH_KINDS)[number];

/**
 * Annotation on a Backstage `Domain`, or on a `Group` that is a business
 * unit, that declares its phase, overriding the computed one. One of
 * {@link DATA_MESH_PHASES}.
 *
 * @public
 */
export const ANNOTATION_DATA_MESH_PHASE = 'data-mesh-portfolio.io/phase';

/**
 * Annotation on a Backstage `Domain` or business-unit `Group` that explains
 * its declared phase.
 *
 * @public
 */
export const ANNOTATION_DATA_MESH_PHASE_REASON =
  'data-mesh-portfolio.io/phase-reason';

/**
 * Data-mesh adoption phases, in order.
 *
 * @public
 */
export const DATA_MESH_PHASES = ['bootstrap', 'scale', 'exploit'] as const;

/**
 * A data-mesh adoption phase.
 *
 * @public
 */
export type DataMeshPhase = (typeof DATA_MESH_PHASES)[number];

/**
 * Domain and data product archetypes.
 *
 * @public
 */
export const DOMAIN_ARCHETYPES = [
  'source-aligned',
  'aggregate',
  'consumer-aligned',
] as const;

/**
 * A domain or data product archetype.
 *
 * @public
 */
export type DomainArchetype = (typeof DOMAIN_ARCHETYPES)[number];

/**
 * Lifecycle of a data product (the ODPS status values).
 *
 * @public
 */
export const DATA_PRODUCT_LIFECYCLES = [
  'proposed',
  'draft',
  'active',
  'deprecated',
  'retired',
] as const;

/**
 * Lifecycle of a data product.
 *
 * @public
 */
export type DataProductLifecycle = (typeof DATA_PRODUCT_LIFECYCLES)[number];

/**
 * Output port types.
 *
 * @public
 */
export const OUTPUT_PORT_TYPES = [
  'table',
  'view',
  'topic',
  'file',
  'api',
  'other',
] as const;

/**
 * An output port type.
 *
 * @public
 */
export type OutputPortType = (typeof OUTPUT_PORT_TYPES)[number];

/**
 * Data classifications of an output port.
 *
 * @public
 */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;

/**
 * A data classification.
 *
 * @public
 */
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/**
 * Contract standards an output port can name.
 *
 * @public
 */
export const CONTRACT_STANDARDS = ['odcs', 'other'] as const;

/**
 * A contract standard.
 *
 * @public
 */
export type ContractStandard = (typeof CONTRACT_STANDARDS)[number];

/**
 * Status of a use case.
 *
 * @public
 */
export const USE_CASE_STATUSES = [
  'proposed',
  'committed',
  'live',
  'retired',
] as const;

/**
 * Status of a use case.
 *
 * @public
 */
export type UseCaseStatus = (typeof USE_CASE_STATUSES)[number];

/**
 * Statuses of a use case that make it real: only these create demand.
 *
 * @public
 */
export const REAL_USE_CASE_STATUSES: readonly UseCaseStatus[] = [
  'committed',
  'live',
];

/**
 * Value and complexity levels of a use case.
 *
 * @public
 */
export const LEVELS = ['low', 'medium', 'high'] as const;

/**
 * A value or complexity level.
 *
 * @public
 */
export type Level = (typeof LEVELS)[number];

/**
 * Status of a platform capability.
 *
 * @public
 */
export const CAPABILITY_STATUSES = [
  'available',
  'beta',
  'building',
  'planned',
  'deprecated',
] as const;

/**
 * Status of a platform capability.
 *
 * @public
 */
export type CapabilityStatus = (typeof CAPABILITY_STATUSES)[number];

/**
 * Personas the product knows by name; other text is accepted too.
 *
 * @public
 */
export const KNOWN_PERSONAS = [
  'data-scientist',
  'data-analyst',
  'ml-engineer',
  'business-user',
] as const;

/**
 * Capability categories the product knows by name; other text is accepted.
 *
 * @public
 */
export const KNOWN_CAPABILITY_CATEGORIES = [
  'ingestion',
  'storage',
  'processing',
  'governance',
  'discovery',
  'observability',
  'access',
] as const;
