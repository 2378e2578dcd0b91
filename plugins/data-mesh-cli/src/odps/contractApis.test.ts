import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { main } from '../cli';
import { CliIo, processIo } from '../io';
import { fixtureText } from './__fixtures__';

// A catalog file with the API of a contract, as PRODUCT.md §8 writes one:
// spec.type odcs, the ODCS document next to it through $text.
const API = (name: string, file: string) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: API',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  type: odcs',
    '  lifecycle: production',
    '  owner: group:sales-team',
    `  definition: { $text: ./${file} }`,
  ].join('\n');

const CONTRACT = (id: string) =>
  [
    'apiVersion: v3.1.0',
    'kind: DataContract',
    `id: ${id}`,
    'version: 1.0.0',
    'status: active',
    '',
  ].join('\n');

const PRODUCT = [
  'apiVersion: v1.0.0', // 1
  'kind: DataProduct',
  'id: sales',
  'status: active',
  'domain: sales', // 5
  'outputPorts:',
  '  - name: orders',
  '    version: 1.0.0',
  '    contractId: urn:contract:orders',
  '  - name: returns', // 10
  '    version: 1.0.0',
  '    contractId: urn:contract:returns',
  'team:',
  '  name: sales-team',
  '',
].join('\n');

describe('data-mesh odps import --contracts', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-odps-contracts-'));
    fs.mkdirSync(path.join(dir, 'contracts'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) =>
    fs.writeFileSync(path.join(dir, file), text);

  async function run(...args: string[]) {
    let out = '';
    let err = '';
    const io: CliIo = {
      ...processIo(),
      cwd: dir,
      out: text => {
        out += text;
      },
      err: text => {
        err += text;
      },
    };
    const code = await main(['odps', ...args], io);
    return { code, out, err };
  }

  it('links a port to the odcs API holding its contract, and export gives the contractId back', async () => {
    write(
      'contracts/catalog-info.yaml',
      `${API('orders-contract', 'orders.odcs.yaml')}\n`,
    );
    write('contracts/orders.odcs.yaml', CONTRACT('urn:contract:orders'));
    write('sales.odps.yaml', PRODUCT);

    const imported = await run(
      'import',
      'sales.odps.yaml',
      '--contracts',
      'contracts/*.yaml',
    );
    expect(imported.err).toBe(
      'sales.odps.yaml:12: note: outputPorts[1].contractId "urn:contract:returns" is the id of no contract of the --contracts files; the port is linked to no contract API\n',
    );
    expect(imported.code).toBe(0);
    expect(parse(imported.out).spec.outputPorts).toEqual([
      { name: 'orders', type: 'other', contract: { api: 'orders-contract' } },
      { name: 'returns', type: 'other' },
    ]);

    write('catalog-info.yaml', imported.out);
    const exported = await run('export', 'catalog-info.yaml');
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(parse(exported.out)).toEqual(parse(PRODUCT));
  });

  it('links a contract id that is a UUID, which alone would be a contract.ref, and gives the official example back', async () => {
    const example = fixtureText(
      'bitol-examples/v1.0.0/customer-data-product.odps.yaml',
    );
    write(
      'contracts/catalog-info.yaml',
      `${API('raw-transactions-v1', 'raw.odcs.yaml')}\n`,
    );
    write(
      'contracts/raw.odcs.yaml',
      CONTRACT('c2798941-1b7e-4b03-9e0d-955b1a872b32'),
    );
    write('customer.odps.yaml', example);
    const imported = await run(
      'import',
      'customer.odps.yaml',
      '--contracts',
      'contracts/catalog-info.yaml',
    );
    expect(imported.code).toBe(0);
    const ports = parse(imported.out).spec.outputPorts;
    expect(ports.map((p: any) => [p.name, p.contract])).toEqual([
      ['rawtransactions-1.0.0', { api: 'raw-transactions-v1' }],
      [
        'rawtransactions-2.0.0',
        { ref: 'c2798941-1b7e-4b03-9e0d-955b1a872b33' },
      ],
      [
        'consolidatedtransactions',
        { ref: 'a44978be-1fe0-4226-b840-1b715bc25c63' },
      ],
      [
        'fulltransactionswithreturns',
        { ref: 'ef769969-0cbe-4188-876f-bb00abadaee4' },
      ],
    ]);
    write('catalog-info.yaml', imported.out);
    const exported = await run('export', 'catalog-info.yaml');
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(JSON.stringify(parse(exported.out))).toBe(
      JSON.stringify(parse(example)),
    );
  });

  it('gives a product never imported the contractId of the API its port names, on export', async () => {
    write(
      'contracts/catalog-info.yaml',
      `${API('orders-contract', 'orders.odcs.yaml')}\n`,
    );
    write('contracts/orders.odcs.yaml', CONTRACT('urn:contract:orders'));
    write(
      'catalog-info.yaml',
      [
        'apiVersion: data-mesh-portfolio.io/v1alpha1',
        'kind: DataProduct',
        'metadata: { name: sales }',
        'spec:',
        '  owner: group:sales-team',
        '  domain: sales',
        '  lifecycle: active',
        '  outputPorts:',
        '    - name: orders',
        '      type: table',
        '      contract: { api: api:default/orders-contract }',
        '---',
        'apiVersion: data-mesh-portfolio.io/v1alpha1',
        'kind: DataProduct',
        'metadata: { name: revenue }',
        'spec:',
        '  owner: group:finance-team',
        '  domain: finance',
        '  lifecycle: active',
        '  inputPorts:',
        '    - name: sales-orders',
        '      dataProduct: sales',
        '      port: orders',
        '',
      ].join('\n'),
    );
    const without = await run('export', 'catalog-info.yaml');
    expect(without.code).toBe(0);
    expect(
      parseAllDocuments(without.out)[0].toJS().outputPorts[0],
    ).not.toHaveProperty('contractId');

    const result = await run(
      'export',
      'catalog-info.yaml',
      '--contracts',
      'contracts/catalog-info.yaml',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    const [sales, revenue] = parseAllDocuments(result.out).map(d => d.toJS());
    expect(sales.outputPorts).toEqual([
      {
        name: 'orders',
        type: 'table',
        version: 'unversioned',
        contractId: 'urn:contract:orders',
      },
    ]);
    // The product reading that port names the same contract.
    expect(revenue.inputPorts).toEqual([
      {
        name: 'sales-orders',
        version: 'unversioned',
        contractId: 'urn:contract:orders',
      },
    ]);
  });

  it('refuses a contract id two APIs hold, naming both', async () => {
    write(
      'contracts/a.yaml',
      `${API('orders-contract', 'orders.odcs.yaml')}\n`,
    );
    write(
      'contracts/b.yaml',
      `# a copy\n${API('orders-copy', 'orders.odcs.yaml')}\n`,
    );
    write('contracts/orders.odcs.yaml', CONTRACT('urn:contract:orders'));
    write('sales.odps.yaml', PRODUCT);
    const result = await run(
      'import',
      'sales.odps.yaml',
      '--contracts=contracts/a.yaml',
      '--contracts=contracts/b.yaml',
    );
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')[0]).toBe(
      'contracts/b.yaml:2: API orders-copy holds the ODCS contract "urn:contract:orders", as API orders-contract at contracts/a.yaml:1 does; a port naming it could mean either, so each contract id must be held by one API',
    );
  });

  it.each([
    [
      'a contract file that is missing',
      API('orders-contract', 'missing.odcs.yaml'),
      'contracts/catalog-info.yaml:1: API orders-contract: spec.definition: contracts/missing.odcs.yaml: no such file',
    ],
    [
      'a contract without an id',
      API('orders-contract', 'orders.odcs.yaml').replace(
        './orders.odcs.yaml',
        './no-id.odcs.yaml',
      ),
      "contracts/catalog-info.yaml:1: API orders-contract: its ODCS contract has no id; expected the contract's id, which an ODPS port names as its contractId",
    ],
    [
      'a file without odcs APIs',
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: sales-team }\nspec: { type: team, children: [] }\n',
      "contracts/catalog-info.yaml:1: holds no API of spec.type odcs; --contracts takes the catalog files that define the contracts' APIs",
    ],
  ])('reports %s with its line', async (_, catalog, message) => {
    write('contracts/catalog-info.yaml', catalog);
    write('contracts/orders.odcs.yaml', CONTRACT('urn:contract:orders'));
    write(
      'contracts/no-id.odcs.yaml',
      'apiVersion: v3.1.0\nkind: DataContract\n',
    );
    write('sales.odps.yaml', PRODUCT);
    const result = await run(
      'import',
      'sales.odps.yaml',
      '--contracts',
      'contracts/catalog-info.yaml',
    );
    expect(result).toEqual({
      code: 1,
      out: '',
      err: `${message}\ndata-mesh: nothing imported from sales.odps.yaml: 1 problem\n`,
    });
  });
});
