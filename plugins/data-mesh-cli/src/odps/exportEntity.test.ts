import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DataProductEntity } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ODPS_FIXTURES, fixture } from './__fixtures__';
import { UNVERSIONED, exportOdpsDocument } from './exportEntity';
import { importOdpsDocument } from './importDocument';
import { checkOdpsDocument, validateOdpsDocument } from './schema';
import {
  ABSENT,
  ODPS_ANNOTATION,
  ODPS_FIELD_ORDER,
  OdpsDocument,
} from './types';

const examplesFile = path.resolve(
  __dirname,
  '../../../../examples/data-products.yaml',
);
const exampleProducts = parseAllDocuments(fs.readFileSync(examplesFile, 'utf8'))
  .map(doc => doc.toJS())
  .filter(value => value?.kind === 'DataProduct') as DataProductEntity[];

const options = { domain: 'retail-stores', owner: 'group:stores-team' };

function importOf(document: OdpsDocument): DataProductEntity {
  const result = importOdpsDocument(structuredClone(document), options);
  if (!result.ok) throw new Error(JSON.stringify(result.missing));
  return result.entity;
}

function exportOf(entity: DataProductEntity, neighbours?: DataProductEntity[]) {
  const result = exportOdpsDocument(entity, neighbours);
  if (!result.ok) throw new Error(result.problem);
  return result.document;
}

// Documents beyond the fixtures: fields the standard does not define, at the
// root and inside, and custom properties of every kind of value.
const unusualDocuments: Array<[string, OdpsDocument]> = [
  [
    'unknown fields at every level',
    {
      ...fixture('customer-360.odps.yaml'),
      xLineageTool: 'marquez',
      description: { purpose: 'p', xReviewed: '2026-02-01' },
      inputPorts: [
        { name: 'in', version: '1', contractId: 'c-1', xMode: 'cdc' },
      ],
      outputPorts: [{ name: 'out', version: '1', type: 'view', xRows: 10 }],
      team: { name: 'loyalty-team', xOnCall: ['a', 'b'] },
    },
  ],
  [
    'full references, and custom properties holding lists, objects, numbers and null',
    {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'gift-cards',
      status: 'deprecated',
      domain: 'domain:default/payments',
      customProperties: [
        { property: 'regions', value: ['eu', 'uk'] },
        { property: 'limits', value: { daily: 500, currency: 'EUR' } },
        { property: 'score', value: 0.5 },
        { property: 'replacement', value: null, description: 'none yet' },
      ],
      outputPorts: [
        {
          name: 'balances',
          version: '3.0.0',
          contractId: 'balances-3',
          customProperties: [{ property: 'pii', value: false }],
        },
      ],
      team: { name: 'group:default/payments-team', members: [] },
    },
  ],
  [
    'ports named after members every object inherits',
    {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'odd-ports',
      status: 'active',
      domain: 'retail-stores',
      inputPorts: [
        { name: 'constructor', version: '1.0.0', contractId: 'orders-1' },
        { name: '__proto__', version: '2.0.0', contractId: 'orders-2' },
        { name: 'toString', version: '3.0.0', contractId: 'orders-3' },
      ],
      outputPorts: [
        { name: 'constructor', version: '1.0.0', type: 'table' },
        {
          name: '__proto__',
          version: '2.0.0',
          type: 'view',
          contractId: 'urn:contract:2',
        },
        { name: 'hasOwnProperty', version: '3.0.0', type: 'topic' },
      ],
      team: { name: 'stores-team' },
    },
  ],
];

describe('exportOdpsDocument', () => {
  it.each([
    ...ODPS_FIXTURES.filter(name => name !== 'unowned.odps.yaml').map(
      name => [name, fixture(name)] as [string, OdpsDocument],
    ),
    ...unusualDocuments,
  ])('gives back the document that was imported: %s', (_, document) => {
    const exported = exportOf(importOf(document));
    expect(exported).toEqual(document);
    // In the document's key order, at every level.
    expect(JSON.stringify(exported, null, 1)).toBe(
      JSON.stringify(document, null, 1),
    );
  });

  it('leaves out the domain and team that the import options supplied, recording them as absent', () => {
    const document = fixture('unowned.odps.yaml');
    const entity = importOf(document);
    expect(entity.spec).toMatchObject({
      domain: 'retail-stores',
      owner: 'group:stores-team',
    });
    expect(
      JSON.parse(entity.metadata.annotations![ODPS_ANNOTATION])[ABSENT],
    ).toEqual({ domain: 'retail-stores', 'team.name': 'group:stores-team' });
    expect(exportOf(entity)).toEqual(document);

    // An edit made in the catalog after the import wins.
    entity.spec.domain = 'domain:default/customers';
    entity.spec.owner = 'group:crm-team';
    expect(exportOf(entity)).toMatchObject({
      domain: 'customers',
      team: { name: 'crm-team' },
    });
  });

  it('gives back a team without a name, and a v0.9.0 document that fits the v0.9.0 schema', () => {
    const document = {
      ...fixture('unowned.odps.yaml'),
      apiVersion: 'v0.9.0',
      team: [{ username: 'ana@example.com', role: 'owner' }],
    };
    const exported = exportOf(importOf(document));
    expect(exported).toEqual(document);
    expect(checkOdpsDocument(exported)).toEqual({
      schema: 'v0.9.0',
      errors: [],
      unknownFields: [],
    });

    // The v0.9.0 list has no place for an owner changed in the catalog.
    const entity = importOf(document);
    entity.spec.owner = 'group:crm-team';
    const changed = exportOdpsDocument(entity);
    expect(changed).toMatchObject({
      ok: true,
      document: { team: document.team },
      notes: [
        "spec.owner group:crm-team is not exported: the document's team is a list of members (the ODPS v0.9.0 shape), which has no team name",
      ],
    });

    const unnamed = {
      ...fixture('unowned.odps.yaml'),
      team: { description: 'Counts visitors' },
    };
    expect(exportOf(importOf(unnamed))).toEqual(unnamed);
  });

  it('writes the fields in the standard’s order', () => {
    const keys = Object.keys(
      exportOf(importOf(fixture('customer-360.odps.yaml'))),
    );
    const order = keys.map(key => ODPS_FIELD_ORDER.indexOf(key));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
  });

  it('follows the catalog where it was edited after the import', () => {
    const entity = importOf(fixture('customer-360.odps.yaml'));
    entity.spec.lifecycle = 'deprecated';
    entity.spec.domain = 'domain:default/customers';
    entity.spec.owner = 'group:crm-team';
    entity.metadata.tags = ['customer', 'gold'];
    entity.spec.outputPorts![0].type = 'view';
    entity.spec.outputPorts![0].contract = { ref: 'contracts/profiles.yaml' };
    entity.spec.outputPorts!.push({ name: 'new-port', type: 'file' });

    const exported = exportOf(entity);
    expect(exported).toMatchObject({
      status: 'deprecated',
      domain: 'customers',
      tags: ['customer', 'gold'],
      team: { name: 'crm-team', description: expect.any(String) },
    });
    expect(exported.outputPorts[0]).toMatchObject({
      name: 'profiles',
      type: 'view',
      version: '2.0.0',
      contractId: 'contracts/profiles.yaml',
    });
    expect(exported.outputPorts[3]).toEqual({
      name: 'new-port',
      type: 'file',
      version: UNVERSIONED,
    });
    // What was not edited still comes back as the document had it.
    expect(exported.outputPorts[1]).toEqual({
      name: 'segments-api',
      type: 'api',
      version: '1.4.0',
    });
    expect(exported.version).toBe('2.3.0');
  });

  it('exports ports added in the catalog after the import by their own fields, whatever their names', () => {
    const entity = importOf(fixture('customer-360.odps.yaml'));
    for (const name of ['constructor', '__proto__', 'toString']) {
      entity.spec.outputPorts!.push({ name, type: 'file' });
      entity.spec.inputPorts!.push({ name, external: 'ERP' });
    }
    const exported = exportOf(entity);
    expect(exported.outputPorts.slice(-3)).toEqual(
      ['constructor', '__proto__', 'toString'].map(name => ({
        name,
        type: 'file',
        version: UNVERSIONED,
      })),
    );
    expect(exported.inputPorts.slice(-3)).toEqual(
      ['constructor', '__proto__', 'toString'].map(name => ({
        name,
        version: UNVERSIONED,
        contractId: 'ERP',
      })),
    );
  });

  it('writes no type for a port that had none, until the catalog gives one', () => {
    const entity = importOf(fixture('returns-ledger.odps.yaml'));
    expect(exportOf(entity).outputPorts[0]).not.toHaveProperty('type');
    entity.spec.outputPorts![0].type = 'table';
    expect(exportOf(entity).outputPorts[0].type).toBe('table');
  });

  it.each(exampleProducts.map(p => [p.metadata.name, p]))(
    'makes valid ODPS of the example product %s, never imported',
    (_, product) => {
      const document = exportOf(product, exampleProducts);
      expect(validateOdpsDocument(document)).toEqual([]);
      expect(document).toMatchObject({
        apiVersion: 'v1.0.0',
        id: product.metadata.name,
        status: product.spec.lifecycle,
      });
      expect(document.outputPorts.map((p: OdpsDocument) => p.name)).toEqual(
        product.spec.outputPorts!.map(p => p.name),
      );
    },
  );

  it('gives an input port the contract of the upstream port it reads', () => {
    const example = (name: string) =>
      exampleProducts.find(p => p.metadata.name === name)!;
    // stock-levels#stock links its contract (contract.ref).
    expect(
      exportOf(example('demand-forecast'), exampleProducts).inputPorts[0],
    ).toEqual({
      name: 'stock',
      version: UNVERSIONED,
      contractId:
        'https://contracts.brightcart.example/inventory/stock.odcs.yaml',
    });
    // orders-events#order-events names an odcs API (contract.api): its
    // ODCS id, when the API's contract is known.
    const contractIds = new Map([
      ['api:default/order-events-contract', 'brightcart-orders-order-events'],
    ]);
    const orderHistory = example('order-history');
    const result = exportOdpsDocument(
      orderHistory,
      exampleProducts,
      contractIds,
    );
    expect(result.ok && result.document.inputPorts).toEqual([
      {
        name: 'events',
        version: UNVERSIONED,
        contractId: 'brightcart-orders-order-events',
      },
    ]);
    // Without the upstream product at hand, the reference stands in.
    expect(exportOf(orderHistory).inputPorts[0].contractId).toBe(
      'orders-events#order-events',
    );
  });

  it('says what is wrong with an annotation edited into something else', () => {
    const entity = importOf(fixture('customer-360.odps.yaml'));
    entity.metadata.annotations![ODPS_ANNOTATION] = '{"version": ';
    const broken = exportOdpsDocument(entity);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problem).toMatch(
      /^metadata\.annotations\["data-mesh-portfolio\.io\/odps"\] is not valid JSON: /,
    );
    entity.metadata.annotations![ODPS_ANNOTATION] = '["a"]';
    expect(exportOdpsDocument(entity)).toEqual({
      ok: false,
      problem:
        'metadata.annotations["data-mesh-portfolio.io/odps"] must hold a JSON object',
    });
    entity.metadata.annotations![ODPS_ANNOTATION] = '{"team": "crm"}';
    expect(exportOdpsDocument(entity)).toEqual({
      ok: false,
      problem:
        'metadata.annotations["data-mesh-portfolio.io/odps"] must hold an object in team',
    });
    entity.metadata.annotations![ODPS_ANNOTATION] =
      '{"outputPorts": {"profiles": 1}}';
    expect(exportOdpsDocument(entity)).toEqual({
      ok: false,
      problem:
        'metadata.annotations["data-mesh-portfolio.io/odps"] must hold an object in outputPorts["profiles"]',
    });
  });
});
