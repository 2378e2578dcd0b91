import {
  CompoundEntityRef,
  Entity,
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
  DataMeshReferenceField,
  assertValidDataMeshEntity,
  assertValidPhaseAnnotations,
  dataMeshKindDescriptorOf,
  isDataMeshEntityCandidate,
  normalizeEntityRef,
  parseFieldReference,
  refContextOf,
  validatePhaseAnnotations,
  valuesAtPath,
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
    const descriptor = dataMeshKindDescriptorOf(entity);
    if (!descriptor) return entity;
    const self = getCompoundEntityRef(entity);
    for (const field of descriptor.referenceFields) {
      for (const target of targetsOf(entity, field)) {
        emit(
          processingResult.relation({
            source: self,
            type: field.relation,
            target,
          }),
        );
        emit(
          processingResult.relation({
            source: target,
            type: field.reverseRelation,
            target: self,
          }),
        );
      }
    }
    return entity;
  }
}

/**
 * The entities a reference field names, as written. Several ports of one
 * data product are one relation: the last one written stands for them.
 */
function targetsOf(
  entity: Entity,
  field: DataMeshReferenceField,
): CompoundEntityRef[] {
  const context = refContextOf(entity);
  const targets = valuesAtPath(entity, field.path)
    .map(({ value }) => value)
    .filter((value): value is string => typeof value === 'string' && !!value)
    .map(value => parseFieldReference(field, value, context));
  if (!field.portSuffix) return targets;
  const byEntity = new Map<string, CompoundEntityRef>();
  for (const target of targets)
    byEntity.set(normalizeEntityRef(target), target);
  return [...byEntity.values()];
}
