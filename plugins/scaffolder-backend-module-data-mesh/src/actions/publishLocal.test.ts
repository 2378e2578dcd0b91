import fs from 'node:fs';
import path from 'node:path';
import { createDataMeshPublishLocalAction } from './publishLocal';
import {
  contextFor,
  dataProductYaml,
  makeTempDir,
} from '../__testUtils__/workspace';

describe('data-mesh:publish:local', () => {
  let workspace: ReturnType<typeof makeTempDir>;
  let catalog: ReturnType<typeof makeTempDir>;
  let directory: string;

  beforeEach(() => {
    workspace = makeTempDir('dm-publish-ws-');
    catalog = makeTempDir('dm-publish-catalog-');
    // A folder that does not exist yet: the first publish creates it.
    directory = path.join(catalog.dir, 'scaffolded');
  });
  afterEach(() => {
    workspace.cleanup();
    catalog.cleanup();
  });

  const folderOf = (name: string) =>
    path.join(directory, `dataproduct.default.${name}`);

  it('writes the file, byte for byte, into a folder named after its first entity', async () => {
    const text = `# made from a template\n${dataProductYaml('Orders-Daily')}`;
    workspace.write('catalog-info.yaml', text);
    const { ctx } = contextFor(workspace.dir, {});
    await createDataMeshPublishLocalAction({ directory }).handler(ctx);

    const target = path.join(folderOf('orders-daily'), 'catalog-info.yaml');
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    // Nothing but the file itself is left in the folder.
    expect(fs.readdirSync(folderOf('orders-daily'))).toEqual([
      'catalog-info.yaml',
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'dataproduct:default/orders-daily',
    );
    expect(ctx.output).toHaveBeenCalledWith('filePath', target);
  });

  it('refuses an invalid file and writes nothing', async () => {
    workspace.write('catalog-info.yaml', dataProductYaml('bad', 'tabel'));
    const { ctx } = contextFor(workspace.dir, {});
    await expect(
      createDataMeshPublishLocalAction({ directory }).handler(ctx),
    ).rejects.toThrow(
      /^catalog-info\.yaml:11 DataProduct:default\/bad: spec\.outputPorts\[0\]\.type must be one of/,
    );
    expect(fs.existsSync(directory)).toBe(false);
  });

  // The folder is read by a catalog location, so any kind written there
  // would be ingested: a Location could pull in other files, a User or
  // Group would change who owns and may read what.
  const coreEntities: Array<[string, string]> = [
    [
      'Location',
      'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: elsewhere\nspec:\n  type: url\n  target: https://example.com/catalog-info.yaml\n',
    ],
    [
      'User',
      'apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: mallory\nspec:\n  memberOf: [platform-team]\n',
    ],
    [
      'Group',
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: admins\nspec:\n  type: team\n  children: []\n',
    ],
    [
      'Domain',
      'apiVersion: backstage.io/v1alpha1\nkind: Domain\nmetadata:\n  name: payments\nspec:\n  owner: checkout-team\n',
    ],
  ];

  it.each(coreEntities)(
    'refuses a file holding a %s, alone or after a data product, and writes nothing',
    async (kind, yaml) => {
      const action = createDataMeshPublishLocalAction({ directory });
      const expected = `data-mesh:publish:local: catalog-info.yaml holds a ${kind}; only DataProduct, UseCase and PlatformCapability entities may be published to the local catalog folder`;
      for (const text of [
        yaml,
        `${dataProductYaml('orders-daily')}---\n${yaml}`,
      ]) {
        workspace.write('catalog-info.yaml', text);
        await expect(
          action.handler(contextFor(workspace.dir, {}).ctx),
        ).rejects.toThrow(expected);
        expect(fs.existsSync(directory)).toBe(false);
      }
    },
  );

  it('publishes a use case and a platform capability', async () => {
    const action = createDataMeshPublishLocalAction({ directory });
    for (const [kind, spec] of [
      ['UseCase', '  owner: checkout-team\n  status: proposed\n'],
      ['PlatformCapability', '  owner: platform-team\n  status: planned\n'],
    ]) {
      workspace.write(
        'catalog-info.yaml',
        `apiVersion: data-mesh-portfolio.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: new-one\nspec:\n${spec}`,
      );
      const { ctx } = contextFor(workspace.dir, {});
      await action.handler(ctx);
      expect(ctx.output).toHaveBeenCalledWith(
        'entityRef',
        `${kind.toLocaleLowerCase('en-US')}:default/new-one`,
      );
    }
    expect(fs.readdirSync(directory).sort()).toEqual([
      'platformcapability.default.new-one',
      'usecase.default.new-one',
    ]);
  });

  it('never replaces an entity that is already there', async () => {
    const action = createDataMeshPublishLocalAction({ directory });
    workspace.write('catalog-info.yaml', dataProductYaml('orders-daily'));
    await action.handler(contextFor(workspace.dir, {}).ctx);

    const second = `# another author\n${dataProductYaml('orders-daily')}`;
    workspace.write('catalog-info.yaml', second);
    await expect(
      action.handler(contextFor(workspace.dir, {}).ctx),
    ).rejects.toThrow(
      `data-mesh:publish:local: dataproduct:default/orders-daily already exists in the local catalog folder (${folderOf(
        'orders-daily',
      )}); choose another name, or delete that folder to replace it`,
    );
    expect(
      fs.readFileSync(
        path.join(folderOf('orders-daily'), 'catalog-info.yaml'),
        'utf8',
      ),
    ).toBe(dataProductYaml('orders-daily'));
  });

  it('keeps to the workspace like data-mesh:validate', async () => {
    const { ctx } = contextFor(workspace.dir, { path: '../catalog-info.yaml' });
    await expect(
      createDataMeshPublishLocalAction({ directory }).handler(ctx),
    ).rejects.toThrow(
      'data-mesh:publish:local: input "path" must stay inside the task workspace, so ".." is not allowed; got "../catalog-info.yaml"',
    );
  });
});
