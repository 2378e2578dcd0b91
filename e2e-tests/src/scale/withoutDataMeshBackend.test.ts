import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../backendProcess';
import { WITHOUT_DATA_MESH_BACKEND_MODULE } from './idle';

/**
 * What the portal's backend gets when it imports the data-mesh backend
 * plugin's package, as packages/backend/src/index.ts does, with `preloads`
 * loaded first: the feature's type and the plugins it registers.
 */
function importedFeature(preloads: string[]) {
  const script = `
    import('@data-mesh-portfolio/plugin-data-mesh-backend').then(async m => {
      let feature = m;
      while (feature && !feature.$$type && feature.default) feature = feature.default;
      const loaded =
        feature.featureType === 'loader' ? [...(await feature.loader({}))] : [];
      const plugins = (feature.getRegistrations?.() ?? []).map(r => r.pluginId);
      console.log(JSON.stringify({ featureType: feature.featureType, loaded: loaded.length, plugins }));
    });
  `;
  const output = execFileSync(
    process.execPath,
    [
      // How the CLI starts the backend: its source is TypeScript.
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs', {
        paths: [path.join(repoRoot, 'packages/backend')],
      }),
      ...preloads.flatMap(file => ['--require', file]),
      '-e',
      script,
    ],
    { cwd: path.join(repoRoot, 'packages/backend'), encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

describe('withoutDataMeshBackend.cjs', () => {
  it('gives the backend a feature that adds nothing in place of the plugin', () => {
    // Without it, the import is the plugin itself.
    expect(importedFeature([])).toEqual({
      featureType: 'registrations',
      loaded: 0,
      plugins: ['data-mesh'],
    });
    expect(importedFeature([WITHOUT_DATA_MESH_BACKEND_MODULE])).toEqual({
      featureType: 'loader',
      loaded: 0,
      plugins: [],
    });
  });
});
