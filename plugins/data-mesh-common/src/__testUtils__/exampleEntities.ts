import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Every document of the example organisation in `examples/`, parsed. */
export function loadExampleDocuments(): any[] {
  const dir = path.resolve(__dirname, '../../../../examples');
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml'))
    .flatMap(f =>
      parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map(d =>
        d.toJS(),
      ),
    );
}
