import fs from 'node:fs';
import path from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

/** The example organisation's entities, as the catalog would hold them. */
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
    }));
}
