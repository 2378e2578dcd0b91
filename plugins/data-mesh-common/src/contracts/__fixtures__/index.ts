import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { odcsContract } from '../../testUtils/contracts';

/** The folder of the pinned official ODCS examples. */
export const ODCS_EXAMPLES_DIR = path.join(__dirname, 'odcs-examples');

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory()
        ? walk(path.join(dir, entry.name))
        : [path.join(dir, entry.name)],
    );
}

/** The relative paths of the pinned official examples, sorted. */
export function odcsExampleFiles(): string[] {
  return walk(ODCS_EXAMPLES_DIR)
    .filter(file => file.endsWith('.odcs.yaml'))
    .map(file =>
      path.relative(ODCS_EXAMPLES_DIR, file).split(path.sep).join('/'),
    )
    .sort();
}

/** One pinned official example, parsed. */
export function odcsExample(relativePath: string): any {
  return parse(
    fs.readFileSync(path.join(ODCS_EXAMPLES_DIR, relativePath), 'utf8'),
  );
}

/** A small valid v3.1.0 contract, fresh on each call (see odcsContract). */
export const ordersContract = () => odcsContract();
