import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'yaml';
import { fixturePath, fixtureText } from './__fixtures__';
import { exportCatalogText } from './exportText';
import { importOdpsText } from './importText';
import { checkOdpsDocument } from './schema';

const README = 'bitol-examples/README.md';

/** The pinned official examples, with the SHA-256 their README records. */
const pinned = [
  ...fixtureText(README).matchAll(
    /^\| `(\S+\.odps\.yaml)` +\| `([0-9a-f]{64})`/gm,
  ),
].map(([, file, sha256]) => ({ file: `bitol-examples/${file}`, sha256 }));

// What each official example lacks, given on the command line as a person
// importing it would: the simple one has neither a domain nor a team, the
// v0.9.0 one has a team as a list of members, which names no team.
const OPTIONS: Record<string, { domain?: string; owner?: string }> = {
  'bitol-examples/v0.9.0/customer-data-product.odps.yaml': {
    owner: 'group:data-team',
  },
  'bitol-examples/v0.9.0/simple-data-product.odps.yaml': {
    domain: 'testing',
    owner: 'group:data-team',
  },
  'bitol-examples/v1.0.0/customer-data-product.odps.yaml': {},
  'bitol-examples/v1.0.0/simple-data-product.odps.yaml': {
    domain: 'testing',
    owner: 'group:data-team',
  },
};

// Every example says apiVersion v0.9.0. The older customer example has the
// v0.9.0 shape (team a list), the current one the v1.0.0 shape (team an
// object, ports with tags); the simple one fits both, and so its own.
const SCHEMA: Record<string, string> = {
  'bitol-examples/v0.9.0/customer-data-product.odps.yaml': 'v0.9.0',
  'bitol-examples/v0.9.0/simple-data-product.odps.yaml': 'v0.9.0',
  'bitol-examples/v1.0.0/customer-data-product.odps.yaml': 'v1.0.0',
  'bitol-examples/v1.0.0/simple-data-product.odps.yaml': 'v0.9.0',
};

/** Import then export, through the same functions the command runs. */
function roundTrip(text: string, options: { domain?: string; owner?: string }) {
  const imported = importOdpsText(text, 'example.odps.yaml', options);
  expect(imported.problems).toEqual([]);
  const exported = exportCatalogText(imported.output, 'catalog-info.yaml');
  expect(exported.problems).toEqual([]);
  return { imported, exported: exported.output };
}

describe('the official ODPS examples', () => {
  it('are the pinned files, all of them listed', () => {
    expect(pinned.map(p => p.file).sort()).toEqual(Object.keys(OPTIONS).sort());
    for (const { file, sha256 } of pinned) {
      const bytes = fs.readFileSync(fixturePath(file));
      expect([file, createHash('sha256').update(bytes).digest('hex')]).toEqual([
        file,
        sha256,
      ]);
    }
  });

  it.each(Object.keys(OPTIONS))(
    '%s is valid against the schema of its shape',
    file => {
      const check = checkOdpsDocument(parse(fixtureText(file)));
      expect(check).toEqual({
        schema: SCHEMA[file],
        errors: [],
        unknownFields: [],
      });
    },
  );

  it.each(Object.keys(OPTIONS))(
    '%s comes back exactly from import then export',
    file => {
      const text = fixtureText(file);
      const { exported } = roundTrip(text, OPTIONS[file]);
      expect(parse(exported)).toEqual(parse(text));
      // Key for key, in the document's order at every level, too.
      expect(JSON.stringify(parse(exported), null, 1)).toBe(
        JSON.stringify(parse(text), null, 1),
      );
    },
  );
});
