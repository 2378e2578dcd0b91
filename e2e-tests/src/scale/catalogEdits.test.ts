import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { addRequiredCapability, readableProducts } from './catalogEdits';
import type { OrganisationFiles } from './organisationFiles';
import {
  organisationSize,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';

/** A generated organisation in two files, as organisationFiles.ts writes one. */
function writeTwoFiles(dir: string) {
  const entities = syntheticOrganisation(organisationSize(20));
  const half = Math.ceil(entities.length / 2);
  return [entities.slice(0, half), entities.slice(half)].map((part, i) => {
    const file = path.join(dir, `part-${i}.yaml`);
    fs.writeFileSync(
      file,
      part.map(entity => `---\n${JSON.stringify(entity)}\n`).join(''),
    );
    return file;
  });
}

function productIn(files: string[], name: string) {
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      const entity = JSON.parse(line) as Entity;
      if (entity.kind === 'DataProduct' && entity.metadata.name === name) {
        return entity;
      }
    }
  }
  return undefined;
}

describe('addRequiredCapability', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-edits-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds the capability to that product only, in whichever file holds it', () => {
    const files = writeTwoFiles(dir);
    const before = files.map(file => fs.readFileSync(file, 'utf8'));
    const product = productIn(files, 'product-000013')!;
    const required = (product.spec as any).requiresCapabilities;

    addRequiredCapability(files, 'product-000013', 'lag-test-0');

    expect(
      (productIn(files, 'product-000013')!.spec as any).requiresCapabilities,
    ).toEqual([...required, 'lag-test-0']);
    const after = files.map(file => fs.readFileSync(file, 'utf8'));
    const changedLines = after.flatMap((text, i) => {
      const old = before[i].split('\n');
      return text.split('\n').filter((line, n) => line !== old[n]);
    });
    expect(changedLines).toHaveLength(1);
    expect(changedLines[0]).toContain('"name":"product-000013"');
    // Written beside the file and renamed: nothing else is left.
    expect(fs.readdirSync(dir).sort()).toEqual(['part-0.yaml', 'part-1.yaml']);
  });

  it('says which product no file holds', () => {
    const files = writeTwoFiles(dir);
    expect(() => addRequiredCapability(files, 'product-999999', 'x')).toThrow(
      'no organisation file holds data product product-999999',
    );
  });
});

describe('readableProducts', () => {
  const organisation = (dataProducts: number, restricted: string[]) =>
    ({
      dataProducts,
      restrictedRefs: new Set(restricted.map(n => `dataproduct:default/${n}`)),
    } as OrganisationFiles);

  it('spreads the products over the organisation, leaving out restricted ones', () => {
    // Readable: product-000001 to product-000009; every third of them.
    expect(readableProducts(organisation(10, ['product-000000']), 3)).toEqual([
      'product-000001',
      'product-000004',
      'product-000007',
    ]);
  });

  it('comes round again when there are more edits than readable products', () => {
    expect(readableProducts(organisation(2, ['product-000000']), 3)).toEqual([
      'product-000001',
      'product-000001',
      'product-000001',
    ]);
  });
});
