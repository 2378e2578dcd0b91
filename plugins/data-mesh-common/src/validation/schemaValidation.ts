import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import dataProductSchema from '../schemas/DataProduct.v1alpha1.schema.json';
import useCaseSchema from '../schemas/UseCase.v1alpha1.schema.json';
import platformCapabilitySchema from '../schemas/PlatformCapability.v1alpha1.schema.json';
import type { DataMeshKind } from '../kinds/constants';
import {
  ValidationProblem,
  appendField,
  describeValue,
  pointerToPath,
} from './problems';

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

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'an object',
    string: 'a string',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
  };
  return names[String(type)] ?? String(type);
}

function toProblem(error: ErrorObject): ValidationProblem {
  const path = pointerToPath(error.instancePath);
  const at = path || 'the entity';
  switch (error.keyword) {
    case 'required': {
      const missing = appendField(path, error.params.missingProperty);
      return { path: missing, message: `${missing} is required` };
    }
    case 'additionalProperties': {
      const field = appendField(path, error.params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      return {
        path: field,
        message: `${field} is not a known field; expected one of ${known.join(
          ', ',
        )}`,
      };
    }
    case 'enum':
      return {
        path,
        message: `${at} must be one of ${(
          error.params.allowedValues as unknown[]
        ).join(', ')}; got ${describeValue(error.data)}`,
      };
    case 'type':
      return {
        path,
        message: `${at} must be ${typeName(
          error.params.type,
        )}; got ${describeValue(error.data)}`,
      };
    case 'pattern': {
      const expected =
        (error.parentSchema as Record<string, unknown>)?.['x-expected'] ??
        `text matching ${error.params.pattern}`;
      return {
        path,
        message: `${at} must be ${expected}; got ${describeValue(error.data)}`,
      };
    }
    case 'minLength':
      return { path, message: `${at} must not be empty` };
    default:
      return { path, message: `${at} ${error.message}` };
  }
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
  const problems = (validate.errors ?? []).map(toProblem);
  // One field can fail several keywords; keep the first message per path.
  const seen = new Set<string>();
  return problems.filter(p => {
    if (seen.has(p.path)) return false;
    seen.add(p.path);
    return true;
  });
}
