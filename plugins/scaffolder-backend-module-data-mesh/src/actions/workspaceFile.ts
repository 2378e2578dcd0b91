import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import {
  CatalogFileProblem,
  CatalogFileValidation,
  validateCatalogFile,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The file the actions read when a step names none. */
export const DEFAULT_CATALOG_FILE = 'catalog-info.yaml';

/**
 * Resolves a path given in a step's input to a file inside the task
 * workspace. Template authors (and the values people type into forms) write
 * these paths, so anything that could leave the workspace is refused before
 * the file system is touched: an absolute path, any `..` segment, and (by
 * `resolveSafeChildPath`) a symbolic link pointing outside.
 */
export function resolveWorkspaceFile(
  actionId: string,
  workspacePath: string,
  file: string,
): string {
  if (file.trim() === '') {
    throw new Error(`${actionId}: input "path" must not be empty`);
  }
  if (path.isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file)) {
    throw new Error(
      `${actionId}: input "path" must be relative to the task workspace; got ${JSON.stringify(
        file,
      )}`,
    );
  }
  if (file.split(/[\\/]/).includes('..')) {
    throw new Error(
      `${actionId}: input "path" must stay inside the task workspace, so ".." is not allowed; got ${JSON.stringify(
        file,
      )}`,
    );
  }
  try {
    return resolveSafeChildPath(workspacePath, file);
  } catch {
    throw new Error(
      `${actionId}: input "path" must stay inside the task workspace; ${JSON.stringify(
        file,
      )} leads outside it`,
    );
  }
}

/** One line per problem: `file:line ref: message`, as the CLI prints them. */
export function formatProblem(file: string, problem: CatalogFileProblem) {
  const where = problem.line === undefined ? file : `${file}:${problem.line}`;
  return `${where}${problem.ref ? ` ${problem.ref}` : ''}: ${problem.message}`;
}

/** What {@link readAndValidate} found in a valid file. */
export interface ValidatedCatalogFile {
  /** The file's text, exactly as read. */
  text: string;
  /** What the validator said; only warnings, since errors throw. */
  validation: CatalogFileValidation;
}

/**
 * Reads a catalog file from the workspace and validates every entity in it
 * with the common package's validator. Any error-severity problem throws one
 * Error listing them all, so the task fails with the validator's own
 * messages; an author fixes everything in one pass.
 */
export async function readAndValidate(
  actionId: string,
  workspacePath: string,
  file: string,
): Promise<ValidatedCatalogFile> {
  const absolute = resolveWorkspaceFile(actionId, workspacePath, file);
  let text: string;
  try {
    text = await fs.readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `${actionId}: input "path": ${file} does not exist in the task workspace; a step before this one (e.g. fetch:template) must write it`
        : `${actionId}: input "path": ${file} could not be read (${
            code ?? error
          })`,
    );
  }
  const validation = await validateCatalogFile(text);
  const errors = validation.problems.filter(p => p.severity === 'error');
  if (errors.length) {
    throw new Error(errors.map(p => formatProblem(file, p)).join('\n'));
  }
  if (!validation.entities.length) {
    throw new Error(
      `${actionId}: ${file} holds no entity; a catalog file needs at least one`,
    );
  }
  return { text, validation };
}
