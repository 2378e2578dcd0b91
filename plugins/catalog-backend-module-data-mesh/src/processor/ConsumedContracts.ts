import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  consumedContractApis,
  normalizeEntityRef,
  portReferencesOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

// Only what finds a port's contract: the rest of a product stays behind.
const PRODUCT_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.outputPorts',
];

/**
 * Finds the contract APIs an entity consumes through the data product ports
 * it reads. The consumer's own file does not say which API that is: the
 * contract is written on the product's port. So the processor reads the
 * products it names from the catalog, with the catalog module's own service
 * credentials, in one `getEntitiesByRefs` call per consumer.
 *
 * The trade-off, and why it is taken: Backstage's processors are meant to
 * work on the entity alone, and the catalog has no mechanism that derives a
 * relation from two entities. Reading the catalog here costs one small,
 * projected request per consumer and processing pass, and what it reads is
 * the products' last stitched state: when a product's port changes its
 * contract, its consumers' `consumesApi` relations follow at their own next
 * processing pass (the catalog's processing interval), not at once. A
 * product not (yet) in the catalog gives no relation and no error; once it
 * arrives, the next pass of the consumer adds the relation.
 */
export class ConsumedContracts {
  /** Reads products through `catalog` with `auth`'s own service credentials. */
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  /**
   * The contract APIs the entity consumes; none for an entity that reads no
   * data product port. Throws when the catalog cannot be read, so that the
   * catalog keeps the entity's last good version rather than dropping
   * relations it cannot recompute.
   */
  async of(entity: Entity): Promise<CompoundEntityRef[]> {
    const refs = [
      ...new Set(
        portReferencesOf(entity).map(r => stringifyEntityRef(r.dataProduct)),
      ),
    ];
    if (!refs.length) return [];
    let items: Array<Entity | undefined>;
    try {
      const credentials = await this.auth.getOwnServiceCredentials();
      ({ items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: refs, fields: PRODUCT_FIELDS },
        { credentials },
      ));
    } catch (error) {
      throw new Error(
        `Could not read the data products ${stringifyEntityRef(
          entity,
        )} consumes, to find their ports' contracts: ${String(error)}`,
      );
    }
    const products = new Map<string, Entity>();
    for (const product of items) {
      if (product) {
        products.set(
          normalizeEntityRef(getCompoundEntityRef(product)),
          product,
        );
      }
    }
    return consumedContractApis(entity, products);
  }
}
