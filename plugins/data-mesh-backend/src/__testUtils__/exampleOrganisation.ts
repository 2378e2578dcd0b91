import fs from 'node:fs';
import path from 'node:path';
import { Entity } from '@backstage/catalog-model';
import type { JsonValue } from '@backstage/types';
import { parseAllDocuments } from 'yaml';

/**
 * The text a `$text` placeholder names, read relative to the catalog file's
 * folder as the catalog module reads it for a file location; any other
 * value as written.
 */
function resolveText(
  value: JsonValue | undefined,
  dir: string,
): JsonValue | undefined {
  const target = (value as { $text?: JsonValue } | undefined)?.$text;
  return typeof target === 'string'
    ? fs.readFileSync(path.resolve(dir, target), 'utf8')
    : value;
}

/**
 * The example organisation's entities, as the catalog would hold them: in
 * the default namespace, with the contract files the `odcs` APIs name
 * through `$text` read into their `spec.definition`.
 */
export function loadExampleEntities(): Entity[] {
  const dir = path.resolve(__dirname, '../../../../examples');
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml'))
    .flatMap(f =>
      parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map(
        d => d.toJS() as Entity,
      ),
    )
    .map(e => ({
      ...e,
      metadata: { namespace: 'default', ...e.metadata },
      ...(e.kind === 'API' && e.spec
        ? {
            spec: {
              ...e.spec,
              definition: resolveText(e.spec.definition, dir),
            },
          }
        : {}),
    }));
}
