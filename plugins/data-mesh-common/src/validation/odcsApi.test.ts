import type { Entity } from '@backstage/catalog-model';
import { isOdcsApiEntity, validateOdcsDefinition } from './odcsApi';

// A small contract as an author writes it; line numbers below count from 1.
const contract = (logicalType = 'number') => `apiVersion: v3.1.0
kind: DataContract
id: orders-contract
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        required: true
      - name: amount
        logicalType: ${logicalType}
`;

describe('validateOdcsDefinition', () => {
  it('accepts a valid contract, in YAML or JSON', () => {
    expect(validateOdcsDefinition(contract())).toEqual([]);
    expect(
      validateOdcsDefinition(
        JSON.stringify({
          apiVersion: 'v3.0.2',
          kind: 'DataContract',
          id: 'c',
          version: '1',
          status: 'draft',
        }),
      ),
    ).toEqual([]);
  });

  it("names the contract's field path and the line it is written on", () => {
    expect(validateOdcsDefinition(contract('decimal'))).toEqual([
      {
        path: 'schema[0].properties[1].logicalType',
        message:
          'schema[0].properties[1].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "decimal" (line 13)',
      },
    ]);
  });

  it('names a missing required field at the line of the nearest field written', () => {
    expect(
      validateOdcsDefinition(contract().replace('id: orders-contract\n', '')),
    ).toEqual([{ path: 'id', message: 'id is required (line 1)' }]);
  });

  it('says where text that is not YAML breaks', () => {
    expect(
      validateOdcsDefinition(
        contract().replace('version: 1.0.0', 'version: 1.0.0: final'),
      ),
    ).toEqual([
      {
        path: '',
        message:
          'the definition is not valid YAML or JSON: line 4: Nested mappings are not allowed in compact mappings',
      },
    ]);
  });

  it('wants one document, and text', () => {
    expect(validateOdcsDefinition(`${contract()}---\n${contract()}`)).toEqual([
      {
        path: '',
        message: 'the definition must hold one ODCS document; it holds 2',
      },
    ]);
    expect(validateOdcsDefinition({ kind: 'DataContract' })).toEqual([
      {
        path: '',
        message:
          "the definition must be the contract's text, e.g. { $text: ./orders.odcs.yaml }; got an object",
      },
    ]);
  });
});

describe('isOdcsApiEntity', () => {
  const api = (type: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'a' },
    spec: { type, lifecycle: 'production', owner: 'team', definition: '' },
  });

  it('is true for an API of type odcs only', () => {
    expect(isOdcsApiEntity(api('odcs'))).toBe(true);
    expect(isOdcsApiEntity(api('openapi'))).toBe(false);
    expect(isOdcsApiEntity({ ...api('odcs'), kind: 'Component' })).toBe(false);
  });
});
