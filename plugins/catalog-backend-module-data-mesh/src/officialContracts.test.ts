/*
 * Integration test: every official Bitol ODCS example (pinned in the common
 * package, with their source and commit) ingests into a real catalog as the
 * definition of an odcs API, read through $text next to its catalog file.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  RealCatalog,
  eventually,
  startRealCatalog,
} from './__testUtils__/realCatalog';

jest.setTimeout(90_000);

const EXAMPLES = path.resolve(
  __dirname,
  '../../data-mesh-common/src/contracts/__fixtures__/odcs-examples',
);

function exampleFiles(dir = EXAMPLES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return exampleFiles(file);
    return entry.name.endsWith('.odcs.yaml')
      ? [path.relative(EXAMPLES, file)]
      : [];
  });
}

const apiName = (file: string) =>
  file
    .replace(/\.odcs\.yaml$/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();

describe('the official ODCS examples in a real catalog', () => {
  const files = exampleFiles().sort();
  let catalog: RealCatalog;

  beforeAll(async () => {
    const entities = files.map(
      file => `apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: ${apiName(file)} }
spec:
  type: odcs
  lifecycle: production
  owner: data-platform
  definition: { $text: ./odcs/${file} }
`,
    );
    // The contracts are in place before the catalog first reads the file,
    // so any processing error recorded is the contract's own.
    catalog = await startRealCatalog(
      { 'catalog-info.yaml': entities.join('---\n') },
      Object.fromEntries(
        files.map(file => [
          `odcs/${file}`,
          fs.readFileSync(path.join(EXAMPLES, file), 'utf8'),
        ]),
      ),
    );
  });
  afterAll(() => catalog?.stop());

  it('are the 18 pinned examples', () => {
    expect(files).toHaveLength(18);
  });

  it('each ingests with its text as the definition, and no processing error', async () => {
    const stored = async (ref: string) => {
      const found = await catalog.getEntity(ref);
      return found?.spec?.definition ? found : undefined;
    };
    for (const file of files) {
      const ref = `api:default/${apiName(file)}`;
      const api = await eventually(() => stored(ref));
      expect(api.spec?.definition).toBe(
        fs.readFileSync(path.join(EXAMPLES, file), 'utf8'),
      );
      expect(catalog.processingErrors.get(ref)).toBeUndefined();
    }
  });
});
