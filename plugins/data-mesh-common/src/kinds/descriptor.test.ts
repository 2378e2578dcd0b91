import { DATA_MESH_KINDS } from './constants';
import { parseFieldReference, valuesAtPath } from './descriptor';
import {
  DATA_MESH_KIND_DESCRIPTORS,
  dataMeshKindDescriptorOf,
} from './descriptors';

const entity = {
  spec: {
    owner: 'team-a',
    inputPorts: [
      { name: 'a', dataProduct: 'orders' },
      'not a port',
      { name: 'b', external: 'ERP' },
      { name: 'c', dataProduct: 'retail/returns' },
    ],
    requiresCapabilities: 'not a list',
    consumes: ['orders#lines'],
  },
};

describe('valuesAtPath', () => {
  it('finds a field, the items of a list and a field of each item, with their paths', () => {
    expect(valuesAtPath(entity, 'spec.owner')).toEqual([
      { path: 'spec.owner', value: 'team-a' },
    ]);
    expect(valuesAtPath(entity, 'spec.consumes[]')).toEqual([
      { path: 'spec.consumes[0]', value: 'orders#lines' },
    ]);
    expect(valuesAtPath(entity, 'spec.inputPorts[].dataProduct')).toEqual([
      { path: 'spec.inputPorts[0].dataProduct', value: 'orders' },
      { path: 'spec.inputPorts[3].dataProduct', value: 'retail/returns' },
    ]);
  });

  it('finds nothing where the shape is not the one the path names', () => {
    expect(valuesAtPath(entity, 'spec.requiresCapabilities[]')).toEqual([]);
    expect(valuesAtPath(entity, 'spec.domain')).toEqual([]);
    expect(valuesAtPath(null, 'spec.owner')).toEqual([]);
  });
});

describe('the kind descriptors', () => {
  it('describe every data-mesh kind once, in order', () => {
    expect(DATA_MESH_KIND_DESCRIPTORS.map(d => d.kind)).toEqual([
      ...DATA_MESH_KINDS,
    ]);
  });

  it('are found by apiVersion and kind in any letter case', () => {
    const of = (apiVersion: string, kind: string) =>
      dataMeshKindDescriptorOf({ apiVersion, kind, metadata: { name: 'x' } })
        ?.kind;
    expect(of('data-mesh-portfolio.io/v1alpha1', 'usecase')).toBe('UseCase');
    expect(of('data-mesh-portfolio.io/v1beta1', 'UseCase')).toBeUndefined();
    expect(of('backstage.io/v1alpha1', 'Component')).toBeUndefined();
  });

  it("resolve a reference with the field's default kind, dropping a port", () => {
    const [, useCase] = DATA_MESH_KIND_DESCRIPTORS;
    const consumes = useCase.referenceFields.find(
      f => f.path === 'spec.consumes[]',
    )!;
    expect(
      parseFieldReference(consumes, 'orders#lines', { namespace: 'retail' }),
    ).toEqual({ kind: 'DataProduct', namespace: 'retail', name: 'orders' });
    expect(() => parseFieldReference(consumes, 'orders#', {})).toThrow(
      '"orders#" must be a data product reference, optionally followed by #port',
    );
  });
});
