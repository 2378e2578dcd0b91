import type { Entity } from '@backstage/catalog-model';
import { stringify } from 'yaml';

/*
 * Builders of data contracts and the entities that name them, for tests of
 * any package: an ODCS contract small enough to read, the API entity that
 * holds it, and data products whose ports name contracts.
 */

/**
 * A small valid ODCS v3.1.0 contract (`orders`: `order_id` as its key,
 * a required `customer_id`, an optional `amount`), fresh on each call so a
 * test can change one field of it.
 *
 * @public
 */
export function odcsContract(id = 'orders-contract'): Record<string, any> {
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    name: id,
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

/**
 * An `odcs` API entity holding a contract as text, as the catalog stores
 * it once `$text` is read.
 *
 * @public
 */
export function odcsApi(
  name: string,
  contract: unknown,
  options: { etag?: string; owner?: string; type?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name,
      namespace: 'default',
      ...(options.etag ? { etag: options.etag } : {}),
    },
    spec: {
      type: options.type ?? 'odcs',
      lifecycle: 'production',
      owner: options.owner ?? 'team-a',
      definition: typeof contract === 'string' ? contract : stringify(contract),
    },
  };
}

/**
 * A data product with these output ports, each naming its contract API
 * when given, and input ports reading these products' ports.
 *
 * @public
 */
export function withPorts(
  product: Entity,
  outputPorts: Array<{ name: string; api?: string }>,
  inputPorts: Array<{ dataProduct: string; port?: string }> = [],
): Entity {
  return {
    ...product,
    spec: {
      ...product.spec,
      outputPorts: outputPorts.map(({ name, api }) => ({
        name,
        type: 'table',
        ...(api ? { contract: { api } } : {}),
      })),
      inputPorts: inputPorts.map((read, i) => ({ name: `in-${i}`, ...read })),
    },
  };
}
