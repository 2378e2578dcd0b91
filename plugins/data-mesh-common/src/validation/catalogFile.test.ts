import { validateCatalogFile } from './catalogFile';
import { pathSegments, readYamlDocuments } from './yamlDocuments';
import { validateDataMeshEntity } from './validateEntity';
import { dataProductDocument } from '../testUtils/malformedDocuments';
import { stringify } from 'yaml';

const good = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: checkout-team
spec:
  type: team
  children: []
---
apiVersion: data-mesh-portfolio.io/v1alpha1
kind: DataProduct
metadata:
  name: order-history
spec:
  owner: checkout-team
  domain: orders
  lifecycle: active
  outputPorts:
    - name: order-lines
      type: tabel
`;

describe('validateCatalogFile', () => {
  it('gives each problem its entity and the line of its field', async () => {
    const { entities, problems } = await validateCatalogFile(good);
    expect(entities[1].lineOf('spec.domain')).toBe(15);
    expect(entities.map(e => [e.ref, e.line])).toEqual([
      ['Group:default/checkout-team', 1],
      ['DataProduct:default/order-history', 9],
    ]);
    expect(problems).toEqual([
      {
        severity: 'error',
        line: 19,
        ref: 'DataProduct:default/order-history',
        path: 'spec.outputPorts[0].type',
        message:
          'spec.outputPorts[0].type must be one of table, view, topic, file, api, other; got "tabel"',
      },
    ]);
  });

  it('puts a missing field on the line of its parent', async () => {
    const document = dataProductDocument();
    delete document.spec.lifecycle;
    const text = stringify(document);
    const { problems } = await validateCatalogFile(text);
    const specLine =
      text.split('\n').findIndex(line => line.startsWith('spec:')) + 1;
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'spec.lifecycle',
        line: specLine,
        message: validateDataMeshEntity(document)[0].message,
      }),
    ]);
  });

  it("checks Backstage's core kinds with the catalog's own rules", async () => {
    const { problems } =
      await validateCatalogFile(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: Not A Name!
spec:
  type: service
  lifecycle: production
  owner: checkout-team
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: shop
spec: {}
`);
    expect(problems.map(p => [p.ref, p.path, p.line])).toEqual([
      ['Component:default/Not A Name!', 'metadata.name', 4],
      ['System:default/shop', '', 10],
    ]);
    expect(problems[0].message).toMatch(/^"metadata.name" is not valid/);
    expect(problems[1].message).toMatch(/owner/);
  });

  it('checks the data-mesh annotations of a Domain', async () => {
    const { problems } =
      await validateCatalogFile(`apiVersion: backstage.io/v1alpha1
kind: Domain
metadata:
  name: payments
  annotations:
    data-mesh-portfolio.io/phase: growing
spec:
  owner: checkout-team
`);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 6,
        path: 'metadata.annotations["data-mesh-portfolio.io/phase"]',
      }),
    ]);
  });

  it('warns about kinds it does not know instead of failing them', async () => {
    const { problems } =
      await validateCatalogFile(`apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: new-thing
spec: {}
`);
    expect(problems.map(p => [p.severity, p.path])).toEqual([
      ['warning', 'kind'],
    ]);
  });

  it('reports a YAML syntax error with its line and still reads the other documents', async () => {
    const { entities, problems } =
      await validateCatalogFile(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: a
  name: b
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: b
spec:
  type: team
  children: []
`);
    expect(entities.map(e => e.ref)).toEqual(['Group:default/b']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      severity: 'error',
      line: 5,
      path: '',
      message: 'YAML syntax error: Map keys must be unique',
    });
  });

  it('rejects a document that is not a mapping', async () => {
    const { problems } = await validateCatalogFile('- a\n- b\n');
    expect(problems).toEqual([
      {
        severity: 'error',
        line: 1,
        path: '',
        message: 'the entity must be an object',
      },
    ]);
  });
});

describe('validateCatalogFile on documents that are not entities', () => {
  it('checks a data contract against the ODCS schema, with the line of its field', async () => {
    const text = [
      'apiVersion: v3.1.0',
      'kind: DataContract',
      'id: orders',
      'version: 1.0.0',
      'status: active',
      'schema:',
      '  - name: orders',
      '    properties:',
      '      - name: amount',
      '        logicalType: decimal',
      '',
    ].join('\n');
    const { entities, contracts, problems } = await validateCatalogFile(text);
    expect(entities).toEqual([]);
    expect(contracts).toEqual([{ ref: 'DataContract orders', line: 1 }]);
    expect(problems).toEqual([
      {
        severity: 'error',
        line: 10,
        ref: 'DataContract orders',
        path: 'schema[0].properties[0].logicalType',
        message:
          'schema[0].properties[0].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "decimal"',
      },
    ]);
  });

  it('keeps the catalog message for an entity whose kind is DataContract', async () => {
    const { contracts, problems } = await validateCatalogFile(
      stringify({ ...dataProductDocument(), kind: 'DataContract' }),
    );
    expect(contracts).toEqual([]);
    expect(problems.map(p => p.message)).toContain(
      'kind must be one of DataProduct, UseCase, PlatformCapability for apiVersion data-mesh-portfolio.io/v1alpha1; got "DataContract"',
    );
  });

  it.each([
    [
      'apiVersion: v1.0.0\nkind: DataProduct\nid: p\n',
      '',
      'the document is an ODPS data product (apiVersion v1.0.0), not a catalog entity; convert it with "data-mesh odps import"',
    ],
    [
      'kind: Component\nname: x\n',
      'metadata',
      'the document is not a catalog entity (it has no metadata) nor a data contract (kind: DataContract); a catalog entity has apiVersion, kind and metadata.name',
    ],
    [
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: [x]\n',
      'metadata',
      'metadata must be an object with at least a name; got a list',
    ],
  ])(
    'says what %p is instead of failing on it',
    async (text, path, message) => {
      const { problems } = await validateCatalogFile(text);
      expect(problems.map(p => ({ path: p.path, message: p.message }))).toEqual(
        [{ path, message }],
      );
    },
  );
});

describe('readYamlDocuments', () => {
  it('reports a document that expands too many aliases instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map(
          (k, i) =>
            `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`,
        ),
    ].join('\n');
    const { documents, syntaxErrors } = readYamlDocuments(bomb);
    expect(documents).toEqual([]);
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0].message).toMatch(/alias/i);
  });
});

describe('pathSegments', () => {
  it('splits fields, indexes and quoted keys', () => {
    expect(pathSegments('metadata.annotations["a.io/b"].x[2].y')).toEqual([
      'metadata',
      'annotations',
      'a.io/b',
      'x',
      2,
      'y',
    ]);
  });
});
