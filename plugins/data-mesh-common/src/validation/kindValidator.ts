import type { Entity, KindValidator } from '@backstage/catalog-model';
import type { DataMeshKind } from '../kinds/constants';
import type { DataMeshKindDescriptor } from '../kinds/descriptor';
import { DataMeshValidationError, ValidationProblem } from './problems';
import {
  describeEntity,
  isDataMeshEntityCandidate,
  validateEntityOfKind,
} from './validateKind';

/**
 * The validator of one data-mesh kind. It is a `KindValidator` of
 * `@backstage/catalog-model`, so a catalog processor can use it like the
 * catalog's own validators, and it also lists the problems of an entity
 * without throwing.
 *
 * @public
 */
export interface DataMeshKindValidator extends KindValidator {
  /** The kind this validator checks. */
  readonly kind: DataMeshKind;
  /**
   * Returns false for an entity of another kind, true for a valid entity of
   * this kind, and throws a `DataMeshValidationError` listing every problem
   * for a malformed one. An entity is of this kind when its `kind` is this
   * kind's name in any letter case, whatever its apiVersion, so that a wrong
   * apiVersion or letter case gets a precise message.
   */
  check(entity: Entity): Promise<boolean>;
  /**
   * Every problem of the entity, with the same messages as
   * `validateDataMeshEntity`; none means it is a valid entity of this kind.
   */
  validate(entity: unknown): ValidationProblem[];
}

function kindOf(entity: unknown): unknown {
  return typeof entity === 'object' && entity !== null
    ? (entity as { kind?: unknown }).kind
    : undefined;
}

function isOfKind(entity: unknown, kind: DataMeshKind): boolean {
  const written = kindOf(entity);
  return (
    typeof written === 'string' &&
    written.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US')
  );
}

/**
 * The validator of one data-mesh kind: the rules every kind shares, applied
 * through the kind's descriptor.
 */
export function createDataMeshKindValidator(
  descriptor: DataMeshKindDescriptor,
): DataMeshKindValidator {
  const { kind } = descriptor;
  const problemsOf = (entity: unknown) =>
    validateEntityOfKind(entity, () => descriptor);
  return {
    kind,
    async check(entity) {
      if (!isDataMeshEntityCandidate(entity) || !isOfKind(entity, kind)) {
        return false;
      }
      const problems = problemsOf(entity);
      if (problems.length) {
        throw new DataMeshValidationError(describeEntity(entity), problems);
      }
      return true;
    },
    validate(entity) {
      const written = kindOf(entity);
      if (written !== undefined && !isOfKind(entity, kind)) {
        return [
          {
            path: 'kind',
            message: `kind must be ${kind}; got ${JSON.stringify(written)}`,
          },
        ];
      }
      return problemsOf(entity);
    },
  };
}
