import path from 'node:path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createDataMeshPublishLocalAction } from './actions/publishLocal';
import { createDataMeshValidateAction } from './actions/validate';

/** Config key of the local catalog folder; no folder, no local publishing. */
export const LOCAL_PUBLISH_DIRECTORY_KEY =
  'dataMesh.scaffolder.localPublish.directory';

/**
 * Adds the `data-mesh:validate` action to the scaffolder, and
 * `data-mesh:publish:local` when `dataMesh.scaffolder.localPublish.directory`
 * is configured.
 *
 * @public
 */
export const scaffolderModuleDataMesh = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'data-mesh',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ scaffolder, config, logger }) {
        scaffolder.addActions(createDataMeshValidateAction());
        const directory = config.getOptionalString(LOCAL_PUBLISH_DIRECTORY_KEY);
        if (directory) {
          // Relative to the backend's working directory, as the catalog's
          // file locations are, so both can name the same folder.
          const resolved = path.resolve(directory);
          scaffolder.addActions(
            createDataMeshPublishLocalAction({ directory: resolved }),
          );
          logger.info(`data-mesh:publish:local writes to ${resolved}`);
        }
      },
    });
  },
});
