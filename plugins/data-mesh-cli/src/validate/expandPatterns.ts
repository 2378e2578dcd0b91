import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../io';

const GLOB_CHARS = /[*?[]/;

/** `*` within a name, `**` across folders, `?` one character, `[abc]` a set. */
function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      // Dependencies and version control never hold the files meant.
      .filter(e => !['node_modules', '.git'].includes(e.name))
      .map(e => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? walk(full) : Promise.resolve([full]);
      }),
  );
  return nested.flat();
}

/**
 * Expands the file arguments of a command: plain paths are kept as given
 * (a missing one is reported when read), glob patterns are matched under
 * the folder before their first wildcard. A pattern that matches nothing is
 * a usage error, so a typo never passes as "nothing invalid". Shells expand
 * unquoted globs themselves; this serves quoted ones and Windows.
 */
export async function expandPatterns(
  patterns: string[],
  cwd: string,
): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const normalized = pattern.split(path.sep).join('/');
    const segments = normalized.split('/');
    const firstGlob = segments.findIndex(s => GLOB_CHARS.test(s));
    const base = segments.slice(0, firstGlob).join('/') || '.';
    // An absolute pattern is matched against absolute paths and reported as
    // such; a relative one against paths relative to the working directory.
    const absolute = path.isAbsolute(pattern);
    const matcher = globToRegExp(normalized.replace(/^\.\//, ''));
    const root = absolute ? base || '/' : path.resolve(cwd, base);
    const found = await walk(root).catch(() => [] as string[]);
    const matches = found
      .map(file =>
        (absolute ? file : path.relative(cwd, file)).split(path.sep).join('/'),
      )
      .filter(file => matcher.test(file))
      .sort();
    if (!matches.length) {
      throw new CliError(`${pattern}: no file matches this pattern`, 2);
    }
    files.push(...matches);
  }
  return [...new Set(files)];
}
