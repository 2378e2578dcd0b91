import fs from 'node:fs';
import path from 'node:path';
import { readYamlDocuments } from '@data-mesh-portfolio/plugin-data-mesh-common';

// The official Bitol ODCS examples are pinned once, in the common package;
// the frontend's tests read the same files rather than keeping copies.
const EXAMPLES_DIR = path.join(
  path.dirname(
    require.resolve(
      '@data-mesh-portfolio/plugin-data-mesh-common/package.json',
    ),
  ),
  'src/contracts/__fixtures__/odcs-examples',
);

/** The text of one pinned official ODCS example, e.g. `all/full-example.odcs.yaml`. */
export function odcsExampleText(relativePath: string): string {
  return fs.readFileSync(path.join(EXAMPLES_DIR, relativePath), 'utf8');
}

/**
 * The official full example with its first schema object grown to `count`
 * properties: copies of its real properties, renamed `<name>_<n>`, so a
 * test sees a contract of thousands of properties that is still the
 * standard's own shape. Written as JSON.
 */
export function largeOdcsContractText(count: number): string {
  const [{ value }] = readYamlDocuments(
    odcsExampleText('all/full-example.odcs.yaml'),
  ).documents;
  const document = value as any;
  const originals = document.schema[0].properties as Array<
    Record<string, unknown>
  >;
  document.schema[0].properties = Array.from({ length: count }, (_, n) => {
    const original = originals[n % originals.length];
    return {
      ...original,
      id: `${original.id}_${n}`,
      name: `${original.name}_${n}`,
    };
  });
  // JSON is YAML too, and the standard allows either.
  return JSON.stringify(document, null, 1);
}
