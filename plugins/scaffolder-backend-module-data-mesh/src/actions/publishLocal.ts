import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { DATA_MESH_KINDS } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DEFAULT_CATALOG_FILE, readAndValidate } from './workspaceFile';

/**
 * The id templates use for {@link createDataMeshPublishLocalAction}.
 *
 * @public
 */
export const DATA_MESH_PUBLISH_LOCAL_ACTION_ID = 'data-mesh:publish:local';

/**
 * Options of {@link createDataMeshPublishLocalAction}.
 *
 * @public
 */
export interface DataMeshPublishLocalOptions {
  /**
   * The folder the catalog reads created entities from, through a file
   * location globbing every `catalog-info.yaml` one folder below it.
   */
  directory: string;
}

/**
 * Creates the `data-mesh:publish:local` action, for portals without a git
 * host (a laptop, a demo): it validates a catalog file of the workspace like
 * `data-mesh:validate`, then writes it to `<directory>/<kind>.<namespace>.<name>/catalog-info.yaml`,
 * named after its first entity, where a file location of the catalog picks it
 * up. It publishes only the data-mesh kinds (DataProduct, UseCase,
 * PlatformCapability) and never replaces an existing entity's folder. Not
 * for production: the folder lives on one backend's disk.
 *
 * @public
 */
export function createDataMeshPublishLocalAction(
  options: DataMeshPublishLocalOptions,
) {
  const directory = path.resolve(options.directory);
  return createTemplateAction({
    id: DATA_MESH_PUBLISH_LOCAL_ACTION_ID,
    description:
      "Writes a valid catalog file of the workspace into this portal's local catalog folder, where a file location of the catalog reads it. For portals without a git host.",
    examples: [
      {
        description: 'Publish the validated catalog-info.yaml locally',
        example: [
          'steps:',
          '  - id: publish-local',
          '    name: Add to the local catalog',
          '    action: data-mesh:publish:local',
          '    input:',
          '      path: catalog-info.yaml',
        ].join('\n'),
      },
    ],
    schema: {
      input: {
        path: z =>
          z
            .string({
              description: `Path of the catalog file, relative to the task workspace and inside it. Default: ${DEFAULT_CATALOG_FILE}`,
            })
            .optional(),
      },
      output: {
        entityRef: z =>
          z.string({
            description:
              'The first entity of the file, as kind:namespace/name in lower case (for links to the catalog)',
          }),
        filePath: z => z.string({ description: 'Where the file was written' }),
      },
    },
    async handler(ctx) {
      const file = ctx.input.path ?? DEFAULT_CATALOG_FILE;
      // Validated again here so that nothing invalid reaches the catalog
      // folder, even from a template that skips data-mesh:validate.
      const { text, validation } = await readAndValidate(
        DATA_MESH_PUBLISH_LOCAL_ACTION_ID,
        ctx.workspacePath,
        file,
      );
      // The catalog ingests whatever lands in the folder: a Location would
      // pull in other files, a User or Group would change who owns and may
      // read what. Templates create data-mesh entities only.
      for (const { entity } of validation.entities) {
        if (!(DATA_MESH_KINDS as readonly unknown[]).includes(entity.kind)) {
          throw new Error(
            `${DATA_MESH_PUBLISH_LOCAL_ACTION_ID}: ${file} holds a ${String(
              entity.kind,
            )}; only ${DATA_MESH_KINDS.slice(0, -1).join(', ')} and ${
              DATA_MESH_KINDS[DATA_MESH_KINDS.length - 1]
            } entities may be published to the local catalog folder`,
          );
        }
      }
      const { entity } = validation.entities[0];
      const metadata = entity.metadata as { name: string; namespace?: string };
      const entityRef = `${String(entity.kind)}:${
        metadata.namespace ?? 'default'
      }/${metadata.name}`.toLocaleLowerCase('en-US');
      // Validated names hold only letters, digits and -_. , so the folder
      // name is safe; resolveSafeChildPath guards it all the same.
      const folder = resolveSafeChildPath(
        directory,
        entityRef.replace(':', '.').replace('/', '.'),
      );
      await fs.mkdir(directory, { recursive: true });
      try {
        // Creating the folder claims the name: of two tasks creating the
        // same entity at once, the second fails here.
        await fs.mkdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        throw new Error(
          `${DATA_MESH_PUBLISH_LOCAL_ACTION_ID}: ${entityRef} already exists in the local catalog folder (${folder}); choose another name, or delete that folder to replace it`,
        );
      }
      // Written under another name and then renamed, so the catalog never
      // reads a half-written file.
      const target = path.join(folder, 'catalog-info.yaml');
      await fs.writeFile(`${target}.partial`, text, 'utf8');
      await fs.rename(`${target}.partial`, target);
      ctx.logger.info(
        `Wrote ${entityRef} to ${target}; the catalog reads it at its next pass over the folder`,
      );
      ctx.output('entityRef', entityRef);
      ctx.output('filePath', target);
    },
  });
}
