/*
 * Integration test: a real catalog reads a contract written next to a
 * file-located catalog file through `$text`, sees it change on disk, and
 * refuses one outside the catalog file's folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  RealCatalog,
  eventually,
  startRealCatalog,
} from '../__testUtils__/realCatalog';

jest.setTimeout(60_000);

const contract = (version: string) => `apiVersion: v3.1.0
kind: DataContract
id: orders-contract
version: ${version}
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        required: true
`;

const catalogFile = `
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: orders-contract }
spec:
  type: odcs
  lifecycle: production
  owner: checkout-team
  definition: { $text: ./orders.odcs.yaml }
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: escaping-contract }
spec:
  type: odcs
  lifecycle: production
  owner: checkout-team
  definition: { $text: ../outside.odcs.yaml }
`;

describe('$text next to a file-located catalog file', () => {
  let catalog: RealCatalog;

  beforeAll(async () => {
    catalog = await startRealCatalog({ 'catalog-info.yaml': catalogFile });
    fs.writeFileSync(
      path.join(catalog.dir, 'orders.odcs.yaml'),
      contract('1.0.0'),
    );
    fs.writeFileSync(
      path.join(catalog.dir, '..', 'outside.odcs.yaml'),
      contract('9.9.9'),
    );
  });
  afterAll(async () => {
    fs.rmSync(path.join(catalog.dir, '..', 'outside.odcs.yaml'), {
      force: true,
    });
    await catalog.stop();
  });

  it('stores the file as the definition, and follows it when it changes', async () => {
    const first = await eventually(async () => {
      const api = await catalog.getEntity('api:default/orders-contract');
      return api?.spec?.definition ? api : undefined;
    });
    expect(first.spec?.definition).toBe(contract('1.0.0'));

    fs.writeFileSync(
      path.join(catalog.dir, 'orders.odcs.yaml'),
      contract('1.1.0'),
    );
    const changed = await eventually(async () => {
      const api = await catalog.getEntity('api:default/orders-contract');
      return api?.spec?.definition === contract('1.1.0') ? api : undefined;
    });
    expect(changed.spec?.definition).toContain('version: 1.1.0');
  });

  it('never reads a file outside the catalog file’s folder', async () => {
    const error = await eventually(async () =>
      catalog.processingErrors.get('api:default/escaping-contract'),
    );
    expect(error).toContain(
      'Placeholder $text could not read "../outside.odcs.yaml": expected a file inside the catalog file\'s folder',
    );
    expect(
      await catalog.getEntity('api:default/escaping-contract'),
    ).toBeUndefined();
  });
});
