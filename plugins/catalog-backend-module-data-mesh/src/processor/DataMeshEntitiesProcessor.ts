import {
  CompoundEntityRef,
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_CONSUMES_API,
  getCompoundEntityRef,
  isDomainEntity,
  isGroupEntity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  CatalogService,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  DataMeshReferenceField,
  DataMeshValidationError,
  assertValidDataMeshEntity,
  assertValidPhaseAnnotations,
  dataMeshKindDescriptorOf,
  isDataMeshEntityCandidate,
  isOdcsApiEntity,
  normalizeEntityRef,
  parseFieldReference,
  refContextOf,
  validateOdcsDefinition,
  validatePhaseAnnotations,
  valuesAtPath,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ConsumedContracts } from './ConsumedContracts';

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
  /**
   * The catalog, read with `auth`'s own service credentials to learn the
   * contracts of the data product ports an entity consumes. Without both,
   * no `consumesApi` relations are emitted.
   */
  catalog?: CatalogService;
  /** Gives the service credentials `catalog` is read with. */
  auth?: AuthService;
}

/**
 * Validates the DataProduct, UseCase and PlatformCapability kinds and the
 * declared-phase annotations of Backstage Domains and Groups, and emits both
 * directions of every relation the data-mesh fields imply.
 *
 * References to entities that do not exist are emitted like any other (the
 * catalog's rule), and shown as hints elsewhere. Only to find the contract
 * APIs a consumer reads through a data product's port does it read the
 * catalog: see the `catalog` option.
 *
 * @public
 */
export class DataMeshEntitiesProcessor implements CatalogProcessor {
  private readonly logger?: LoggerService;
  private readonly consumedContracts?: ConsumedContracts;

  /**
   * Creates the processor; the catalog module passes the plugin's logger,
   * the catalog and its auth service.
   */
  constructor(options: DataMeshEntitiesProcessorOptions = {}) {
    this.logger = options.logger;
    if (options.catalog && options.auth) {
      this.consumedContracts = new ConsumedContracts(
        options.catalog,
        options.auth,
      );
    }
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
   * An `API` of `spec.type: odcs` stays with the built-in processor too; its
   * definition (placeholders such as `$text` already resolved) must be a
   * valid ODCS contract, or its processing fails naming the field path, and
   * the catalog keeps its last good version.
   */
  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (isOdcsApiEntity(entity)) {
      const problems = validateOdcsDefinition(entity.spec?.definition);
      if (problems.length) {
        throw new DataMeshValidationError(
          `API "${entity.metadata.name}" spec.definition`,
          problems,
        );
      }
      return false;
    }
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
   * required capabilities, implementations and the ports' contract APIs;
   * then the contract APIs it consumes through the ports it reads.
   */
  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const descriptor = dataMeshKindDescriptorOf(entity);
    if (!descriptor) return entity;
    const self = getCompoundEntityRef(entity);
    const both = (
      relation: string,
      reverse: string,
      target: CompoundEntityRef,
    ) => {
      emit(processingResult.relation({ source: self, type: relation, target }));
      emit(
        processingResult.relation({
          source: target,
          type: reverse,
          target: self,
        }),
      );
    };
    for (const field of descriptor.referenceFields) {
      for (const target of targetsOf(entity, field)) {
        both(field.relation, field.reverseRelation, target);
      }
    }
    for (const api of (await this.consumedContracts?.of(entity)) ?? []) {
      both(RELATION_CONSUMES_API, RELATION_API_CONSUMED_BY, api);
    }
    return entity;
  }
}

/**
 * The entities a reference field names, as written, each once: several
 * ports of one data product, or two output ports sharing one contract API,
 * are one relation; the last one written stands for them.
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
  const byEntity = new Map<string, CompoundEntityRef>();
  for (const target of targets)
    byEntity.set(normalizeEntityRef(target), target);
  return [...byEntity.values()];
}
