import fs from 'node:fs/promises';
import path from 'node:path';
import {
  PlaceholderResolver,
  PlaceholderResolverParams,
  processingResult,
} from '@backstage/plugin-catalog-node';

/*
 * `$text` for catalog files of `file` locations too. The catalog's own
 * resolver forms a URL from the location's target, which for a file
 * location is a plain path, so `definition: { $text: ./orders.odcs.yaml }`
 * next to a file-located catalog-info.yaml fails ("could not form a URL").
 * This resolver reads such a file, confined to the catalog file's own
 * folder: no absolute path, nothing outside it through `..` or a symbolic
 * link, since any catalog file could otherwise read any file of the
 * backend's machine. URL locations are resolved and read as the catalog
 * does, through its reader and integrations.
 */

/** The largest file a `$text` of a file location may read, in bytes. */
export const MAX_PLACEHOLDER_FILE_BYTES = 5 * 1024 * 1024;

function isUrl(target: string): boolean {
  try {
    const { protocol } = new URL(target);
    // A Windows path such as C:\x parses with a one-letter protocol.
    return protocol.length > 2;
  } catch {
    return false;
  }
}

function fail(params: PlaceholderResolverParams, reason: string): never {
  throw new Error(
    `Placeholder $${params.key} could not read ${JSON.stringify(
      params.value,
    )}: ${reason}`,
  );
}

async function readConfinedFile(
  params: PlaceholderResolverParams,
  value: string,
): Promise<string> {
  if (path.isAbsolute(value)) {
    fail(params, 'expected a path relative to the catalog file');
  }
  const folder = await fs.realpath(path.dirname(params.baseUrl));
  let target: string;
  try {
    target = await fs.realpath(path.resolve(folder, value));
  } catch {
    fail(params, 'no such file next to the catalog file');
  }
  if (!target.startsWith(folder + path.sep)) {
    fail(params, "expected a file inside the catalog file's folder");
  }
  const stat = await fs.stat(target);
  if (!stat.isFile()) fail(params, 'expected a file');
  if (stat.size > MAX_PLACEHOLDER_FILE_BYTES) {
    fail(
      params,
      `the file has ${stat.size} bytes, at most ${MAX_PLACEHOLDER_FILE_BYTES} are read`,
    );
  }
  return fs.readFile(target, 'utf-8');
}

/**
 * The `$text` placeholder resolver: files next to a file-located catalog
 * file, confined to its folder; anything else as the catalog reads it.
 */
export const textPlaceholderResolver: PlaceholderResolver = async (
  params: PlaceholderResolverParams,
) => {
  const { value, baseUrl } = params;
  if (typeof value !== 'string' || !value) {
    fail(params, 'expected a relative path or a URL as a string');
  }
  if (isUrl(baseUrl) || isUrl(value)) {
    const url = params.resolveUrl(value, baseUrl);
    let content: string;
    try {
      content = (await params.read(url)).toString('utf-8');
    } catch (error) {
      return fail(params, String(error));
    }
    params.emit(processingResult.refresh(`url:${url}`));
    return content;
  }
  return readConfinedFile(params, value);
};
