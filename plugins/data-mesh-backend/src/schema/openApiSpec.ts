import fs from 'node:fs/promises';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { parse } from 'yaml';

/** The OpenAPI document, shipped with the package. */
export const OPENAPI_PATH = resolvePackagePath(
  '@data-mesh-portfolio/plugin-data-mesh-backend',
  'src/schema/openapi.yaml',
);

/**
 * The API's OpenAPI document: the one description of its routes, their
 * parameters and answers. The router validates requests against it.
 */
export async function openApiSpec() {
  return parse(await fs.readFile(OPENAPI_PATH, 'utf8'));
}
