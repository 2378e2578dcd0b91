import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  capabilityDocument,
  dataProductDocument,
  malformedDataMeshDocuments,
  useCaseDocument,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { CliError, CliIo, processIo } from '../io';
import { runValidateCommand } from './command';

const repoRoot = path.resolve(__dirname, '../../../..');

/** Runs the command in `cwd`, capturing what it prints. */
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
  const code = await runValidateCommand(args, io).catch(error => {
    if (error instanceof CliError) return error.exitCode;
    throw error;
  });
  return { code, out, err };
}

async function runJson(args: string[], cwd: string) {
  const result = await run(['--format', 'json', ...args], cwd);
  return { ...result, report: JSON.parse(result.out) };
}

describe('data-mesh validate', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-validate-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) =>
    fs.writeFileSync(path.join(dir, file), text);
  /** The 1-based line of the first line of `text` containing `needle`. */
  const lineOf = (text: string, needle: string) =>
    text.split('\n').findIndex(line => line.includes(needle)) + 1;

  it('gives the catalog module’s message for every malformed document of the shared table', async () => {
    malformedDataMeshDocuments.forEach(([, document], i) =>
      write(`case-${String(i).padStart(2, '0')}.yaml`, stringify(document)),
    );
    const { code, report } = await runJson(['case-*.yaml'], dir);
    expect(code).toBe(1);
    const missing = malformedDataMeshDocuments.filter(([, , expected], i) => {
      const file = `case-${String(i).padStart(2, '0')}.yaml`;
      return !report.findings.some(
        (f: any) =>
          f.file === file && f.severity === 'error' && f.message === expected,
      );
    });
    expect(missing.map(([what]) => what)).toEqual([]);
  });

  it('passes the example organisation with exit code 0', async () => {
    const { code, report, out } = await runJson(['examples/*.yaml'], repoRoot);
    expect(report.errors).toBe(0);
    expect(report.entities).toBeGreaterThan(50);
    expect(code).toBe(0);
    expect(out).not.toMatch(/"severity": "error"/);
  });

  it('fails a file mixing good and bad entities, naming only the bad ones', async () => {
    const documents = [
      dataProductDocument(),
      {
        ...useCaseDocument({ status: 'active' }),
        metadata: { name: 'bad-use-case' },
      },
      capabilityDocument(),
      {
        ...dataProductDocument({ lifecycle: 'live' }),
        metadata: { name: 'bad-product' },
      },
    ];
    write('mixed.yaml', documents.map(d => stringify(d)).join('---\n'));
    const { code, report } = await runJson(['mixed.yaml'], dir);
    expect(code).toBe(1);
    expect(report.entities).toBe(4);
    const failed = report.findings
      .filter((f: any) => f.severity === 'error')
      .map((f: any) => f.ref);
    expect(failed.sort()).toEqual([
      'DataProduct:default/bad-product',
      'UseCase:default/bad-use-case',
    ]);
  });

  it('expands an absolute glob as well as a relative one', async () => {
    write('a.yaml', stringify(capabilityDocument()));
    write('b.yaml', stringify(capabilityDocument()));
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-cwd-'));
    try {
      const { code, report } = await runJson(
        [path.join(dir, '*.yaml')],
        elsewhere,
      );
      expect(code).toBe(0);
      expect(report.files).toBe(2);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('prints one line per problem with file, line, entity and message', async () => {
    const text = stringify(
      dataProductDocument({ outputPorts: [{ name: 'a', type: 'tabel' }] }),
    );
    write('product.yaml', text);
    const { code, out } = await run(['product.yaml'], dir);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      `product.yaml:${lineOf(
        text,
        'type: tabel',
      )}: error: DataProduct:default/order-history: spec.outputPorts[0].type must be one of table, view, topic, file, api, other; got "tabel"`,
    );
    expect(lines[lines.length - 1]).toMatch(
      /^1 file, 1 entity: 1 error, \d+ warnings?$/,
    );
  });

  it('warns about references none of the files defines, without failing', async () => {
    write('product.yaml', stringify(dataProductDocument()));
    const { code, report } = await runJson(['product.yaml'], dir);
    expect(code).toBe(0);
    expect(
      report.findings.map((f: any) => [f.severity, f.path, f.message]),
    ).toEqual([
      [
        'warning',
        'spec.domain',
        'spec.domain refers to domain:default/orders, which none of the given files defines',
      ],
      [
        'warning',
        'spec.owner',
        'spec.owner refers to group:default/checkout-team, which none of the given files defines',
      ],
    ]);
  });

  it('writes GitHub annotations with --format github', async () => {
    const text = stringify(dataProductDocument({ lifecycle: 'live' }));
    write('p.yaml', text);
    const { code, out } = await run(['--format', 'github', 'p.yaml'], dir);
    expect(code).toBe(1);
    expect(out.split('\n')).toContain(
      `::error file=p.yaml,line=${lineOf(
        text,
        'lifecycle: live',
      )},title=DataProduct%3Adefault/order-history::spec.lifecycle must be one of proposed, draft, active, deprecated, retired; got "live"`,
    );
  });

  it('reports a YAML syntax error with its line', async () => {
    write('broken.yaml', 'apiVersion: a\nkind: b\nkind: c\n');
    const { code, out } = await run(['broken.yaml'], dir);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe(
      'broken.yaml:3: error: YAML syntax error: Map keys must be unique',
    );
  });

  it('reports a missing file and still checks the others', async () => {
    write('p.yaml', stringify(dataProductDocument({ lifecycle: 'live' })));
    const { code, report } = await runJson(['nope.yaml', 'p.yaml'], dir);
    expect(code).toBe(1);
    expect(report.findings[0]).toEqual({
      file: 'nope.yaml',
      severity: 'error',
      path: '',
      message: 'no such file',
    });
    expect(report.findings[1].file).toBe('p.yaml');
  });

  it.each([
    [[], /at least one file/],
    [
      ['--format', 'xml', 'a.yaml'],
      /--format must be one of text, json, github; got "xml"/,
    ],
    [['--colour', 'a.yaml'], /Unknown option '--colour'/],
    [['nothing-*.yaml'], /nothing-\*\.yaml: no file matches this pattern/],
  ])('exits 2 for the usage error in %j', async (args, message) => {
    await expect(
      runValidateCommand(args, { ...processIo(), cwd: dir }),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(message),
    });
  });
});
