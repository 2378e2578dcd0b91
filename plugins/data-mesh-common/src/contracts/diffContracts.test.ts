import { ordersContract } from './__fixtures__';
import { contractMajorVersion, diffContracts } from './diffContracts';

// Each test changes one thing of a small contract by hand and asserts the
// path, kind and class derived by hand from PRODUCT.md §8.
function changed(edit: (contract: any) => void, version = '1.3.0') {
  const next = ordersContract();
  next.version = version;
  edit(next);
  const diff = diffContracts(ordersContract(), next);
  return {
    ...diff,
    // The version line is the same in every pair; the tests look past it.
    changes: diff.changes
      .filter(c => c.kind !== 'version-changed')
      .map(({ path, kind, class: cls, before, after }) => ({
        path,
        kind,
        class: cls,
        before,
        after,
      })),
  };
}

describe('diffContracts', () => {
  it('finds nothing between a contract and itself', () => {
    expect(diffContracts(ordersContract(), ordersContract())).toEqual({
      changes: [],
      breaking: false,
      unannounced: false,
    });
  });

  it('a removed property is breaking', () => {
    const diff = changed(c => c.schema[0].properties.splice(1, 1));
    expect(diff.changes).toEqual([
      {
        path: 'schema.orders.properties.customer_id',
        kind: 'property-removed',
        class: 'breaking',
        before: 'customer_id',
        after: undefined,
      },
    ]);
    expect(diff.breaking).toBe(true);
    expect(diff.unannounced).toBe(true);
  });

  it('a changed logical type is breaking', () => {
    const diff = changed(c => {
      c.schema[0].properties[1].logicalType = 'integer';
    });
    expect(diff.changes).toEqual([
      {
        path: 'schema.orders.properties.customer_id.logicalType',
        kind: 'logical-type-changed',
        class: 'breaking',
        before: 'string',
        after: 'integer',
      },
    ]);
  });

  it('a property no longer required is breaking; one newly required is not', () => {
    const diff = changed(c => {
      c.schema[0].properties[1].required = false;
      c.schema[0].properties[2].required = true;
    });
    expect(diff.changes).toEqual([
      {
        path: 'schema.orders.properties.customer_id.required',
        kind: 'no-longer-required',
        class: 'breaking',
        before: true,
        after: false,
      },
      {
        path: 'schema.orders.properties.amount.required',
        kind: 'now-required',
        class: 'non-breaking',
        before: undefined,
        after: true,
      },
    ]);
  });

  it('a changed primary key, flag or position, is breaking', () => {
    const diff = changed(c => {
      c.schema[0].properties[0].primaryKeyPosition = 2;
      c.schema[0].properties[1].primaryKey = true;
      c.schema[0].properties[1].primaryKeyPosition = 1;
    });
    expect(diff.changes).toEqual([
      {
        path: 'schema.orders.properties.order_id.primaryKeyPosition',
        kind: 'primary-key-changed',
        class: 'breaking',
        before: 1,
        after: 2,
      },
      {
        path: 'schema.orders.properties.customer_id.primaryKey',
        kind: 'primary-key-changed',
        class: 'breaking',
        before: false,
        after: true,
      },
      {
        path: 'schema.orders.properties.customer_id.primaryKeyPosition',
        kind: 'primary-key-changed',
        class: 'breaking',
        before: undefined,
        after: 1,
      },
    ]);
  });

  it('treats a position of -1 as no position', () => {
    const diff = changed(c => {
      c.schema[0].properties[2].primaryKeyPosition = -1;
    });
    expect(diff.changes).toEqual([]);
  });

  it('an added optional property and a new description are not breaking', () => {
    const diff = changed(c => {
      c.schema[0].properties.push({ name: 'coupon', logicalType: 'string' });
      c.schema[0].properties[2].description = 'Gross amount in EUR';
    });
    expect(diff.changes).toEqual([
      {
        path: 'schema.orders.properties.amount.description',
        kind: 'description-changed',
        class: 'non-breaking',
        before: undefined,
        after: 'Gross amount in EUR',
      },
      {
        path: 'schema.orders.properties.coupon',
        kind: 'property-added',
        class: 'non-breaking',
        before: undefined,
        after: 'coupon',
      },
    ]);
    expect(diff.breaking).toBe(false);
    expect(diff.unannounced).toBe(false);
  });

  it('an added required property is not breaking either (§8 does not list it)', () => {
    const diff = changed(c => {
      c.schema[0].properties.push({ name: 'channel', required: true });
    });
    expect(diff.changes.map(c => [c.path, c.class])).toEqual([
      ['schema.orders.properties.channel', 'non-breaking'],
    ]);
  });

  it('a renamed property is a removal and an addition', () => {
    const diff = changed(c => {
      c.schema[0].properties[2].name = 'total';
    });
    expect(diff.changes.map(c => [c.path, c.kind, c.class])).toEqual([
      ['schema.orders.properties.amount', 'property-removed', 'breaking'],
      ['schema.orders.properties.total', 'property-added', 'non-breaking'],
    ]);
  });

  it('compares nested properties along their path, array items included', () => {
    const nested = (c: any) => {
      c.schema[0].properties.push({
        name: 'shipping',
        logicalType: 'object',
        properties: [
          { name: 'street', logicalType: 'string' },
          { name: 'city', logicalType: 'string' },
        ],
      });
      c.schema[0].properties.push({
        name: 'lines',
        logicalType: 'array',
        items: {
          logicalType: 'object',
          properties: [{ name: 'sku', logicalType: 'string' }],
        },
      });
    };
    const old = ordersContract();
    nested(old);
    const next = ordersContract();
    nested(next);
    next.schema[0].properties[3].properties.splice(0, 1);
    next.schema[0].properties[4].items.properties[0].logicalType = 'integer';
    const diff = diffContracts(old, next);
    expect(diff.changes.map(c => [c.path, c.kind, c.class])).toEqual([
      [
        'schema.orders.properties.shipping.properties.street',
        'property-removed',
        'breaking',
      ],
      [
        'schema.orders.properties.lines.items.properties.sku.logicalType',
        'logical-type-changed',
        'breaking',
      ],
    ]);
    expect(diff.changes[0].location).toEqual({
      before: ['schema', 0, 'properties', 3, 'properties', 0],
      after: undefined,
    });
    expect(diff.changes[1].location.after).toEqual([
      'schema',
      0,
      'properties',
      4,
      'items',
      'properties',
      0,
      'logicalType',
    ]);
  });

  it('a removed object is breaking; an added one is not', () => {
    const old = ordersContract();
    old.schema.push({ name: 'refunds', properties: [] });
    const next = ordersContract();
    next.schema.push({ name: 'returns', properties: [] });
    expect(diffContracts(old, next).changes).toEqual([
      {
        path: 'schema.refunds',
        kind: 'object-removed',
        class: 'breaking',
        before: 'refunds',
        location: { before: ['schema', 1], after: undefined },
      },
      {
        path: 'schema.returns',
        kind: 'object-added',
        class: 'non-breaking',
        after: 'returns',
        location: { before: undefined, after: ['schema', 1] },
      },
    ]);
  });

  it('a breaking change with a new major version is announced', () => {
    const removeAmount = (c: any) => c.schema[0].properties.splice(2, 1);
    expect(changed(removeAmount, '2.0.0')).toMatchObject({
      breaking: true,
      unannounced: false,
    });
    expect(changed(removeAmount, '1.9.0')).toMatchObject({
      breaking: true,
      unannounced: true,
    });
    // A version without a number never announces.
    expect(changed(removeAmount, 'next')).toMatchObject({
      breaking: true,
      unannounced: true,
    });
  });

  it('reports the version and status lines', () => {
    const next = ordersContract();
    next.version = '2.0.0';
    next.status = 'deprecated';
    expect(diffContracts(ordersContract(), next).changes).toEqual([
      {
        path: 'version',
        kind: 'version-changed',
        class: 'non-breaking',
        before: '1.2.0',
        after: '2.0.0',
        location: { before: ['version'], after: ['version'] },
      },
      {
        path: 'status',
        kind: 'status-changed',
        class: 'non-breaking',
        before: 'active',
        after: 'deprecated',
        location: { before: ['status'], after: ['status'] },
      },
    ]);
  });

  it.each([null, 'text', [1], { schema: 'x' }, { schema: [null, 3] }])(
    'does not throw on %p',
    input => {
      expect(diffContracts(input, ordersContract()).breaking).toBe(false);
      expect(diffContracts(ordersContract(), input).breaking).toBe(true);
    },
  );
});

describe('contractMajorVersion', () => {
  it.each([
    ['1.2.0', 1],
    ['v2.1', 2],
    ['release-10', 10],
    [3, 3],
    ['next', undefined],
    [undefined, undefined],
  ])('%p has major %p', (version, major) => {
    expect(contractMajorVersion(version)).toBe(major);
  });
});
