import {
  Entity,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  getCompoundEntityRef,
  isDomainEntity,
  isGroupEntity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  RELATION_CAPABILITY_REQUIRED_BY,
  RELATION_CONSUMES_DATA_PRODUCT,
  RELATION_DATA_PRODUCT_CONSUMED_BY,
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS_CAPABILITY,
  RELATION_REQUIRES_CAPABILITY,
  assertValidDataMeshEntity,
  assertValidPhaseAnnotations,
  isDataMeshEntityCandidate,
  isDataProductEntity,
  isPlatformCapabilityEntity,
  isUseCaseEntity,
  parseFieldRef,
  refContextOf,
  resolveDataProductRef,
  validatePhaseAnnotations,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * Options of the {@link DataMeshEntitiesProcessor}.
 *
 * @public
 */
export interface DataMeshEntitiesProcessorOptions {
  /**
   * Where a Group's invalid data-mesh annotations are reported. Without it
   * they are still ignored, but nobody is told.
   */
  logger?: LoggerService;
}

/**
 * Validates the DataProduct, UseCase and PlatformCapability kinds and the
 * declared-phase annotations of Backstage Domains and Groups, and emits both
 * directions of every relation the data-mesh fields imply.
 *
 * It never calls the catalog: references to entities that do not exist are
 * emitted like any other (the catalog's rule), and shown as hints elsewhere.
 *
 * @public
 */
export class DataMeshEntitiesProcessor implements CatalogProcessor {
  private readonly logger?: LoggerService;

  /** Creates the processor; the catalog module passes the plugin's logger. */
  constructor(options: DataMeshEntitiesProcessorOptions = {}) {
    this.logger = options.logger;
  }

  /** The processor's name in the catalog's logs and errors. */
  getProcessorName(): string {
    return 'DataMeshEntitiesProcessor';
  }

  /**
   * Claims the data-mesh kinds. Throws with every problem for a malformed
   * one, so the author sees field paths rather than "No processor recognized
   * the entity". Domains and Groups stay with the built-in processor; only
   * their declared-phase annotations are checked here: a Domain's invalid
   * ones fail its processing, a Group's are logged as a warning and ignored.
   */
  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (isDomainEntity(entity)) {
      assertValidPhaseAnnotations(entity);
      return false;
    }
    if (isGroupEntity(entity)) {
      // A Group carries ownership and membership: failing it would stop new
      // members from owning, or under a restricted policy reading, their
      // own entities. The portfolio treats the annotations as no declaration.
      const problems = validatePhaseAnnotations(entity);
      if (problems.length) {
        this.logger?.warn(
          `Ignoring the data-mesh annotations of ${stringifyEntityRef(
            entity,
          )}, which declare no phase until fixed: ${problems
            .map(problem => problem.message)
            .join('; ')}`,
        );
      }
      return false;
    }
    if (!isDataMeshEntityCandidate(entity)) {
      return false;
    }
    assertValidDataMeshEntity(entity);
    return true;
  }

  /**
   * Emits both directions of every relation the entity's data-mesh fields
   * imply: owner, domain, upstream data products, consumed data products,
   * required capabilities and implementations.
   */
  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const self = getCompoundEntityRef(entity);
    const context = refContextOf(entity);

    const emitPair = (
      target: string,
      defaultKind: string | undefined,
      forward: string,
      reverse: string,
    ) => {
      const other = parseFieldRef(target, defaultKind, context);
      emit(
        processingResult.relation({
          source: self,
          type: forward,
          target: other,
        }),
      );
      emit(
        processingResult.relation({
          source: other,
          type: reverse,
          target: self,
        }),
      );
    };
    const emitCapabilities = (refs: string[] = []) =>
      refs.forEach(ref =>
        emitPair(
          ref,
          'PlatformCapability',
          RELATION_REQUIRES_CAPABILITY,
          RELATION_CAPABILITY_REQUIRED_BY,
        ),
      );

    if (isDataProductEntity(entity)) {
      const { spec } = entity;
      emitPair(spec.owner, 'Group', RELATION_OWNED_BY, RELATION_OWNER_OF);
      emitPair(spec.domain, 'Domain', RELATION_PART_OF, RELATION_HAS_PART);
      // Lineage: this product depends on the upstream products it reads.
      for (const port of spec.inputPorts ?? []) {
        if (port.dataProduct) {
          emitPair(
            port.dataProduct,
            'DataProduct',
            RELATION_DEPENDS_ON,
            RELATION_DEPENDENCY_OF,
          );
        }
      }
      emitCapabilities(spec.requiresCapabilities);
    } else if (isUseCaseEntity(entity)) {
      const { spec } = entity;
      emitPair(spec.owner, 'Group', RELATION_OWNED_BY, RELATION_OWNER_OF);
      if (spec.domain) {
        emitPair(spec.domain, 'Domain', RELATION_PART_OF, RELATION_HAS_PART);
      }
      // Several ports of one product are one consumption relation.
      const consumed = new Map<string, string>();
      for (const value of spec.consumes ?? []) {
        const written = value.split('#')[0];
        consumed.set(resolveDataProductRef(written, context), written);
      }
      for (const ref of consumed.values()) {
        emitPair(
          ref,
          'DataProduct',
          RELATION_CONSUMES_DATA_PRODUCT,
          RELATION_DATA_PRODUCT_CONSUMED_BY,
        );
      }
      emitCapabilities(spec.requiresCapabilities);
    } else if (isPlatformCapabilityEntity(entity)) {
      const { spec } = entity;
      emitPair(spec.owner, 'Group', RELATION_OWNED_BY, RELATION_OWNER_OF);
      for (const ref of spec.implementedBy ?? []) {
        emitPair(
          ref,
          undefined,
          RELATION_IMPLEMENTED_BY,
          RELATION_IMPLEMENTS_CAPABILITY,
        );
      }
    }
    return entity;
  }
}
