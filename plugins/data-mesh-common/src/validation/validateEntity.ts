import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  DATA_MESH_API_GROUP,
  DATA_MESH_KINDS,
  DATA_MESH_PHASES,
  DataMeshKind,
  SUPPORTED_DATA_MESH_API_VERSIONS,
} from '../kinds/constants';
import type { DataMeshEntity } from '../kinds/types';
import { refContextOf } from '../refs';
import { DataMeshValidationError, ValidationProblem } from './problems';
import {
  REF_RULES,
  checkConsumes,
  checkRef,
  checkRefList,
  checkUniqueNames,
} from './referenceChecks';
import { validateAgainstSchema } from './schemaValidation';

function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): DataMeshKind | undefined {
  return DATA_MESH_KINDS.find(kind => kind === value);
}

/**
 * True for an entity this project is responsible for validating: one whose
 * apiVersion is in the `data-mesh-portfolio.io` group, or whose kind is one
 * of the data-mesh kinds (whatever its apiVersion, so that a wrong apiVersion
 * gets a precise error instead of "no processor recognized the entity").
 *
 * @public
 */
export function isDataMeshEntityCandidate(entity: {
  apiVersion?: unknown;
  kind?: unknown;
}): boolean {
  return (
    (typeof entity.apiVersion === 'string' &&
      entity.apiVersion.startsWith(`${DATA_MESH_API_GROUP}/`)) ||
    kindOf(entity.kind) !== undefined
  );
}

function checkEnvelope(entity: Record<string, any>): ValidationProblem[] {
  const { apiVersion, kind } = entity;
  const kinds = DATA_MESH_KINDS.join(', ');
  const versions = SUPPORTED_DATA_MESH_API_VERSIONS.join(', ');
  const ownKind = kindOf(kind);
  if (!ownKind) {
    const nearly = DATA_MESH_KINDS.find(
      k => typeof kind === 'string' && k.toLowerCase() === kind.toLowerCase(),
    );
    return [
      {
        path: 'kind',
        message: nearly
          ? `kind must be written "${nearly}"; got ${JSON.stringify(kind)}`
          : `kind must be one of ${kinds} for apiVersion ${String(
              apiVersion,
            )}; got ${JSON.stringify(kind)}`,
      },
    ];
  }
  if (!SUPPORTED_DATA_MESH_API_VERSIONS.includes(apiVersion)) {
    const inGroup =
      typeof apiVersion === 'string' &&
      apiVersion.startsWith(`${DATA_MESH_API_GROUP}/`);
    return [
      {
        path: 'apiVersion',
        message: inGroup
          ? `apiVersion ${apiVersion} is not supported by this release; supported versions: ${versions}`
          : `apiVersion must be ${versions} for kind ${ownKind}; got ${JSON.stringify(
              apiVersion,
            )}`,
      },
    ];
  }
  return [];
}

function checkSemantics(entity: DataMeshEntity): ValidationProblem[] {
  const context = refContextOf(entity);
  const spec: Record<string, any> = entity.spec ?? {};
  const problems: Array<ValidationProblem | undefined> = [
    checkRef('spec.owner', spec.owner, REF_RULES.owner, context),
  ];
  if (entity.kind === 'DataProduct' || entity.kind === 'UseCase') {
    problems.push(
      checkRef('spec.domain', spec.domain, REF_RULES.domain, context),
      ...checkRefList(
        'spec.requiresCapabilities',
        spec.requiresCapabilities,
        REF_RULES.capability,
        context,
      ),
    );
  }
  if (entity.kind === 'DataProduct') {
    problems.push(
      ...checkUniqueNames('spec.outputPorts', spec.outputPorts, 'output ports'),
      ...checkUniqueNames('spec.inputPorts', spec.inputPorts, 'input ports'),
    );
    (Array.isArray(spec.inputPorts) ? spec.inputPorts : []).forEach(
      (port: Record<string, unknown>, i: number) => {
        const path = `spec.inputPorts[${i}]`;
        if (!isRecord(port)) return;
        if (port.dataProduct === undefined && port.external === undefined) {
          problems.push({
            path,
            message: `${path} must name its source: dataProduct (an upstream data product) or external (a source outside the mesh)`,
          });
        }
        if (port.port !== undefined && port.dataProduct === undefined) {
          problems.push({
            path: `${path}.port`,
            message: `${path}.port names an upstream output port, so ${path}.dataProduct is required with it`,
          });
        }
        problems.push(
          checkRef(
            `${path}.dataProduct`,
            port.dataProduct,
            REF_RULES.dataProduct,
            context,
          ),
        );
      },
    );
  }
  if (entity.kind === 'UseCase') {
    problems.push(...checkConsumes(spec.consumes, context));
  }
  if (entity.kind === 'PlatformCapability') {
    problems.push(
      ...checkRefList(
        'spec.implementedBy',
        spec.implementedBy,
        REF_RULES.implementation,
        context,
      ),
    );
  }
  return problems.filter((p): p is ValidationProblem => p !== undefined);
}

/**
 * Validates an entity of a data-mesh kind: envelope (apiVersion and kind),
 * its kind's JSON Schema, then what a schema cannot say (references, unique
 * port names, input port sources). Returns every problem found; none means
 * valid.
 *
 * @public
 */
export function validateDataMeshEntity(entity: unknown): ValidationProblem[] {
  if (!isRecord(entity)) {
    return [{ path: '', message: 'the entity must be an object' }];
  }
  const envelope = checkEnvelope(entity);
  if (envelope.length) return envelope;
  const schemaProblems = validateAgainstSchema(entity.kind, entity);
  // Reference checks only make sense on a structurally valid spec; they are
  // still run so that one pass reports everything, skipping paths that the
  // schema already reported.
  const reported = new Set(schemaProblems.map(p => p.path));
  const semantic = isRecord(entity.spec)
    ? checkSemantics(entity as DataMeshEntity).filter(
        p => !reported.has(p.path),
      )
    : [];
  return [...schemaProblems, ...semantic];
}

function describeEntity(entity: unknown): string {
  const e = entity as Partial<Entity> | undefined;
  const kind = typeof e?.kind === 'string' ? e.kind : 'entity';
  const name = e?.metadata?.name;
  return typeof name === 'string' ? `${kind} "${name}"` : kind;
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
