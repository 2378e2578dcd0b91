import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  DATA_MESH_PHASES,
} from '../kinds/constants';
import { dataMeshKindDescriptor } from '../kinds/descriptors';
import type { DataMeshEntity } from '../kinds/types';
import { DataMeshValidationError, ValidationProblem } from './problems';
import {
  describeEntity,
  isDataMeshEntityCandidate,
  validateEntityOfKind,
} from './validateKind';

// Where callers have always found it, next to the validator that uses it.
export { isDataMeshEntityCandidate };

/**
 * Validates an entity of a data-mesh kind: envelope (apiVersion and kind),
 * its kind's JSON Schema, then what a schema cannot say (references, unique
 * port names, input port sources). Returns every problem found; none means
 * valid.
 *
 * @public
 */
export function validateDataMeshEntity(entity: unknown): ValidationProblem[] {
  return validateEntityOfKind(entity, dataMeshKindDescriptor);
}

/**
 * Throws a {@link DataMeshValidationError} that lists every problem when the
 * entity is not a valid data-mesh entity.
 *
 * @public
 */
export function assertValidDataMeshEntity(
  entity: unknown,
): asserts entity is DataMeshEntity {
  const problems = validateDataMeshEntity(entity);
  if (problems.length) {
    throw new DataMeshValidationError(describeEntity(entity), problems);
  }
}

/**
 * Validates the declared-phase annotations of a Backstage `Domain` or
 * `Group`: a declared phase must be a known phase, and a reason needs a
 * phase to explain.
 *
 * @public
 */
export function validatePhaseAnnotations(entity: Entity): ValidationProblem[] {
  const annotations = entity.metadata.annotations ?? {};
  const phase = annotations[ANNOTATION_DATA_MESH_PHASE];
  const reason = annotations[ANNOTATION_DATA_MESH_PHASE_REASON];
  const phasePath = `metadata.annotations["${ANNOTATION_DATA_MESH_PHASE}"]`;
  const reasonPath = `metadata.annotations["${ANNOTATION_DATA_MESH_PHASE_REASON}"]`;
  const problems: ValidationProblem[] = [];
  if (
    phase !== undefined &&
    !(DATA_MESH_PHASES as readonly string[]).includes(phase)
  ) {
    problems.push({
      path: phasePath,
      message: `${phasePath} must be one of ${DATA_MESH_PHASES.join(
        ', ',
      )}; got ${JSON.stringify(phase)}`,
    });
  }
  if (reason !== undefined && phase === undefined) {
    problems.push({
      path: reasonPath,
      message: `${reasonPath} explains a declared phase, so ${phasePath} is required with it`,
    });
  }
  if (reason !== undefined && reason.trim() === '') {
    problems.push({
      path: reasonPath,
      message: `${reasonPath} must not be empty`,
    });
  }
  return problems;
}

/**
 * Throws a {@link DataMeshValidationError} for bad declared-phase
 * annotations on a Domain or Group.
 *
 * @public
 */
export function assertValidPhaseAnnotations(entity: Entity): void {
  const problems = validatePhaseAnnotations(entity);
  if (problems.length) {
    throw new DataMeshValidationError(describeEntity(entity), problems);
  }
}

/**
 * The declared-phase annotations of a Domain; a Group's are checked the
 * same way.
 *
 * @public
 * @deprecated Use {@link validatePhaseAnnotations}.
 */
export const validateDomainAnnotations = validatePhaseAnnotations;

/**
 * Throws for bad declared-phase annotations on a Domain.
 *
 * @public
 * @deprecated Use {@link assertValidPhaseAnnotations}.
 */
export const assertValidDomainAnnotations = assertValidPhaseAnnotations;
