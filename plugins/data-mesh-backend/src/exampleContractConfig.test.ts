import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { stringify } from 'yaml';
import { contractV1 } from './__testUtils__/contractOrganisation';
import { readExampleContractVersions } from './exampleContractConfig';

describe('readExampleContractVersions', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-example-contracts-'));
  const valid = path.join(dir, 'orders.1.2.0.odcs.yaml');
  const invalid = path.join(dir, 'broken.odcs.yaml');
  fs.writeFileSync(valid, stringify(contractV1()));
  fs.writeFileSync(
    invalid,
    stringify({ ...contractV1(), schema: [{ name: 'o', properties: 3 }] }),
  );
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = (entries: JsonValue) =>
    readExampleContractVersions(
      new ConfigReader({ dataMesh: { exampleContractVersions: entries } }),
      ref => ref.toLowerCase(),
    );

  it('reads each earlier version once, with 14 days by default', () => {
    expect(
      read([
        { api: 'API:default/Orders-Contract', file: valid },
        { api: 'api:default/other', file: valid, daysAgo: 3 },
      ]),
    ).toEqual([
      {
        api: 'api:default/orders-contract',
        definition: stringify(contractV1()),
        daysAgo: 14,
      },
      {
        api: 'api:default/other',
        definition: stringify(contractV1()),
        daysAgo: 3,
      },
    ]);
    expect(readExampleContractVersions(new ConfigReader({}), r => r)).toEqual(
      [],
    );
  });

  it.each([
    [
      { api: 'api:default/x', file: path.join(dir, 'missing.yaml') },
      'dataMesh.exampleContractVersions[0].file cannot be read',
    ],
    [
      { api: 'api:default/x', file: invalid },
      'dataMesh.exampleContractVersions[0].file is not a valid ODCS contract: schema[0].properties',
    ],
    [
      { api: 'api:default/x', file: valid, daysAgo: 0 },
      'dataMesh.exampleContractVersions[0].daysAgo must be more than 0; got 0',
    ],
  ])('refuses %j', (entry, message) => {
    expect(() => read([entry])).toThrow(message);
  });
});
