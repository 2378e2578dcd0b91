import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  ODCS_EXAMPLES_DIR,
  odcsExample,
  odcsExampleFiles,
  ordersContract,
} from './__fixtures__';
import {
  SUPPORTED_ODCS_API_VERSIONS,
  validateOdcsContract,
} from './validateOdcsContract';

const sha256 = (file: string) =>
  createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the pinned ODCS schema', () => {
  it('is byte for byte the copy its README describes', () => {
    const dir = path.join(__dirname, 'schema');
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const recorded = readme.match(/SHA-256\s*\|\s*`([0-9a-f]{64})`/)?.[1];
    expect(sha256(path.join(dir, 'odcs-json-schema-v3.1.0.json'))).toBe(
      recorded,
    );
  });

  it('accepts the v3.0.x and v3.1.0 api versions', () => {
    expect(SUPPORTED_ODCS_API_VERSIONS).toEqual(
      expect.arrayContaining(['v3.1.0', 'v3.0.2', 'v3.0.1', 'v3.0.0']),
    );
  });
});

describe('the pinned official ODCS examples', () => {
  const readme = fs.readFileSync(
    path.join(ODCS_EXAMPLES_DIR, 'README.md'),
    'utf8',
  );
  const recorded = new Map(
    [...readme.matchAll(/^\| `([^`]+)` +\| `([0-9a-f]{64})` \|$/gm)].map(m => [
      m[1],
      m[2],
    ]),
  );

  it('are the 18 files the README lists, byte for byte', () => {
    expect(odcsExampleFiles()).toHaveLength(18);
    expect(odcsExampleFiles()).toEqual([...recorded.keys()].sort());
    for (const file of odcsExampleFiles()) {
      expect([file, sha256(path.join(ODCS_EXAMPLES_DIR, file))]).toEqual([
        file,
        recorded.get(file),
      ]);
    }
  });

  it.each(odcsExampleFiles())('%s is a valid contract', file => {
    expect(validateOdcsContract(odcsExample(file))).toEqual([]);
  });
});

describe('validateOdcsContract', () => {
  it('accepts a small hand-written contract', () => {
    expect(validateOdcsContract(ordersContract())).toEqual([]);
  });

  it('names the path of a logical type the standard does not know', () => {
    const contract = ordersContract();
    contract.schema[0].properties[2].logicalType = 'decimal';
    expect(validateOdcsContract(contract)).toEqual([
      {
        path: 'schema[0].properties[2].logicalType',
        message:
          'schema[0].properties[2].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "decimal"',
      },
    ]);
  });

  it('names a missing required field and a wrongly typed one together', () => {
    const contract = ordersContract();
    delete contract.id;
    contract.schema[0].properties[0].required = 'yes';
    expect(validateOdcsContract(contract)).toEqual([
      { path: 'id', message: 'id is required' },
      {
        path: 'schema[0].properties[0].required',
        message:
          'schema[0].properties[0].required must be true or false; got "yes"',
      },
    ]);
  });

  it('names a field the standard does not define, at any depth', () => {
    const contract = ordersContract();
    contract.colour = 'red';
    contract.schema[0].properties[1].colour = 'blue';
    expect(validateOdcsContract(contract).map(p => p.message)).toEqual([
      expect.stringMatching(
        /^colour is not an ODCS field here; expected one of /,
      ),
      'schema[0].properties[1].colour is not an ODCS field here',
    ]);
  });

  it('reports what a server of a known type lacks, without the if/then noise', () => {
    const contract = ordersContract();
    contract.servers = [{ server: 'prod', type: 'postgres' }];
    expect(validateOdcsContract(contract)).toEqual(
      ['host', 'port', 'database', 'schema'].map(field => ({
        path: `servers[0].${field}`,
        message: `servers[0].${field} is required`,
      })),
    );
  });

  it('says so when the version is a YAML number and the kind is another', () => {
    const contract = ordersContract();
    contract.version = 1.2;
    contract.kind = 'DataProduct';
    expect(validateOdcsContract(contract).map(p => p.message)).toEqual([
      'version must be a string; got number 1.2 (quote it)',
      'kind must be one of DataContract; got "DataProduct"',
    ]);
  });

  it.each([
    [null, 'the contract must be an object; got null'],
    [['a'], 'the contract must be an object; got a list'],
    ['text', 'the contract must be an object; got "text"'],
  ])('does not throw on %p', (input, message) => {
    expect(validateOdcsContract(input)).toEqual([{ path: '', message }]);
  });
});
