/*
 * The rules every data-mesh kind shares, applied to one kind through its
 * descriptor: the envelope, the kind's schema, its references, then its own
 * checks. Both the validator of one kind and the validator of any kind run
 * these, so that their messages are the same.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  DATA_MESH_API_GROUP,
  DATA_MESH_KINDS,
  DataMeshKind,
  SUPPORTED_DATA_MESH_API_VERSIONS,
} from '../kinds/constants';
import { DataMeshKindDescriptor, valuesAtPath } from '../kinds/descriptor';
import { refContextOf } from '../refs';
import type { ValidationProblem } from './problems';
import { checkPortRef, checkRef } from './referenceChecks';
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

function checkSemantics(
  entity: Entity,
  descriptor: DataMeshKindDescriptor,
): ValidationProblem[] {
  const context = refContextOf(entity);
  const references = descriptor.referenceFields.flatMap(field => {
    const check = field.portSuffix ? checkPortRef : checkRef;
    return valuesAtPath(entity, field.path).map(({ path, value }) =>
      check(path, value, field, context),
    );
  });
  return [
    ...references.filter((p): p is ValidationProblem => p !== undefined),
    ...descriptor.checkSpec(entity.spec ?? {}),
  ];
}

/**
 * Every problem of an entity of a data-mesh kind, the kind's rules taken
 * from its descriptor; none means valid.
 */
export function validateEntityOfKind(
  entity: unknown,
  descriptorOf: (kind: DataMeshKind) => DataMeshKindDescriptor,
): ValidationProblem[] {
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
    ? checkSemantics(entity as Entity, descriptorOf(entity.kind)).filter(
        p => !reported.has(p.path),
      )
    : [];
  return [...schemaProblems, ...semantic];
}

/** How an error names the entity: `DataProduct "orders"`. */
export function describeEntity(entity: unknown): string {
  const e = entity as Partial<Entity> | undefined;
  const kind = typeof e?.kind === 'string' ? e.kind : 'entity';
  const name = e?.metadata?.name;
  return typeof name === 'string' ? `${kind} "${name}"` : kind;
}
