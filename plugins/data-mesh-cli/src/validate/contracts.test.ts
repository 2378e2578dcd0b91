import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError, CliIo, processIo } from '../io';
import { runValidateCommand } from './command';

// The official ODCS examples pinned, with their source, in the common package.
const examplesDir = path.resolve(
  __dirname,
  '../../../data-mesh-common/src/contracts/__fixtures__/odcs-examples',
);

async function run(args: string[], cwd: string) {
  let out = '';
  const io: CliIo = {
    ...processIo(),
    cwd,
    out: text => {
      out += text;
    },
    err: () => {},
  };
  const code = await runValidateCommand(args, io).catch(error => {
    if (error instanceof CliError) return error.exitCode;
    throw error;
  });
  return { code, out };
}

describe('data-mesh validate on data contracts', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-contracts-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes every official ODCS example', async () => {
    const { code, out } = await run(
      ['--format', 'json', '**/*.odcs.yaml'],
      examplesDir,
    );
    const report = JSON.parse(out);
    expect(report.findings).toEqual([]);
    expect(report.files).toBe(18);
    expect(code).toBe(0);
  });

  const write = (file: string, text: string) =>
    fs.writeFileSync(path.join(dir, file), text);

  it('names the field and line of each problem of a malformed contract', async () => {
    write(
      'orders.odcs.yaml',
      [
        'apiVersion: v3.1.0',
        'kind: DataContract',
        'id: orders',
        'version: 1.0.0',
        'status: active',
        'schema:',
        '  - name: orders',
        '    properties:',
        '      - name: order_id',
        '        logicalType: text',
        '      - name: amount',
        '        required: "yes"',
        '',
      ].join('\n'),
    );
    const { code, out } = await run(['orders.odcs.yaml'], dir);
    expect(out).toBe(
      [
        'orders.odcs.yaml:10: error: DataContract orders: schema[0].properties[0].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "text"',
        'orders.odcs.yaml:12: error: DataContract orders: schema[0].properties[1].required must be true or false; got "yes"',
        '1 file, 0 entities, 1 contract: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('puts a missing field of a contract on the line of its parent', async () => {
    write('bare.odcs.yaml', 'kind: DataContract\napiVersion: v3.0.2\n');
    const { code, out } = await run(
      ['--format', 'json', 'bare.odcs.yaml'],
      dir,
    );
    expect(JSON.parse(out).findings).toEqual(
      ['version', 'id', 'status'].map(field => ({
        file: 'bare.odcs.yaml',
        line: 1,
        severity: 'error',
        ref: 'DataContract',
        path: field,
        message: `${field} is required`,
      })),
    );
    expect(code).toBe(1);
  });

  it('says what a document is when it is neither a catalog entity nor a contract', async () => {
    write(
      'product.odps.yaml',
      'apiVersion: v1.0.0\nkind: DataProduct\nid: p1\nname: P\nstatus: active\n',
    );
    write('notes.yaml', 'title: shopping list\nitems: [milk]\n');
    write(
      'string.yaml',
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: just text\n',
    );
    const { code, out } = await run(
      ['product.odps.yaml', 'notes.yaml', 'string.yaml'],
      dir,
    );
    expect(out.split('\n')).toEqual([
      'product.odps.yaml:1: error: DataProduct:default/<no name>: the document is an ODPS data product (apiVersion v1.0.0), not a catalog entity; convert it with "data-mesh odps import"',
      'notes.yaml:1: error: <no kind>:default/<no name>: the document is not a catalog entity (it has no kind and no metadata) nor a data contract (kind: DataContract); a catalog entity has apiVersion, kind and metadata.name',
      'string.yaml:3: error: Component:default/<no name>: metadata must be an object with at least a name; got "just text"',
      '3 files, 3 entities: 3 errors, 0 warnings',
      '',
    ]);
    expect(code).toBe(1);
  });
});
