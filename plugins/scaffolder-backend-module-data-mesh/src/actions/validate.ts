import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  DEFAULT_CATALOG_FILE,
  formatProblem,
  readAndValidate,
} from './workspaceFile';

/**
 * The id templates use for {@link createDataMeshValidateAction}.
 *
 * @public
 */
export const DATA_MESH_VALIDATE_ACTION_ID = 'data-mesh:validate';

/**
 * Creates the `data-mesh:validate` action: it validates every entity of a
 * catalog file in the task workspace with the same validators the catalog
 * uses, and fails the task with their messages (one line per problem,
 * `file:line kind:namespace/name: message`) before anything is published.
 * Warnings are logged and do not fail the task.
 *
 * @public
 */
export function createDataMeshValidateAction() {
  return createTemplateAction({
    id: DATA_MESH_VALIDATE_ACTION_ID,
    description:
      "Validates every entity of a catalog file in the workspace with the catalog's own validators (data-mesh kinds and Backstage's core kinds); fails the task with their messages.",
    examples: [
      {
        description: 'Validate the catalog-info.yaml that fetch:template wrote',
        example: [
          'steps:',
          '  - id: validate',
          '    name: Validate catalog-info.yaml',
          '    action: data-mesh:validate',
          '    input:',
          '      path: catalog-info.yaml',
        ].join('\n'),
      },
    ],
    // It only reads the workspace, so a dry run shows what a real run would.
    supportsDryRun: true,
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
        entityRefs: z =>
          z.array(z.string(), {
            description:
              'The entities the file holds, as kind:namespace/name, in file order',
          }),
      },
    },
    async handler(ctx) {
      const file = ctx.input.path ?? DEFAULT_CATALOG_FILE;
      const { validation } = await readAndValidate(
        DATA_MESH_VALIDATE_ACTION_ID,
        ctx.workspacePath,
        file,
      );
      for (const warning of validation.problems) {
        ctx.logger.warn(formatProblem(file, warning));
      }
      const entityRefs = validation.entities.map(e => e.ref);
      ctx.logger.info(`${file} is valid: ${entityRefs.join(', ')}`);
      ctx.output('entityRefs', entityRefs);
    },
  });
}
