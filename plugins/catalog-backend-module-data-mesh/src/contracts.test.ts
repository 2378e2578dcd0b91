/*
 * Integration test: data contracts in a real catalog backend. A contract is
 * an API entity of type odcs; ports name it, consumers of a port consume it,
 * and an invalid contract is refused while the catalog keeps its last good
 * version.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  RealCatalog,
  eventually,
  relationsOf,
  startRealCatalog,
} from './__testUtils__/realCatalog';

jest.setTimeout(90_000);

const V = 'data-mesh-portfolio.io/v1alpha1';

/** A small ODCS contract, indented to sit in a block scalar. */
const contract = (id: string, version: string, amountType: string) => `
    apiVersion: v3.1.0
    kind: DataContract
    id: ${id}
    version: ${version}
    status: active
    schema:
      - name: payments
        logicalType: object
        properties:
          - name: payment_id
            logicalType: string
            required: true
            primaryKey: true
          - name: amount
            logicalType: ${amountType}`;

const api = (name: string, definition: string, type = 'odcs') => `
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: ${name} }
spec:
  type: ${type}
  lifecycle: production
  owner: payments-team
  definition: |${definition}
`;

// Payments events feed a ledger through an input port naming its port; the
// ledger has two ports with contracts and one without. One use case reads
// one ledger port, another the whole ledger.
const mesh = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: payments-team }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: { name: payments }
spec: { owner: payments-team }
---
${api('events-contract', contract('events', '1.0.0', 'number'))}
---
${api('lines-contract', contract('lines', '1.0.0', 'number'))}
---
${api('totals-contract', contract('totals', '1.0.0', 'integer'))}
---
apiVersion: ${V}
kind: DataProduct
metadata: { name: payment-events }
spec:
  owner: payments-team
  domain: payments
  lifecycle: active
  outputPorts:
    - { name: events, type: topic, contract: { api: events-contract } }
---
apiVersion: ${V}
kind: DataProduct
metadata: { name: ledger }
spec:
  owner: payments-team
  domain: payments
  lifecycle: active
  inputPorts: [{ name: in, dataProduct: payment-events, port: events }]
  outputPorts:
    - { name: lines, type: table, contract: { api: lines-contract } }
    - name: totals
      type: view
      contract: { api: 'api:default/totals-contract', ref: ./totals.odcs.yaml }
    - { name: raw, type: file }
---
apiVersion: ${V}
kind: UseCase
metadata: { name: fraud-alerts }
spec: { owner: payments-team, status: live, consumes: ['ledger#lines'] }
---
apiVersion: ${V}
kind: UseCase
metadata: { name: finance-report }
spec: { owner: payments-team, status: committed, consumes: [ledger] }
---
apiVersion: ${V}
kind: UseCase
metadata: { name: early-reader }
spec: { owner: payments-team, status: proposed, consumes: ['chargebacks#rows'] }
`;

// The contract of a product that is not in the catalog yet.
const later = api('chargebacks-contract', contract('cb', '1.0.0', 'number'));
const chargebacks = `
apiVersion: ${V}
kind: DataProduct
metadata: { name: chargebacks }
spec:
  owner: payments-team
  domain: payments
  lifecycle: draft
  outputPorts:
    - { name: rows, type: table, contract: { api: chargebacks-contract } }
`;

// Next to a valid contract: an invalid one, and an API of another type
// whose definition no ODCS check may touch.
const apisAside = [
  api('refunds-contract', contract('refunds', '1.0.0', 'number')),
  api('broken-contract', contract('broken', '1.0.0', 'decimal')),
  api('legacy-api', '\n    openapi: [not, checked', 'openapi'),
].join('---\n');

const evolving = (amountType: string, version: string) =>
  api('evolving-contract', contract('evolving', version, amountType));

describe('data contracts, in a real catalog backend', () => {
  let catalog: RealCatalog;

  beforeAll(async () => {
    catalog = await startRealCatalog({
      'mesh.yaml': mesh,
      'apis.yaml': apisAside,
      'evolving.yaml': evolving('number', '1.0.0'),
      'later.yaml': later,
    });
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  /** The entity once its contract relations are exactly `expected`. */
  const contractRelations = async (ref: string, expected: string[]) => {
    const pick = (lines: string[]) =>
      lines.filter(l =>
        /^(providesApi|apiProvidedBy|consumesApi|apiConsumedBy) /.test(l),
      );
    let last: string[] = [];
    try {
      await eventually(async () => {
        const entity = await catalog.getEntity(ref);
        last = entity ? pick(relationsOf(entity)) : [];
        return JSON.stringify(last) === JSON.stringify(expected)
          ? true
          : undefined;
      });
    } catch {
      // Show what was there instead of a bare time-out.
    }
    return last;
  };

  it('relates a port to its contract API, both ways', async () => {
    expect(
      await contractRelations('dataproduct:default/payment-events', [
        'providesApi api:default/events-contract',
      ]),
    ).toEqual(['providesApi api:default/events-contract']);
    expect(
      await contractRelations('api:default/totals-contract', [
        'apiConsumedBy usecase:default/finance-report',
        'apiProvidedBy dataproduct:default/ledger',
      ]),
    ).toEqual([
      'apiConsumedBy usecase:default/finance-report',
      'apiProvidedBy dataproduct:default/ledger',
    ]);
  });

  it("relates a downstream product's input port to the upstream port's contract, both ways", async () => {
    const ledger = [
      'consumesApi api:default/events-contract',
      'providesApi api:default/lines-contract',
      'providesApi api:default/totals-contract',
    ];
    expect(
      await contractRelations('dataproduct:default/ledger', ledger),
    ).toEqual(ledger);
    const events = [
      'apiConsumedBy dataproduct:default/ledger',
      'apiProvidedBy dataproduct:default/payment-events',
    ];
    expect(
      await contractRelations('api:default/events-contract', events),
    ).toEqual(events);
  });

  it("relates a use case consuming product#port to that port's contract only, both ways", async () => {
    expect(
      await contractRelations('usecase:default/fraud-alerts', [
        'consumesApi api:default/lines-contract',
      ]),
    ).toEqual(['consumesApi api:default/lines-contract']);
    const lines = [
      'apiConsumedBy usecase:default/finance-report',
      'apiConsumedBy usecase:default/fraud-alerts',
      'apiProvidedBy dataproduct:default/ledger',
    ];
    expect(
      await contractRelations('api:default/lines-contract', lines),
    ).toEqual(lines);
  });

  it("relates a use case consuming a product without a port to every port's contract", async () => {
    const report = [
      'consumesApi api:default/lines-contract',
      'consumesApi api:default/totals-contract',
    ];
    expect(
      await contractRelations('usecase:default/finance-report', report),
    ).toEqual(report);
  });

  it('relates a consumer of a product not yet in the catalog once the product arrives, with no error before', async () => {
    const ref = 'usecase:default/early-reader';
    const before = await eventually(async () => {
      const entity = await catalog.getEntity(ref);
      return entity &&
        relationsOf(entity).includes('ownedBy group:default/payments-team')
        ? entity
        : undefined;
    });
    expect(relationsOf(before)).toEqual([
      'dataMeshConsumesDataProduct dataproduct:default/chargebacks',
      'ownedBy group:default/payments-team',
    ]);
    expect(catalog.processingErrors.has(ref)).toBe(false);

    fs.writeFileSync(
      path.join(catalog.dir, 'later.yaml'),
      `${later}---\n${chargebacks}`,
    );
    expect(
      await contractRelations(ref, [
        'consumesApi api:default/chargebacks-contract',
      ]),
    ).toEqual(['consumesApi api:default/chargebacks-contract']);
    expect(catalog.processingErrors.has(ref)).toBe(false);
  });

  it('refuses an invalid odcs API naming the field path, ingesting the valid one and other API types beside it', async () => {
    await eventually(async () =>
      catalog.processingErrors.has('api:default/broken-contract')
        ? true
        : undefined,
    );
    expect(
      catalog.processingErrors.get('api:default/broken-contract'),
    ).toContain(
      'API "broken-contract" spec.definition is invalid: schema[0].properties[1].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "decimal"',
    );
    expect(
      await catalog.getEntity('api:default/broken-contract'),
    ).toBeUndefined();
    const refunds = await eventually(() =>
      catalog.getEntity('api:default/refunds-contract'),
    );
    expect(refunds.spec?.definition).toContain('id: refunds');
    const legacy = await eventually(() =>
      catalog.getEntity('api:default/legacy-api'),
    );
    expect(legacy.spec?.type).toBe('openapi');
    expect(catalog.processingErrors.has('api:default/refunds-contract')).toBe(
      false,
    );
    expect(catalog.processingErrors.has('api:default/legacy-api')).toBe(false);
  });

  it('keeps the last good version of a contract that turns invalid', async () => {
    const ref = 'api:default/evolving-contract';
    const first = await eventually(() => catalog.getEntity(ref));
    expect(first.spec?.definition).toContain('version: 1.0.0');
    expect(catalog.processingErrors.has(ref)).toBe(false);

    fs.writeFileSync(
      path.join(catalog.dir, 'evolving.yaml'),
      evolving('decimal', '2.0.0'),
    );
    await eventually(async () =>
      catalog.processingErrors.has(ref) ? true : undefined,
    );
    expect(catalog.processingErrors.get(ref)).toContain(
      'schema[0].properties[1].logicalType must be one of',
    );
    const kept = await catalog.getEntity(ref);
    expect(kept?.spec?.definition).toContain('version: 1.0.0');
    expect(kept?.spec?.definition).not.toContain('decimal');
  });
});
