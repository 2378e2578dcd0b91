/*
 * Relation types emitted for the data-mesh kinds, besides Backstage's own
 * ownedBy/ownerOf, partOf/hasPart (data product or use case → domain) and
 * dependsOn/dependencyOf (lineage: a data product depends on the upstream
 * data products its input ports read). Backstage has no relation that means
 * "a use case consumes a data product", "needs a platform capability" or
 * "a capability is implemented by", so those are project-prefixed.
 */

/**
 * A use case consumes a data product (UseCase → DataProduct).
 *
 * @public
 */
export const RELATION_CONSUMES_DATA_PRODUCT = 'dataMeshConsumesDataProduct';

/**
 * Reverse of {@link RELATION_CONSUMES_DATA_PRODUCT}.
 *
 * @public
 */
export const RELATION_DATA_PRODUCT_CONSUMED_BY =
  'dataMeshDataProductConsumedBy';

/**
 * A data product or use case needs a platform capability.
 *
 * @public
 */
export const RELATION_REQUIRES_CAPABILITY = 'dataMeshRequiresCapability';

/**
 * Reverse of {@link RELATION_REQUIRES_CAPABILITY}.
 *
 * @public
 */
export const RELATION_CAPABILITY_REQUIRED_BY = 'dataMeshCapabilityRequiredBy';

/**
 * A platform capability is provided by a component, resource or API.
 *
 * @public
 */
export const RELATION_IMPLEMENTED_BY = 'dataMeshImplementedBy';

/**
 * Reverse of {@link RELATION_IMPLEMENTED_BY}.
 *
 * @public
 */
export const RELATION_IMPLEMENTS_CAPABILITY = 'dataMeshImplementsCapability';

/**
 * Every relation pair this project emits that Backstage does not already
 * know, as `[relation, reverse]`. Register them with the catalog graph so
 * that lineage and demand render.
 *
 * @public
 */
export const DATA_MESH_RELATION_PAIRS: ReadonlyArray<[string, string]> = [
  [RELATION_CONSUMES_DATA_PRODUCT, RELATION_DATA_PRODUCT_CONSUMED_BY],
  [RELATION_REQUIRES_CAPABILITY, RELATION_CAPABILITY_REQUIRED_BY],
  [RELATION_IMPLEMENTED_BY, RELATION_IMPLEMENTS_CAPABILITY],
];
