import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The ODPS documents of this folder, each valid against the v1.0.0 schema. */
export const ODPS_FIXTURES = [
  'customer-360.odps.yaml',
  'loyalty-points.odps.yaml',
  'returns-ledger.odps.yaml',
  'unowned.odps.yaml',
] as const;

/** The absolute path of a fixture. */
export function fixturePath(name: string): string {
  // Only tests read fixtures, always from the source tree, never a build.
  // eslint-disable-next-line no-restricted-syntax
  return path.join(__dirname, name);
}

/** A fixture's text. */
export function fixtureText(name: string): string {
  return fs.readFileSync(fixturePath(name), 'utf8');
}

/** A fixture as plain data, fresh on every call. */
export function fixture(name: string): Record<string, any> {
  return parse(fixtureText(name));
}
