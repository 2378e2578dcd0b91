import Ajv, { ValidateFunction } from 'ajv';
import dataProductSchema from '../schemas/DataProduct.v1alpha1.schema.json';
import useCaseSchema from '../schemas/UseCase.v1alpha1.schema.json';
import platformCapabilitySchema from '../schemas/PlatformCapability.v1alpha1.schema.json';
import type { DataMeshKind } from '../kinds/constants';
import { ValidationProblem } from './problems';
import { describeSchemaError } from './schemaErrors';

/**
 * The JSON Schema of each kind, as shipped for editors and validation.
 *
 * @public
 */
export const dataMeshKindSchemas: Record<DataMeshKind, object> = {
  DataProduct: dataProductSchema,
  UseCase: useCaseSchema,
  PlatformCapability: platformCapabilitySchema,
};

const ajv = new Ajv({ allErrors: true, verbose: true });
// Our schemas carry a human phrase for pattern fields, used in messages.
ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });

const compiled = new Map<DataMeshKind, ValidateFunction>();

function validatorFor(kind: DataMeshKind): ValidateFunction {
  let validate = compiled.get(kind);
  if (!validate) {
    validate = ajv.compile(dataMeshKindSchemas[kind]);
    compiled.set(kind, validate);
  }
  return validate;
}

/**
 * Validates an entity against its kind's JSON Schema and returns the problems
 * as messages that name the field path and what was expected.
 *
 * @public
 */
export function validateAgainstSchema(
  kind: DataMeshKind,
  entity: unknown,
): ValidationProblem[] {
  const validate = validatorFor(kind);
  if (validate(entity)) return [];
  const problems = (validate.errors ?? []).map(error =>
    describeSchemaError(error),
  );
  // One field can fail several keywords; keep the first message per path.
  const seen = new Set<string>();
  return problems.filter(p => {
    if (seen.has(p.path)) return false;
    seen.add(p.path);
    return true;
  });
}
