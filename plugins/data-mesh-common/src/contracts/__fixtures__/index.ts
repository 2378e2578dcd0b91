import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

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

/**
 * A small valid v3.1.0 contract, written by hand, fresh on each call so a
 * test can break one field of it.
 */
export function ordersContract(): any {
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'orders-contract',
    name: 'Orders',
    version: '1.2.0',
    status: 'active',
    schema: [
      {
        name: 'orders',
        logicalType: 'object',
        properties: [
          {
            name: 'order_id',
            logicalType: 'string',
            required: true,
            primaryKey: true,
            primaryKeyPosition: 1,
          },
          { name: 'customer_id', logicalType: 'string', required: true },
          { name: 'amount', logicalType: 'number' },
        ],
      },
    ],
  };
}
