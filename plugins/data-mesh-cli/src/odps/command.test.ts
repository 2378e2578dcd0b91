import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { main } from '../cli';
import { CliIo, processIo } from '../io';
import { fixtureText } from './__fixtures__';

const repoRoot = path.resolve(__dirname, '../../../..');
const USAGE_LINE =
  'Usage: data-mesh odps import <file.odps.yaml...> [--domain <domain>] [--owner <owner>] [--contracts <files or globs>]';

describe('data-mesh odps', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-odps-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) =>
    fs.writeFileSync(path.join(dir, file), text);

  /** Runs `data-mesh odps …` in the temporary folder, capturing its output. */
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
    // Whatever went wrong, the person sees messages, never a stack trace.
    expect(err).not.toMatch(/^\s+at /m);
    return { code, out, err };
  }

  describe('import', () => {
    it('prints the DataProduct entity of a document', async () => {
      write('points.odps.yaml', fixtureText('loyalty-points.odps.yaml'));
      expect(await run('import', 'points.odps.yaml')).toEqual({
        code: 0,
        out: [
          'apiVersion: data-mesh-portfolio.io/v1alpha1',
          'kind: DataProduct',
          'metadata:',
          '  name: loyalty-points',
          'spec:',
          '  owner: loyalty-team',
          '  domain: marketing',
          '  lifecycle: proposed',
          '',
        ].join('\n'),
        err: '',
      });
    });

    it('gives the document back through export, as files', async () => {
      write('c360.odps.yaml', fixtureText('customer-360.odps.yaml'));
      const imported = await run('import', 'c360.odps.yaml');
      expect(imported.code).toBe(0);
      write('catalog-info.yaml', imported.out);
      const exported = await run('export', 'catalog-info.yaml');
      expect(exported).toMatchObject({ code: 0, err: '' });
      expect(parse(exported.out)).toEqual(
        parse(fixtureText('customer-360.odps.yaml')),
      );
    });

    it('fills a missing domain and owner from the options', async () => {
      write('footfall.odps.yaml', fixtureText('unowned.odps.yaml'));
      const without = await run('import', 'footfall.odps.yaml');
      expect(without).toEqual({
        code: 1,
        out: '',
        err: [
          'footfall.odps.yaml:3: the document has no domain, and spec.domain needs one; give it with --domain <domain>',
          'footfall.odps.yaml:3: the document has no team.name, and spec.owner needs one; give it with --owner <owner>',
          'data-mesh: nothing imported from footfall.odps.yaml: 2 problems',
          '',
        ].join('\n'),
      });
      const given = await run(
        'import',
        '--domain',
        'stores',
        '--owner',
        'group:stores-team',
        'footfall.odps.yaml',
      );
      expect(given.code).toBe(0);
      expect(parse(given.out).spec).toMatchObject({
        domain: 'stores',
        owner: 'group:stores-team',
      });
    });

    it('refuses an option value the catalog would refuse', async () => {
      write('footfall.odps.yaml', fixtureText('unowned.odps.yaml'));
      const result = await run(
        'import',
        'footfall.odps.yaml',
        '--domain=system:shop',
        '--owner=stores-team',
      );
      expect(result.code).toBe(1);
      expect(result.err).toContain(
        'footfall.odps.yaml:3: the DataProduct made from it would be invalid: spec.domain must refer to a Domain; got "system:shop"',
      );
    });

    it('notes a status that has no lifecycle on standard error only', async () => {
      write('returns.odps.yaml', fixtureText('returns-ledger.odps.yaml'));
      const result = await run('import', 'returns.odps.yaml');
      expect(result.code).toBe(0);
      expect(result.err).toBe(
        'returns.odps.yaml:5: note: status "production" is none of the model\'s lifecycles; spec.lifecycle is draft and the status is kept for export\n',
      );
      expect(parse(result.out).spec.lifecycle).toBe('draft');
    });

    it.each([
      [
        'a YAML syntax error, with its line',
        'apiVersion: v1.0.0\nkind: DataProduct\nid: x: y\nstatus: draft\n',
        'doc.yaml:3: YAML syntax error: Nested mappings are not allowed in compact mappings',
      ],
      [
        'a document without a kind',
        'apiVersion: v1.0.0\nid: x\nstatus: draft\n',
        'doc.yaml:1: not an ODPS document: expected apiVersion (v0.9.0, v1.0.0) and kind: DataProduct; got apiVersion "v1.0.0" and no kind',
      ],
      [
        'a document without an apiVersion',
        'kind: DataProduct\nid: x\nstatus: draft\n',
        'doc.yaml:1: not an ODPS document: expected apiVersion (v0.9.0, v1.0.0) and kind: DataProduct; got no apiVersion and kind "DataProduct"',
      ],
      [
        'a list instead of a document',
        '- a\n- b\n',
        'doc.yaml:1: not an ODPS document: expected a mapping with apiVersion and kind: DataProduct',
      ],
      [
        'a field named as the annotation’s own record',
        'apiVersion: v1.0.0\nkind: DataProduct\nid: x\nstatus: draft\n$keyOrder: [id]\n',
        'doc.yaml:5: $keyOrder is not an ODPS field, and the data-mesh-portfolio.io/odps annotation uses that name for its own record; rename the field',
      ],
      [
        'an apiVersion the schema does not know',
        'apiVersion: v2.0.0\nkind: DataProduct\nid: x\nstatus: draft\n',
        'doc.yaml:1: ODPS apiVersion "v2.0.0" is not supported; supported: v0.9.0, v1.0.0',
      ],
      [
        'a catalog entity',
        fs
          .readFileSync(
            path.join(repoRoot, 'examples/data-products.yaml'),
            'utf8',
          )
          .split('---\n')[1],
        /^doc\.yaml:1: not an ODPS document but a catalog entity \(apiVersion data-mesh-portfolio\.io\/v1alpha1\); "data-mesh odps export" makes ODPS documents from catalog entities$/m,
      ],
    ])('rejects %s', async (_, text, expected) => {
      write('doc.yaml', text);
      const result = await run('import', 'doc.yaml');
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      const lines = result.err.trimEnd().split('\n');
      expect(lines[lines.length - 1]).toMatch(
        /^data-mesh: nothing imported from doc\.yaml: 1 problem$/,
      );
      expect(lines[0]).toMatch(expected);
    });

    it('names each field that breaks the ODPS schema, with its line', async () => {
      write(
        'bad.odps.yaml',
        [
          'apiVersion: v1.0.0', // 1
          'kind: DataProduct',
          'id: bad',
          'status: active',
          'inputPorts:', // 5
          '  - name: orders',
          '    version: 1.0',
          'outputPorts:',
          '  - name: lines',
          '    version: "1"', // 10
          '    format: parquet',
          'productCreatedTs: yesterday',
          '',
        ].join('\n'),
      );
      const result = await run('import', 'bad.odps.yaml');
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err.split('\n').sort()).toEqual(
        [
          'bad.odps.yaml:12: productCreatedTs must be a date and time (ISO 8601, e.g. 2026-01-31T09:00:00Z); got "yesterday"',
          'bad.odps.yaml:6: inputPorts[0].contractId is required',
          'bad.odps.yaml:7: inputPorts[0].version must be a string; got number 1 (quote it)',
          'bad.odps.yaml:11: outputPorts[0].format is not an ODPS field here; expected one of name, description, type, version, contractId, sbom, inputContracts, tags, customProperties, authoritativeDefinitions',
          'data-mesh: nothing imported from bad.odps.yaml: 4 problems',
          '',
        ].sort(),
      );
    });

    it('imports a document valid but for fields ODPS does not define, warning once per field, and exports them back', async () => {
      const text = [
        'apiVersion: v1.0.0', // 1
        'kind: DataProduct',
        'id: loyalty-points',
        'status: proposed',
        'domain: marketing', // 5
        'xVendorScore: 4',
        'outputPorts:',
        '  - name: points',
        '    version: "1"',
        '    contractID: points-1', // 10
        'team:',
        '  name: loyalty-team',
        '  xOnCall: ana',
        '',
      ].join('\n');
      write('vendor.odps.yaml', text);
      const imported = await run('import', 'vendor.odps.yaml');
      expect(imported.err).toBe(
        [
          'vendor.odps.yaml:6: warning: xVendorScore is not an ODPS field here; expected one of apiVersion, kind, id, name, version, status, domain, tenant, authoritativeDefinitions, description, customProperties, tags, inputPorts, outputPorts, managementPorts, support, team, productCreatedTs; kept in the data-mesh-portfolio.io/odps annotation for export',
          'vendor.odps.yaml:10: warning: outputPorts[0].contractID is not an ODPS field here; expected one of name, description, type, version, contractId, sbom, inputContracts, tags, customProperties, authoritativeDefinitions; kept in the data-mesh-portfolio.io/odps annotation for export',
          'vendor.odps.yaml:13: warning: team.xOnCall is not an ODPS field here; expected one of name, description, members, tags, customProperties, authoritativeDefinitions; kept in the data-mesh-portfolio.io/odps annotation for export',
          '',
        ].join('\n'),
      );
      expect(imported.code).toBe(0);
      expect(
        JSON.parse(
          parse(imported.out).metadata.annotations[
            'data-mesh-portfolio.io/odps'
          ],
        ),
      ).toEqual({
        xVendorScore: 4,
        outputPorts: {
          points: { type: null, version: '1', contractID: 'points-1' },
        },
        team: { xOnCall: 'ana' },
        // Export writes unknown fields last; this one came before others.
        $keyOrder: {
          '': [
            'apiVersion',
            'kind',
            'id',
            'status',
            'domain',
            'xVendorScore',
            'outputPorts',
            'team',
          ],
        },
      });

      write('catalog-info.yaml', imported.out);
      const exported = await run('export', 'catalog-info.yaml');
      expect(exported.code).toBe(0);
      expect(parse(exported.out)).toEqual(parse(text));
      // The document written is not strictly ODPS, and the export says so.
      expect(exported.err.trimEnd().split('\n')).toEqual([
        expect.stringMatching(
          /^catalog-info\.yaml:6: warning: DataProduct:default\/loyalty-points: xVendorScore is not an ODPS field here; .* written back from the data-mesh-portfolio\.io\/odps annotation$/,
        ),
        expect.stringMatching(
          /^catalog-info\.yaml:6: warning: .*: outputPorts\[0\]\.contractID /,
        ),
        expect.stringMatching(
          /^catalog-info\.yaml:6: warning: .*: team\.xOnCall /,
        ),
      ]);
    });

    it('imports several files in one run', async () => {
      write('points.odps.yaml', fixtureText('loyalty-points.odps.yaml'));
      write('returns.odps.yaml', fixtureText('returns-ledger.odps.yaml'));
      const result = await run(
        'import',
        'points.odps.yaml',
        'returns.odps.yaml',
      );
      expect(result.code).toBe(0);
      expect(
        parseAllDocuments(result.out).map(d => d.toJS().metadata.name),
      ).toEqual(['loyalty-points', 'returns-ledger-eu']);
    });

    it('reports two documents of one run that make the same entity, naming both', async () => {
      write('points.odps.yaml', fixtureText('loyalty-points.odps.yaml'));
      write(
        'more.odps.yaml',
        [
          '# Two more documents',
          'apiVersion: v1.0.0',
          'kind: DataProduct',
          'id: Returns Ledger',
          'status: active',
          'domain: fulfilment',
          'team: { name: returns-team }',
          '---',
          'apiVersion: v1.0.0',
          'kind: DataProduct',
          'id: loyalty-points',
          'status: draft',
          'domain: marketing',
          'team: { name: loyalty-team }',
          '---',
          'apiVersion: v1.0.0',
          'kind: DataProduct',
          'id: returns-LEDGER',
          'status: active',
          'domain: fulfilment',
          'team: { name: returns-team }',
          '',
        ].join('\n'),
      );
      const result = await run('import', 'points.odps.yaml', 'more.odps.yaml');
      expect(result).toEqual({
        code: 1,
        out: '',
        err: [
          'more.odps.yaml:9: the DataProduct made from this document (id "loyalty-points", name loyalty-points) is the same entity as the one made from points.odps.yaml:3 (id "loyalty-points", name loyalty-points); the catalog keeps one entity per name, whatever its case, so give one of them another id',
          'more.odps.yaml:16: the DataProduct made from this document (id "returns-LEDGER", name returns-LEDGER) is the same entity as the one made from more.odps.yaml:2 (id "Returns Ledger", name returns-ledger); the catalog keeps one entity per name, whatever its case, so give one of them another id',
          'data-mesh: nothing imported from points.odps.yaml, more.odps.yaml: 2 problems',
          '',
        ].join('\n'),
      });
    });

    it('names the line of an empty file', async () => {
      write('empty.odps.yaml', '# to be written\n');
      expect(await run('import', 'empty.odps.yaml')).toEqual({
        code: 1,
        out: '',
        err: [
          'empty.odps.yaml:1: holds no YAML document; expected an ODPS document',
          'data-mesh: nothing imported from empty.odps.yaml: 1 problem',
          '',
        ].join('\n'),
      });
    });

    it('says which file is missing', async () => {
      expect(await run('import', 'nowhere.odps.yaml')).toEqual({
        code: 1,
        out: '',
        err: 'data-mesh: nowhere.odps.yaml: no such file\n',
      });
    });
  });

  describe('export', () => {
    it('prints one ODPS document per DataProduct of the example organisation', async () => {
      const result = await run(
        'export',
        path.join(repoRoot, 'examples/data-products.yaml'),
      );
      expect(result).toMatchObject({ code: 0, err: '' });
      const documents = parseAllDocuments(result.out).map(d => d.toJS());
      expect(documents.map(d => d.id)).toEqual(
        [
          ...fs
            .readFileSync(
              path.join(repoRoot, 'examples/data-products.yaml'),
              'utf8',
            )
            .matchAll(/^kind: DataProduct\nmetadata:\n {2}name: (\S+)$/gm),
        ].map(m => m[1]),
      );
      expect(documents.every(d => d.apiVersion === 'v1.0.0')).toBe(true);
    });

    it.each([
      [
        'a file without DataProducts',
        fs.readFileSync(path.join(repoRoot, 'examples/domains.yaml'), 'utf8'),
        /^catalog\.yaml:5: holds no DataProduct entity, nothing to export; found Domain orders \(line 5\), Domain \S+ \(line 15\), Domain \S+ \(line 25\), \d+ more; expected a catalog entity with apiVersion data-mesh-portfolio\.io\/v1alpha1 and kind: DataProduct$/,
      ],
      [
        'a file of other things',
        '# a team\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: crm-team }\n---\n- a list\n',
        'catalog.yaml:2: holds no DataProduct entity, nothing to export; found Group crm-team (line 2), a list (line 6); expected a catalog entity with apiVersion data-mesh-portfolio.io/v1alpha1 and kind: DataProduct',
      ],
      [
        'an empty file',
        '# nothing yet\n',
        'catalog.yaml:1: holds no YAML document; expected a catalog entity with apiVersion data-mesh-portfolio.io/v1alpha1 and kind: DataProduct',
      ],
      [
        'an ODPS document',
        fixtureText('loyalty-points.odps.yaml'),
        'catalog.yaml:3: an ODPS document, not a catalog entity; "data-mesh odps import" makes catalog entities from ODPS documents',
      ],
      [
        'a DataProduct the catalog would refuse',
        'apiVersion: data-mesh-portfolio.io/v1alpha1\nkind: DataProduct\nmetadata:\n  name: x\nspec:\n  domain: orders\n  lifecycle: active\n',
        'catalog.yaml:5: DataProduct:default/x: spec.owner is required',
      ],
      [
        'an annotation edited into something that is not ODPS',
        [
          'apiVersion: data-mesh-portfolio.io/v1alpha1',
          'kind: DataProduct',
          'metadata:',
          '  name: x',
          '  annotations:',
          '    data-mesh-portfolio.io/odps: \'{"version": 3}\'',
          'spec: { owner: a-team, domain: orders, lifecycle: active }',
        ].join('\n'),
        'catalog.yaml:1: DataProduct:default/x: the ODPS document made from it would be invalid: version must be a string; got number 3 (quote it)',
      ],
      [
        'a YAML syntax error',
        'kind: DataProduct\nmetadata: {name: x\n',
        /^catalog\.yaml:\d+: YAML syntax error: /,
      ],
    ])('rejects %s', async (_, text, expected) => {
      write('catalog.yaml', text);
      const result = await run('export', 'catalog.yaml');
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      const lines = result.err.trimEnd().split('\n');
      expect(lines[0]).toMatch(expected);
      expect(lines[lines.length - 1]).toMatch(
        /^data-mesh: nothing exported from catalog\.yaml: 1 problem$/,
      );
    });
  });

  describe('usage', () => {
    it.each([
      [[], 'data-mesh: odps needs a subcommand: import or export'],
      [
        ['convert'],
        'data-mesh: unknown odps subcommand "convert"; expected import or export',
      ],
      [['import'], 'data-mesh: odps import needs a file'],
      [
        ['export', 'a.yaml', 'b.yaml'],
        'data-mesh: odps export takes one file; got 2',
      ],
      [
        ['export', '--domain', 'x', 'a.yaml'],
        /^data-mesh: Unknown option '--domain'/,
      ],
      [
        ['import', 'a.yaml', '--owner'],
        /^data-mesh: Option '--owner <value>' argument missing/,
      ],
    ])('exits 2 with the usage line for odps %j', async (args, message) => {
      const result = await run(...(args as string[]));
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      const lines = result.err.split('\n');
      expect(lines[0]).toMatch(message);
      expect(lines[1]).toBe(USAGE_LINE);
    });

    it.each([
      [['--help']],
      [['-h']],
      [['help']],
      [['import', '--help']],
      [['export', '-h']],
    ])('prints the usage and exits 0 for odps %j', async args => {
      const result = await run(...args);
      expect(result.code).toBe(0);
      expect(result.err).toBe('');
      expect(result.out.split('\n')[0]).toBe(USAGE_LINE);
    });
  });
});
