/*
 * The published packages as npm would publish them: built, packed with
 * `yarn pack` (which runs the Backstage CLI's prepack, rewriting `exports`
 * to dist and `workspace:` ranges to versions), and listed with
 * `npm publish --dry-run`, whose file list must hold every file the
 * package names.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../backendProcess';

/** A packed package. */
export interface PackedPackage {
  name: string;
  version: string;
  tarball: string;
  /** The file list `npm publish --dry-run` reports. */
  files: string[];
  /** package.json as packed. */
  manifest: Record<string, any>;
}

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

/** The non-private packages under plugins/. */
export function publishedPackageDirs(): string[] {
  const plugins = path.join(repoRoot, 'plugins');
  return fs
    .readdirSync(plugins)
    .map(dir => path.join(plugins, dir))
    .filter(dir => {
      const file = path.join(dir, 'package.json');
      return (
        fs.existsSync(file) &&
        !JSON.parse(fs.readFileSync(file, 'utf8')).private
      );
    });
}

/** Builds and packs a package into `outDir`, and lists it as npm would. */
export function packPackage(dir: string, outDir: string): PackedPackage {
  run('yarn', ['build'], dir);
  run('yarn', ['pack', '--out', path.join(outDir, '%s-%v.tgz')], dir);
  const { name, version } = JSON.parse(
    fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
  );
  const tarball = path.join(outDir, `${name.replace('/', '-')}-${version}.tgz`);
  const listing = JSON.parse(
    run('npm', ['publish', '--dry-run', '--json', tarball], outDir),
  );
  // npm 10 answers with the package, npm 11 keys it by name.
  const published = listing.files ? listing : listing[name];
  const manifest = JSON.parse(
    run('tar', ['-xzOf', tarball, 'package/package.json'], outDir),
  );
  return {
    name,
    version,
    tarball,
    files: published.files.map((f: { path: string }) => f.path),
    manifest,
  };
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/^\.\//, '')
    .split('**')
    .map(part =>
      part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${escaped}(/.*)?$`);
}

/** Every string in an `exports` map. */
function exportTargets(exports: unknown): string[] {
  // Other strings are conditions' values such as a feature type.
  if (typeof exports === 'string')
    return exports.startsWith('./') ? [exports] : [];
  if (exports && typeof exports === 'object') {
    return Object.values(exports).flatMap(exportTargets);
  }
  return [];
}

/**
 * What the packed package names but does not contain: `files` entries
 * that match nothing, and `main`, `module`, `types`, `configSchema` and
 * `exports` targets that are missing.
 */
export function missingFiles(pkg: PackedPackage): string[] {
  const present = new Set(pkg.files);
  const problems: string[] = [];
  for (const entry of pkg.manifest.files ?? []) {
    const pattern = globToRegExp(entry);
    if (!pkg.files.some(file => pattern.test(file))) {
      problems.push(`${pkg.name}: "files" entry ${entry} packs nothing`);
    }
  }
  const { main, module, types, configSchema, exports } = pkg.manifest;
  const named = [main, module, types, ...exportTargets(exports)];
  if (typeof configSchema === 'string') named.push(configSchema);
  for (const target of named.filter(Boolean)) {
    const file = target.replace(/^\.\//, '');
    if (!present.has(file)) {
      problems.push(`${pkg.name}: ${file} is named but not packed`);
    }
  }
  return problems;
}
