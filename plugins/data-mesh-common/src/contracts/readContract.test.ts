import { odcsExample, odcsExampleFiles, ordersContract } from './__fixtures__';
import { readContract } from './readContract';

describe('readContract', () => {
  it('reads the official full example as a reader sees it', () => {
    const summary = readContract(odcsExample('all/full-example.odcs.yaml'));
    expect(summary).toMatchObject({
      id: '53581432-6c55-4ba2-a65f-72344a91553a',
      version: '1.1.0',
      status: 'active',
      apiVersion: 'v3.1.0',
      purpose: 'Views built on top of the seller tables.',
    });
    expect(summary.objects.map(o => o.name)).toEqual(['tbl', 'receivers']);
    expect(summary.objects[0].properties.slice(0, 2)).toEqual([
      {
        path: 'transaction_reference_date',
        name: 'transaction_reference_date',
        depth: 0,
        logicalType: 'date',
        physicalType: 'date',
        required: false,
        primaryKey: false,
        // The example writes -1, the standard's "not part of the key".
        primaryKeyPosition: undefined,
        classification: 'public',
        description: 'Reference date for transaction',
      },
      {
        path: 'rcvr_id',
        name: 'rcvr_id',
        depth: 0,
        logicalType: 'string',
        physicalType: 'varchar(18)',
        required: false,
        primaryKey: true,
        primaryKeyPosition: 1,
        classification: 'restricted',
        description: 'A description for column rcvr_id.',
      },
    ]);
    expect(summary.quality.slice(0, 2)).toEqual([
      {
        element: 'tbl',
        name: undefined,
        type: 'library',
        dimension: 'completeness',
        description: 'Ensure row count is within expected volume range',
        metric: 'rowCount',
        condition: 'mustBeGreaterThan 1000000',
        severity: 'error',
      },
      {
        element: 'tbl.rcvr_cntry_code',
        name: undefined,
        type: 'library',
        dimension: 'completeness',
        description: 'column should not contain null values',
        metric: 'nullValues',
        condition: 'mustBe 0',
        severity: 'error',
      },
    ]);
    expect(summary.slaProperties[0]).toEqual({
      property: 'latency',
      value: '4',
      unit: 'd',
      element: 'tab1.txn_ref_dt',
      driver: undefined,
      description: undefined,
    });
    expect(summary.servers).toEqual([
      {
        server: 'my-postgres',
        type: 'postgres',
        environment: undefined,
        description: undefined,
        details: {
          host: 'localhost',
          port: '5432',
          database: 'pypl-edw',
          schema: 'pp_access_views',
        },
      },
    ]);
  });

  it('names nested properties and array items by their path', () => {
    const contract = ordersContract();
    contract.schema[0].properties = [
      {
        name: 'shipping',
        logicalType: 'object',
        properties: [{ name: 'city', logicalType: 'string', required: true }],
      },
      {
        name: 'lines',
        logicalType: 'array',
        items: {
          logicalType: 'object',
          properties: [{ name: 'sku', logicalType: 'string' }],
        },
      },
    ];
    const { properties, propertyCount } = readContract(contract).objects[0];
    expect(properties.map(p => [p.path, p.depth, p.logicalType])).toEqual([
      ['shipping', 0, 'object'],
      ['shipping.city', 1, 'string'],
      ['lines', 0, 'array'],
      ['lines[]', 1, 'object'],
      ['lines[].sku', 2, 'string'],
    ]);
    expect(propertyCount).toBe(5);
  });

  it('returns at most maxProperties per object and counts them all', () => {
    const contract = ordersContract();
    contract.schema[0].properties = Array.from({ length: 5000 }, (_, i) => ({
      name: `column_${i}`,
      logicalType: 'string',
    }));
    const [orders] = readContract(contract, { maxProperties: 25 }).objects;
    expect(orders.properties).toHaveLength(25);
    expect(orders.properties[24].name).toBe('column_24');
    expect(orders.propertyCount).toBe(5000);
  });

  it.each(odcsExampleFiles())('reads the official %s', file => {
    const summary = readContract(odcsExample(file));
    expect(summary.objectCount).toBe(summary.objects.length);
    expect(summary.apiVersion).toMatch(/^v3\./);
  });

  it.each([null, 'text', 42, [], { schema: 'x', servers: [null, 'x'] }])(
    'reads %p as an empty contract',
    input => {
      expect(readContract(input)).toEqual({
        objects: [],
        objectCount: 0,
        quality: [],
        qualityCount: 0,
        slaProperties: [],
        servers: [],
      });
    },
  );

  it('keeps what it can read from a contract the schema rejects', () => {
    const summary = readContract({
      version: 2,
      schema: [
        null,
        { name: 'orders', properties: [{ name: 7 }, { logicalType: 3 }] },
      ],
    });
    expect(summary.version).toBe('2');
    expect(summary.objects[0].properties.map(p => p.path)).toEqual([
      '7',
      '(unnamed)',
    ]);
  });
});
