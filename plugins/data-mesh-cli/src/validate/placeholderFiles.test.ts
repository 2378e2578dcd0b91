import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError, CliIo, processIo } from '../io';
import { runValidateCommand } from './command';

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

const api = (definition: string) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: API',
    'metadata:',
    '  name: orders-contract',
    'spec:',
    '  type: odcs',
    '  lifecycle: production',
    '  owner: checkout-team',
    '  definition:',
    `    $text: ${definition}`,
    '',
  ].join('\n');

const contract = (logicalType: string) =>
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
    `        logicalType: ${logicalType}`,
    '',
  ].join('\n');

describe('data-mesh validate on an odcs API reading its contract with $text', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-text-'));
    dir = path.join(root, 'catalog');
    fs.mkdirSync(path.join(dir, 'contracts'), { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (file: string, text: string) =>
    fs.writeFileSync(path.join(dir, file), text);

  it('reads the file next to the catalog file, as the catalog does, and passes a valid contract', async () => {
    write('contracts/orders.odcs.yaml', contract('string'));
    write('apis.yaml', api('./contracts/orders.odcs.yaml'));
    const { code, out } = await run(['--format', 'json', 'apis.yaml'], dir);
    const report = JSON.parse(out);
    expect(report.findings.filter((f: any) => f.severity === 'error')).toEqual(
      [],
    );
    expect(report.entities).toBe(1);
    expect(code).toBe(0);
  });

  it('checks the contract read against the ODCS schema, naming its field and line', async () => {
    write('contracts/orders.odcs.yaml', contract('text'));
    write('apis.yaml', api('./contracts/orders.odcs.yaml'));
    const { code, out } = await run(['apis.yaml'], dir);
    expect(out).toBe(
      [
        'apis.yaml:9: error: API:default/orders-contract: spec.definition (./contracts/orders.odcs.yaml) is invalid: schema[0].properties[0].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "text" (line 10)',
        '1 file, 1 entity: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it.each([
    [
      '../outside.odcs.yaml',
      "expected a file inside the catalog file's folder",
    ],
    ['./missing.odcs.yaml', 'no such file next to the catalog file'],
    [
      'https://git.example.com/orders.odcs.yaml',
      'it is a URL, which data-mesh validate does not fetch; expected a file next to the catalog file',
    ],
  ])(
    'refuses $text %s as the catalog would, saying why',
    async (target, why) => {
      fs.writeFileSync(
        path.join(root, 'outside.odcs.yaml'),
        contract('string'),
      );
      write('apis.yaml', api(target));
      const { code, out } = await run(['--format', 'json', 'apis.yaml'], dir);
      expect(JSON.parse(out).findings).toContainEqual({
        file: 'apis.yaml',
        line: 9,
        severity: 'error',
        ref: 'API:default/orders-contract',
        path: 'spec.definition',
        message: `spec.definition: $text ${JSON.stringify(
          target,
        )} could not be read: ${why}`,
      });
      expect(code).toBe(1);
    },
  );

  it('refuses a symbolic link leading out of the catalog file’s folder', async () => {
    fs.writeFileSync(path.join(root, 'outside.odcs.yaml'), contract('string'));
    fs.symlinkSync(
      path.join(root, 'outside.odcs.yaml'),
      path.join(dir, 'link.odcs.yaml'),
    );
    write('apis.yaml', api('./link.odcs.yaml'));
    const { code, out } = await run(['--format', 'json', 'apis.yaml'], dir);
    expect(JSON.parse(out).findings.map((f: any) => f.message)).toContainEqual(
      'spec.definition: $text "./link.odcs.yaml" could not be read: expected a file inside the catalog file\'s folder',
    );
    expect(code).toBe(1);
  });
});
