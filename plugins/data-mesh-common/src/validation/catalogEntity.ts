import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KindValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { describeNonEntity } from './notAnEntity';
import { ValidationProblem } from './problems';
import {
  isDataMeshEntityCandidate,
  validateDataMeshEntity,
  validatePhaseAnnotations,
} from './validateEntity';

/**
 * What {@link validateCatalogEntity} found: errors, and warnings.
 *
 * @public
 */
export interface CatalogEntityValidation {
  /** Problems that would keep the catalog from ingesting the entity. */
  errors: ValidationProblem[];
  /** Problems worth saying that do not stop ingestion. */
  warnings: ValidationProblem[];
}

// The envelope checks the catalog applies to every entity before any kind's
// processor sees it (names, namespaces, labels, root fields).
const catalogEnvelopePolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

// The core kinds the catalog's built-in processor validates, by kind.
const coreKindValidators: Record<string, KindValidator> = {
  API: apiEntityV1alpha1Validator,
  Component: componentEntityV1alpha1Validator,
  Domain: domainEntityV1alpha1Validator,
  Group: groupEntityV1alpha1Validator,
  Location: locationEntityV1alpha1Validator,
  Resource: resourceEntityV1alpha1Validator,
  System: systemEntityV1alpha1Validator,
  User: userEntityV1alpha1Validator,
};

/**
 * The core kinds {@link validateCatalogEntity} checks with their own rules.
 *
 * @public
 */
export const CORE_CATALOG_KINDS = Object.keys(coreKindValidators);

/** Pulls the field path out of a catalog-model message such as `"metadata.name" is not valid`. */
function pathInMessage(message: string): string {
  return (
    /"((?:metadata|spec|apiVersion|kind|relations)[^"]*)"/.exec(message)?.[1] ??
    ''
  );
}

function problemOf(error: unknown): ValidationProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { path: pathInMessage(message), message };
}

async function checkCoreKind(
  entity: Entity,
  validator: KindValidator,
): Promise<ValidationProblem[]> {
  try {
    if (await validator.check(entity)) return [];
    return [
      {
        path: 'apiVersion',
        message: `apiVersion ${JSON.stringify(
          entity.apiVersion,
        )} is not a version of kind ${entity.kind} that the catalog knows`,
      },
    ];
  } catch (error) {
    return [problemOf(error)];
  }
}

/**
 * Validates one entity the way the catalog would: the catalog's envelope
 * rules, then the data-mesh kinds with this package's validators (the same
 * ones and the same messages as the catalog module), Backstage's core kinds
 * with `@backstage/catalog-model`'s own validators, and the declared-phase
 * annotations of a Domain or Group. A kind neither knows is a warning, since another catalog
 * module may well own it.
 *
 * @public
 */
export async function validateCatalogEntity(
  entity: unknown,
): Promise<CatalogEntityValidation> {
  if (typeof entity !== 'object' || entity === null || Array.isArray(entity)) {
    return {
      errors: [{ path: '', message: 'the entity must be an object' }],
      warnings: [],
    };
  }
  // Without a metadata object the envelope policies would fail with a
  // JavaScript error; say what the document is instead.
  const notAnEntity = describeNonEntity(entity as Record<string, unknown>);
  if (notAnEntity) return { errors: [notAnEntity], warnings: [] };
  const candidate = entity as Entity;
  const errors: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  // The policy mutates (it fills in the default namespace), so it gets a copy.
  await catalogEnvelopePolicy
    .enforce(structuredClone(candidate))
    .catch(error => errors.push(problemOf(error)));

  if (isDataMeshEntityCandidate(candidate)) {
    errors.push(...validateDataMeshEntity(candidate));
  } else if (typeof candidate.kind === 'string') {
    const validator = coreKindValidators[candidate.kind];
    if (validator) {
      errors.push(...(await checkCoreKind(candidate, validator)));
      if (
        (candidate.kind === 'Domain' || candidate.kind === 'Group') &&
        candidate.metadata
      ) {
        errors.push(...validatePhaseAnnotations(candidate));
      }
    } else if (errors.length === 0) {
      warnings.push({
        path: 'kind',
        message: `kind ${
          candidate.kind
        } is not checked here: only the data-mesh kinds and ${CORE_CATALOG_KINDS.join(
          ', ',
        )} are`,
      });
    }
  }
  return { errors: dedupe(errors), warnings };
}

// The envelope policy and a kind's schema can both report one mistake.
function dedupe(problems: ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter(p => !seen.has(p.message) && !!seen.add(p.message));
}
