import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import scaffolderModuleDataMesh from '.';

/** The ids of the actions the module adds, for a given config. */
async function registeredActions(config: object): Promise<string[]> {
  const ids: string[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        scaffolderActionsExtensionPoint,
        {
          addActions: (...actions: Array<{ id: string }>) =>
            ids.push(...actions.map(a => a.id)),
        },
      ],
    ],
    features: [
      scaffolderModuleDataMesh,
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  await backend.stop();
  return ids;
}

describe('the scaffolder module', () => {
  it('adds data-mesh:validate, and no local publishing unless configured', async () => {
    expect(await registeredActions({})).toEqual(['data-mesh:validate']);
  });

  it('adds data-mesh:publish:local when a local folder is configured', async () => {
    expect(
      await registeredActions({
        dataMesh: {
          scaffolder: { localPublish: { directory: '.data/scaffolded' } },
        },
      }),
    ).toEqual(['data-mesh:validate', 'data-mesh:publish:local']);
  });
});
