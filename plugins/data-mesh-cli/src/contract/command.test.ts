import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../cli';
import { CliError, CliIo, processIo } from '../io';
import { runContractCommand } from './command';

const OLD = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.2.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        primaryKey: true
        primaryKeyPosition: 1
      - name: customer_id
        logicalType: string
        required: true
      - name: amount
        logicalType: number
`;

// customer_id removed (breaking, line 13 of OLD); amount gets a
// description (line 15 of NEW); coupon added (line 16 of NEW).
const NEW = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.3.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        primaryKey: true
        primaryKeyPosition: 1
      - name: amount
        logicalType: number
        description: Gross amount
      - name: coupon
        logicalType: string
`;

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...processIo(),
    cwd,
    out: text => {
      out += text;
    },
    err: text => {
      err += text;
    },
  };
  const code = await runContractCommand(args, io).catch(error => {
    if (error instanceof CliError) {
      err += error.message;
      return error.exitCode;
    }
    throw error;
  });
  return { code, out, err };
}

describe('data-mesh contract diff', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-contract-'));
    fs.writeFileSync(path.join(dir, 'old.odcs.yaml'), OLD);
    fs.writeFileSync(path.join(dir, 'new.odcs.yaml'), NEW);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each change with its file, line, path and class, and exits 1 on a breaking one', async () => {
    const { code, out } = await run(
      ['diff', 'old.odcs.yaml', 'new.odcs.yaml'],
      dir,
    );
    expect(out).toBe(
      [
        'new.odcs.yaml:4: non-breaking: version: version changed ("1.2.0" → "1.3.0")',
        'old.odcs.yaml:13: breaking: schema.orders.properties.customer_id: property removed',
        'new.odcs.yaml:15: non-breaking: schema.orders.properties.amount.description: description changed (nothing → "Gross amount")',
        'new.odcs.yaml:16: non-breaking: schema.orders.properties.coupon: property added',
        "4 changes, 1 breaking: unannounced, the contract's major version did not change",
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('exits 0 when nothing is breaking', async () => {
    const { code, out } = await run(
      ['diff', 'new.odcs.yaml', 'new.odcs.yaml'],
      dir,
    );
    expect(out).toBe('no changes\n');
    expect(code).toBe(0);
  });

  it('gives the diff as JSON with --format json', async () => {
    const { code, out } = await run(
      ['diff', '--format', 'json', 'old.odcs.yaml', 'new.odcs.yaml'],
      dir,
    );
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      oldFile: 'old.odcs.yaml',
      newFile: 'new.odcs.yaml',
      breaking: true,
      unannounced: true,
    });
    expect(report.changes[1]).toEqual({
      path: 'schema.orders.properties.customer_id',
      kind: 'property-removed',
      class: 'breaking',
      before: 'customer_id',
      location: { before: ['schema', 0, 'properties', 1] },
      file: 'old.odcs.yaml',
      line: 13,
    });
    expect(code).toBe(1);
  });

  it('writes GitHub annotations: an error per breaking change, a notice for the others', async () => {
    fs.writeFileSync(
      path.join(dir, 'major.odcs.yaml'),
      NEW.replace('version: 1.3.0', 'version: 2.0.0'),
    );
    const { code, out } = await run(
      ['diff', '-f', 'github', 'old.odcs.yaml', 'major.odcs.yaml'],
      dir,
    );
    expect(out.split('\n')).toEqual([
      '::notice file=major.odcs.yaml,line=4,title=contract change::version: version changed ("1.2.0" → "2.0.0")',
      '::error file=old.odcs.yaml,line=13,title=breaking contract change::schema.orders.properties.customer_id: property removed',
      '::notice file=major.odcs.yaml,line=15,title=contract change::schema.orders.properties.amount.description: description changed (nothing → "Gross amount")',
      '::notice file=major.odcs.yaml,line=16,title=contract change::schema.orders.properties.coupon: property added',
      '',
    ]);
    expect(code).toBe(1);
  });

  it.each([
    [
      ['diff', 'old.odcs.yaml', 'gone.odcs.yaml'],
      'gone.odcs.yaml: no such file',
    ],
    [
      ['diff', 'old.odcs.yaml'],
      'contract diff takes two files, the old and the new; got 1',
    ],
    [
      ['diff', '--format', 'xml', 'old.odcs.yaml', 'new.odcs.yaml'],
      '--format must be one of text, json, github; got "xml"',
    ],
    [
      ['diff', 'old.odcs.yaml', 'entity.yaml'],
      'entity.yaml is not a data contract: expected a document with kind: DataContract (ODCS)',
    ],
    [
      ['diff', 'old.odcs.yaml', 'broken.yaml'],
      'broken.yaml:2: YAML syntax error',
    ],
    [['merge', 'a', 'b'], 'unknown contract command "merge"; expected diff'],
  ])('exits 2 for %p', async (args, message) => {
    fs.writeFileSync(
      path.join(dir, 'entity.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: x }\n',
    );
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'kind: [DataContract\n');
    const { code, out, err } = await run(args, dir);
    expect(err).toContain(message);
    expect(out).toBe('');
    expect(code).toBe(2);
  });

  it('is reached from the data-mesh command, which prints usage errors plainly', async () => {
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
    expect(
      await main(['contract', 'diff', 'old.odcs.yaml', 'new.odcs.yaml'], io),
    ).toBe(1);
    expect(out).toContain('breaking: schema.orders.properties.customer_id');
    expect(await main(['contract', 'diff', 'old.odcs.yaml'], io)).toBe(2);
    expect(err).toBe(
      [
        'data-mesh: contract diff takes two files, the old and the new; got 1',
        'Usage: data-mesh contract diff <old.odcs.yaml> <new.odcs.yaml> [--format text|json|github]',
        'Run "data-mesh help" for usage.',
        '',
      ].join('\n'),
    );
  });
});
