import fs from 'node:fs/promises';
import path from 'node:path';
import { CliIo } from '../io';

/*
 * `$text` placeholders of a catalog file, read as the catalog module reads
 * them for a `file` location: a file next to the catalog file or below its
 * folder, nothing outside it (an absolute path, `..` or a symbolic link
 * leading out), at most 5 MB. So `validate` passes what the catalog
 * ingests and fails what it refuses. A URL is not fetched: the command
 * works offline, and says so.
 */

/** The largest file a `$text` placeholder may name, as in the catalog. */
const MAX_BYTES = 5 * 1024 * 1024;

function isUrl(target: string): boolean {
  try {
    // A Windows path such as C:\x parses with a one-letter protocol.
    return new URL(target).protocol.length > 2;
  } catch {
    return false;
  }
}

/**
 * A reader for the `$text` placeholders of `file` (relative to the working
 * directory): it returns the named file's text or throws an Error saying
 * why it may not be read.
 */
export function placeholderReader(
  io: CliIo,
  file: string,
): (target: string) => Promise<string> {
  return async target => {
    if (isUrl(target)) {
      throw new Error(
        'it is a URL, which data-mesh validate does not fetch; expected a file next to the catalog file',
      );
    }
    if (path.isAbsolute(target)) {
      throw new Error('expected a path relative to the catalog file');
    }
    let folder: string;
    let resolved: string;
    try {
      folder = await fs.realpath(path.dirname(path.resolve(io.cwd, file)));
      resolved = await fs.realpath(path.resolve(folder, target));
    } catch {
      throw new Error('no such file next to the catalog file');
    }
    if (!resolved.startsWith(folder + path.sep)) {
      throw new Error("expected a file inside the catalog file's folder");
    }
    const stat = await fs.stat(resolved);
    if (!stat.isFile()) throw new Error('expected a file');
    if (stat.size > MAX_BYTES) {
      throw new Error(
        `the file has ${stat.size} bytes, at most ${MAX_BYTES} are read`,
      );
    }
    return io.readFile(resolved);
  };
}
