import { Entity } from '@backstage/catalog-model';
import { toDataMeshSearchDocument } from './searchDocument';

const V = 'data-mesh-portfolio.io/v1alpha1';

/** As in examples/data-products.yaml. */
const orderHistory: Entity = {
  apiVersion: V,
  kind: 'DataProduct',
  metadata: {
    name: 'order-history',
    namespace: 'default',
    title: 'Order History',
    description: 'One row per order line with its current state and amounts.',
  },
  spec: {
    owner: 'group:checkout-team',
    domain: 'orders',
    type: 'source-aligned',
    lifecycle: 'active',
    description: {
      purpose: 'One row per order line with its current state and amounts.',
      usage: 'Reporting, analytics and model training on orders.',
      limitations:
        'Refreshed hourly; cancelled orders stay with status cancelled.',
    },
    inputPorts: [
      { name: 'events', dataProduct: 'orders-events', port: 'order-events' },
    ],
    outputPorts: [
      { name: 'order-lines', type: 'table' },
      { name: 'orders-daily', type: 'view' },
    ],
  },
};

/** The lines of a document's text, which the engines index word by word. */
function lines(entity: Entity): string[] | undefined {
  return toDataMeshSearchDocument(entity)?.text.split('\n');
}

describe('toDataMeshSearchDocument', () => {
  it('indexes a data product by name, descriptions, domain and port names', () => {
    expect(toDataMeshSearchDocument(orderHistory)).toEqual({
      title: 'Order History',
      text: expect.any(String),
      summary: 'One row per order line with its current state and amounts.',
      componentType: 'source-aligned',
      type: 'source-aligned',
      namespace: 'default',
      kind: 'DataProduct',
      lifecycle: 'active',
      owner: 'group:checkout-team',
      domain: 'domain:default/orders',
      status: '',
      category: '',
    });
    // The purpose repeats the description: indexed once, so that it does
    // not outweigh the rest. Readable text comes first.
    expect(lines(orderHistory)).toEqual([
      'One row per order line with its current state and amounts.',
      'Reporting, analytics and model training on orders.',
      'Refreshed hourly; cancelled orders stay with status cancelled.',
      'order-history',
      'orders',
      'order-lines',
      'orders-daily',
      'events',
    ]);
  });

  it('indexes a use case with its status, domain and personas', () => {
    const useCase: Entity = {
      apiVersion: V,
      kind: 'UseCase',
      metadata: {
        name: 'checkout-conversion-dashboard',
        title: 'Checkout Conversion Dashboard',
        description: 'Daily funnel from basket to paid order, per channel.',
      },
      spec: {
        owner: 'group:checkout-team',
        domain: 'orders',
        status: 'live',
        personas: ['data-analyst', 'business-user'],
        consumes: ['order-history#order-lines'],
      },
    };

    expect(toDataMeshSearchDocument(useCase)).toMatchObject({
      title: 'Checkout Conversion Dashboard',
      kind: 'UseCase',
      domain: 'domain:default/orders',
      status: 'live',
      lifecycle: '',
      type: '',
      category: '',
    });
    expect(lines(useCase)).toEqual([
      'Daily funnel from basket to paid order, per channel.',
      'checkout-conversion-dashboard',
      'orders',
      'data-analyst',
      'business-user',
    ]);
  });

  it('indexes a platform capability with its status and category', () => {
    const capability: Entity = {
      apiVersion: V,
      kind: 'PlatformCapability',
      metadata: {
        name: 'batch-ingestion',
        title: 'Batch Ingestion',
        description:
          'Scheduled loads from databases and files into the lakehouse.',
        tags: ['etl'],
      },
      spec: {
        owner: 'group:data-platform',
        status: 'available',
        category: 'ingestion',
      },
    };

    expect(toDataMeshSearchDocument(capability)).toMatchObject({
      title: 'Batch Ingestion',
      kind: 'PlatformCapability',
      owner: 'group:data-platform',
      status: 'available',
      category: 'ingestion',
      domain: '',
      lifecycle: '',
    });
    expect(lines(capability)).toEqual([
      'Scheduled loads from databases and files into the lakehouse.',
      'batch-ingestion',
      'ingestion',
      'etl',
    ]);
  });

  it('leaves other kinds to the catalog', () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ingestion-service' },
      spec: { type: 'service', lifecycle: 'production', owner: 'x' },
    };
    expect(toDataMeshSearchDocument(component)).toBeUndefined();
    // The kind's name alone is not enough: the API group must be ours.
    expect(
      toDataMeshSearchDocument({
        ...orderHistory,
        apiVersion: 'example.com/v1',
      }),
    ).toBeUndefined();
  });

  it("resolves the domain in the entity's namespace and keeps the title alone when it is the name", () => {
    const document = toDataMeshSearchDocument({
      apiVersion: V,
      kind: 'DataProduct',
      metadata: { name: 'ledger', namespace: 'finance', tags: ['gaap'] },
      spec: {
        owner: 'finance-team',
        domain: 'accounting',
        lifecycle: 'draft',
        description: { usage: 'Month-end close.' },
      },
    });

    expect(document).toMatchObject({
      title: 'ledger',
      // Without a description or purpose there is nothing to summarise.
      summary: '',
      namespace: 'finance',
      domain: 'domain:finance/accounting',
      type: '',
      text: 'Month-end close.\naccounting\ngaap',
    });
  });

  it('never throws on fields of an unexpected shape, so one entity cannot stop indexing', () => {
    const document = toDataMeshSearchDocument({
      apiVersion: V,
      kind: 'DataProduct',
      metadata: { name: 'odd', description: 42 as any, tags: [7] as any },
      spec: {
        owner: { name: 'x' },
        domain: 'component:',
        lifecycle: ['active'],
        description: 'plain text',
        outputPorts: 'order-lines',
        inputPorts: [null, { name: 3 }, { name: 'kept' }],
      },
    });

    expect(document).toMatchObject({
      owner: '',
      lifecycle: '',
      summary: '',
      // Not a ref: left out of the field, still searchable as written.
      domain: '',
      text: 'component:\nkept',
    });
  });
});
