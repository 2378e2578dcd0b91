import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { normalizeEntityRef } from '../refs';
import { validateDataMeshEntity } from '../validation/validateEntity';
import {
  consumedContractApis,
  portContractApis,
  portReferencesOf,
} from './portContracts';

const V = 'data-mesh-portfolio.io/v1alpha1';

// A product in namespace retail whose ports name contracts in its own
// namespace and in another one; one port has none, one only a link.
const orders: Entity = {
  apiVersion: V,
  kind: 'DataProduct',
  metadata: { name: 'orders', namespace: 'retail' },
  spec: {
    owner: 'team',
    domain: 'sales',
    lifecycle: 'active',
    outputPorts: [
      { name: 'lines', type: 'table', contract: { api: 'lines-contract' } },
      {
        name: 'events',
        type: 'topic',
        contract: { api: 'api:shared/order-events' },
      },
      { name: 'raw', type: 'file' },
      {
        name: 'daily',
        type: 'view',
        contract: { ref: 'https://example.com/daily.yaml', standard: 'odcs' },
      },
    ],
  },
};

const refs = (list: Array<Parameters<typeof normalizeEntityRef>[0]>) =>
  list.map(ref => normalizeEntityRef(ref));

describe('portContractApis', () => {
  it("gives the named port's contract API, in the product's namespace", () => {
    expect(portContractApis(orders, 'lines')).toEqual([
      { kind: 'API', namespace: 'retail', name: 'lines-contract' },
    ]);
  });

  it('gives every port with a contract API when no port is named', () => {
    expect(refs(portContractApis(orders))).toEqual([
      'api:retail/lines-contract',
      'api:shared/order-events',
    ]);
  });

  it('gives none for a port without one, a plain link, or no such port', () => {
    expect(portContractApis(orders, 'raw')).toEqual([]);
    expect(portContractApis(orders, 'daily')).toEqual([]);
    expect(portContractApis(orders, 'gone')).toEqual([]);
  });
});

describe('portReferencesOf', () => {
  it("reads a use case's consumes with and without a port", () => {
    const useCase: Entity = {
      apiVersion: V,
      kind: 'UseCase',
      metadata: { name: 'dash' },
      spec: {
        owner: 'team',
        status: 'live',
        consumes: ['retail/orders#lines', 'returns', 'x#'],
      },
    };
    expect(portReferencesOf(useCase)).toEqual([
      {
        path: 'spec.consumes[0]',
        dataProduct: {
          kind: 'DataProduct',
          namespace: 'retail',
          name: 'orders',
        },
        port: 'lines',
      },
      {
        path: 'spec.consumes[1]',
        dataProduct: {
          kind: 'DataProduct',
          namespace: 'default',
          name: 'returns',
        },
      },
    ]);
  });

  it("reads a data product's input ports: product and port side by side", () => {
    const downstream: Entity = {
      apiVersion: V,
      kind: 'DataProduct',
      metadata: { name: 'revenue', namespace: 'retail' },
      spec: {
        owner: 'team',
        domain: 'sales',
        lifecycle: 'active',
        inputPorts: [
          { name: 'a', dataProduct: 'orders', port: 'events' },
          { name: 'b', dataProduct: 'dataproduct:default/refunds' },
          { name: 'c', external: 'ERP' },
        ],
      },
    };
    expect(portReferencesOf(downstream)).toEqual([
      {
        path: 'spec.inputPorts[0].dataProduct',
        dataProduct: {
          kind: 'DataProduct',
          namespace: 'retail',
          name: 'orders',
        },
        port: 'events',
      },
      {
        path: 'spec.inputPorts[1].dataProduct',
        // As written: the catalog compares kinds case-insensitively.
        dataProduct: {
          kind: 'dataproduct',
          namespace: 'default',
          name: 'refunds',
        },
      },
    ]);
  });

  it('gives nothing for an entity of another kind', () => {
    expect(
      portReferencesOf({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'c' },
        spec: { consumes: ['orders#lines'] },
      }),
    ).toEqual([]);
  });
});

describe('consumedContractApis', () => {
  const products = new Map([
    [normalizeEntityRef(getCompoundEntityRef(orders)), orders],
  ]);
  const useCase = (...consumes: string[]): Entity => ({
    apiVersion: V,
    kind: 'UseCase',
    metadata: { name: 'dash', namespace: 'retail' },
    spec: { owner: 'team', status: 'live', consumes },
  });

  it("consumes the named port's contract only", () => {
    expect(
      refs(consumedContractApis(useCase('orders#events'), products)),
    ).toEqual(['api:shared/order-events']);
  });

  it('consumes every port contract of a product named without a port, each once', () => {
    expect(
      refs(
        consumedContractApis(
          useCase('orders', 'orders#lines', 'orders#raw'),
          products,
        ),
      ),
    ).toEqual(['api:retail/lines-contract', 'api:shared/order-events']);
  });

  it('consumes nothing of a product that is not (yet) known', () => {
    expect(consumedContractApis(useCase('elsewhere#lines'), products)).toEqual(
      [],
    );
    expect(consumedContractApis(useCase('orders#lines'), new Map())).toEqual(
      [],
    );
  });
});

describe('contract.api on an output port', () => {
  const withContract = (contract: object) => ({
    ...orders,
    spec: {
      ...orders.spec,
      outputPorts: [{ name: 'lines', type: 'table', contract }],
    },
  });

  it('is valid alone, and beside a plain link', () => {
    expect(validateDataMeshEntity(withContract({ api: 'c' }))).toEqual([]);
    expect(
      validateDataMeshEntity(
        withContract({ api: 'api:shared/c', ref: './c.odcs.yaml' }),
      ),
    ).toEqual([]);
  });

  it('must name an API', () => {
    expect(
      validateDataMeshEntity(withContract({ api: 'component:c' })).map(
        p => p.message,
      ),
    ).toEqual([
      'spec.outputPorts[0].contract.api must refer to an API; got "component:c"',
    ]);
    expect(
      validateDataMeshEntity(withContract({ api: '' })).map(p => p.path),
    ).toEqual(['spec.outputPorts[0].contract.api']);
  });
});
