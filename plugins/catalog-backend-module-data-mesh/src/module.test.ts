/*
 * Integration test: a real catalog backend with this module reads a file
 * location holding good and bad data-mesh entities.
 */
import {
  RealCatalog,
  eventually,
  relationsOf,
  startRealCatalog,
} from './__testUtils__/realCatalog';

jest.setTimeout(60_000);

const V = 'data-mesh-portfolio.io/v1alpha1';

const goodEntities = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: checkout-team }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata:
  name: orders
  annotations: { data-mesh-portfolio.io/phase: scale }
spec: { owner: checkout-team, type: source-aligned }
---
apiVersion: ${V}
kind: DataProduct
metadata: { name: orders-events }
spec:
  owner: checkout-team
  domain: orders
  lifecycle: active
  outputPorts: [{ name: order-events, type: topic }]
  requiresCapabilities: [stream-ingestion]
---
apiVersion: ${V}
kind: DataProduct
metadata: { name: order-history }
spec:
  owner: checkout-team
  domain: orders
  lifecycle: active
  inputPorts: [{ name: events, dataProduct: orders-events, port: order-events }]
  outputPorts: [{ name: order-lines, type: table }]
---
apiVersion: ${V}
kind: UseCase
metadata: { name: checkout-dashboard }
spec:
  owner: checkout-team
  domain: orders
  status: live
  consumes: [order-history#order-lines]
  requiresCapabilities: [bi-dashboards]
---
apiVersion: ${V}
kind: PlatformCapability
metadata: { name: stream-ingestion }
spec: { owner: checkout-team, status: available, implementedBy: [component:ingestion] }
`;

const badEntities = `
apiVersion: ${V}
kind: DataProduct
metadata: { name: typo-port }
spec:
  owner: checkout-team
  domain: orders
  lifecycle: active
  outputPorts: [{ name: lines, type: tabel }]
---
apiVersion: ${V}
kind: UseCase
metadata: { name: no-status }
spec: { owner: checkout-team }
---
apiVersion: data-mesh-portfolio.io/v2
kind: PlatformCapability
metadata: { name: future-version }
spec: { owner: checkout-team, status: available }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata:
  name: payments
  annotations: { data-mesh-portfolio.io/phase: growing }
spec: { owner: checkout-team }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: commerce
  annotations: { data-mesh-portfolio.io/phase: Scale }
spec: { type: business-unit, children: [checkout-team] }
`;

describe('catalog module data-mesh, in a real catalog backend', () => {
  let catalog: RealCatalog;
  const getEntity = (ref: string) => catalog.getEntity(ref);

  beforeAll(async () => {
    catalog = await startRealCatalog({
      'good.yaml': goodEntities,
      'bad.yaml': badEntities,
    });
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  /** Waits until the entity is stitched with at least `count` relations. */
  const stitched = (ref: string, count: number) =>
    eventually(async () => {
      const entity = await getEntity(ref);
      return entity && (entity.relations ?? []).length >= count
        ? entity
        : undefined;
    });

  it('ingests every good entity with both directions of its relations', async () => {
    const history = await stitched('dataproduct:default/order-history', 4);
    expect(history.spec?.lifecycle).toBe('active');
    expect(relationsOf(history)).toEqual([
      'dataMeshDataProductConsumedBy usecase:default/checkout-dashboard',
      'dependsOn dataproduct:default/orders-events',
      'ownedBy group:default/checkout-team',
      'partOf domain:default/orders',
    ]);

    const events = await stitched('dataproduct:default/orders-events', 4);
    expect(relationsOf(events)).toEqual([
      'dataMeshRequiresCapability platformcapability:default/stream-ingestion',
      'dependencyOf dataproduct:default/order-history',
      'ownedBy group:default/checkout-team',
      'partOf domain:default/orders',
    ]);

    const useCase = await stitched('usecase:default/checkout-dashboard', 4);
    expect(relationsOf(useCase)).toEqual([
      'dataMeshConsumesDataProduct dataproduct:default/order-history',
      // The capability is referenced but not in the catalog: not an error.
      'dataMeshRequiresCapability platformcapability:default/bi-dashboards',
      'ownedBy group:default/checkout-team',
      'partOf domain:default/orders',
    ]);

    const capability = await stitched(
      'platformcapability:default/stream-ingestion',
      3,
    );
    expect(relationsOf(capability)).toEqual([
      'dataMeshCapabilityRequiredBy dataproduct:default/orders-events',
      'dataMeshImplementedBy component:default/ingestion',
      'ownedBy group:default/checkout-team',
    ]);

    const domain = await stitched('domain:default/orders', 4);
    expect(relationsOf(domain)).toEqual(
      expect.arrayContaining([
        'hasPart dataproduct:default/order-history',
        'hasPart dataproduct:default/orders-events',
        'hasPart usecase:default/checkout-dashboard',
      ]),
    );
  });

  it('ingests a Group with an invalid phase annotation, with its relations, and logs a warning naming the field', async () => {
    const commerce = await stitched('group:default/commerce', 1);
    expect(relationsOf(commerce)).toEqual([
      'parentOf group:default/checkout-team',
    ]);
    const team = await stitched('group:default/checkout-team', 1);
    expect(relationsOf(team)).toContain('childOf group:default/commerce');
    expect(catalog.processingErrors.has('group:default/commerce')).toBe(false);
    expect(catalog.logger.warn).toHaveBeenCalledWith(
      'Ignoring the data-mesh annotations of group:default/commerce, which declare no phase until fixed: metadata.annotations["data-mesh-portfolio.io/phase"] must be one of bootstrap, scale, exploit; got "Scale"',
    );
  });

  it('reports a clear processing error for each bad entity and ingests none of them', async () => {
    const expected: Record<string, string> = {
      'dataproduct:default/typo-port':
        'spec.outputPorts[0].type must be one of table, view, topic, file, api, other; got "tabel"',
      'usecase:default/no-status': 'spec.status is required',
      'platformcapability:default/future-version':
        'apiVersion data-mesh-portfolio.io/v2 is not supported by this release; supported versions: data-mesh-portfolio.io/v1alpha1',
      'domain:default/payments':
        'metadata.annotations["data-mesh-portfolio.io/phase"] must be one of bootstrap, scale, exploit; got "growing"',
    };
    await eventually(async () =>
      Object.keys(expected).every(ref => catalog.processingErrors.has(ref))
        ? true
        : undefined,
    );
    for (const [ref, message] of Object.entries(expected)) {
      expect(catalog.processingErrors.get(ref)).toContain(message);
      expect(await getEntity(ref)).toBeUndefined();
    }
  });
});
