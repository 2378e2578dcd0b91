/*
 * Loaded into the backend process by the scale benchmark (`--require`) for
 * its idle baseline: the portal's own backend (packages/backend/src/index.ts),
 * same config, same database, but with the data-mesh backend plugin taken
 * out, so that what the plugin costs while idle is the difference. Done here
 * rather than with a switch in the backend's code, which adopters copy.
 *
 * A module resolution hook answers the plugin's package name with this
 * file, whose export is a feature that adds nothing. The catalog module and
 * the other data-mesh modules stay: they belong to the catalog, search and
 * scaffolder, which the baseline keeps. The benchmark checks that the
 * baseline answers 404 at /api/data-mesh/health.
 */
'use strict';

const path = require('node:path');
const nodeModule = require('node:module');
const { pathToFileURL } = require('node:url');

const PLUGIN_PACKAGE = '@data-mesh-portfolio/plugin-data-mesh-backend';

// The backend's own copy of the plugin API, not one found from e2e-tests/.
// This package only runs from source in this repository; it is never built.
// eslint-disable-next-line no-restricted-syntax
const backendDir = path.resolve(__dirname, '../../../packages/backend');
const { createBackendFeatureLoader } = require(require.resolve(
  '@backstage/backend-plugin-api',
  { paths: [backendDir] },
));

module.exports = {
  __esModule: true,
  default: createBackendFeatureLoader({ loader: () => [] }),
};

// Once per process, also should the loader evaluate this file again as the
// stand-in module.
const installed = Symbol.for('data-mesh-portfolio.withoutDataMeshBackend');
if (!globalThis[installed]) {
  globalThis[installed] = true;
  if (typeof nodeModule.registerHooks !== 'function') {
    throw new Error(
      `withoutDataMeshBackend.cjs needs module.registerHooks (Node 22.15 or later); this is Node ${process.versions.node}`,
    );
  }
  // Synchronous hooks see both require() and import(): the backend adds
  // its plugins with import(), which the CLI's transform leaves as it is.
  nodeModule.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === PLUGIN_PACKAGE) {
        return {
          url: pathToFileURL(__filename).href,
          format: 'commonjs',
          shortCircuit: true,
        };
      }
      return nextResolve(specifier, context);
    },
  });
}
