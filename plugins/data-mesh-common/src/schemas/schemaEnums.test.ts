/*
 * The JSON Schemas (for the catalog and for editors) and the TypeScript
 * constants (for code) both list the allowed values of each field; this
 * keeps them from drifting apart, including when a schema gains a list.
 */
import {
  CAPABILITY_STATUSES,
  CONTRACT_STANDARDS,
  DATA_CLASSIFICATIONS,
  DATA_MESH_API_VERSION,
  DATA_PRODUCT_LIFECYCLES,
  DOMAIN_ARCHETYPES,
  LEVELS,
  OUTPUT_PORT_TYPES,
  USE_CASE_STATUSES,
} from '../kinds/constants';
import dataProductSchema from './DataProduct.v1alpha1.schema.json';
import platformCapabilitySchema from './PlatformCapability.v1alpha1.schema.json';
import useCaseSchema from './UseCase.v1alpha1.schema.json';

/** Every `enum` in a schema, by the path of properties that leads to it. */
function enumsOf(node: unknown, at = ''): Record<string, unknown[]> {
  if (!node || typeof node !== 'object') return {};
  const found: Record<string, unknown[]> = {};
  const { enum: values, ...rest } = node as Record<string, unknown>;
  if (Array.isArray(values)) found[at] = values;
  for (const [key, child] of Object.entries(rest)) {
    // `properties` and `items` are structure, not field names.
    const step = key === 'properties' || key === 'items' ? '' : `.${key}`;
    Object.assign(found, enumsOf(child, `${at}${step}`));
  }
  return found;
}

const expected: Record<string, Record<string, readonly unknown[]>> = {
  DataProduct: {
    '.apiVersion': [DATA_MESH_API_VERSION],
    '.kind': ['DataProduct'],
    '.spec.type': DOMAIN_ARCHETYPES,
    '.spec.lifecycle': DATA_PRODUCT_LIFECYCLES,
    '.spec.outputPorts.type': OUTPUT_PORT_TYPES,
    '.spec.outputPorts.contract.standard': CONTRACT_STANDARDS,
    '.spec.outputPorts.classification': DATA_CLASSIFICATIONS,
  },
  UseCase: {
    '.apiVersion': [DATA_MESH_API_VERSION],
    '.kind': ['UseCase'],
    '.spec.status': USE_CASE_STATUSES,
    '.spec.value': LEVELS,
    '.spec.complexity': LEVELS,
  },
  PlatformCapability: {
    '.apiVersion': [DATA_MESH_API_VERSION],
    '.kind': ['PlatformCapability'],
    '.spec.status': CAPABILITY_STATUSES,
  },
};

describe.each([
  ['DataProduct', dataProductSchema],
  ['UseCase', useCaseSchema],
  ['PlatformCapability', platformCapabilitySchema],
])('the %s schema', (kind, schema) => {
  it('lists exactly the values of the TypeScript constants, and no other list', () => {
    const lists = enumsOf(schema);
    expect(Object.keys(lists).sort()).toEqual(
      Object.keys(expected[kind]).sort(),
    );
    for (const [at, values] of Object.entries(expected[kind])) {
      expect({ at, values: lists[at] }).toEqual({ at, values: [...values] });
    }
  });
});
