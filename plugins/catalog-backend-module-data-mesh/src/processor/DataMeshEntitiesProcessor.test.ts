import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { isDataMeshEntityCandidate } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { malformedDataMeshDocuments } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import { DataMeshEntitiesProcessor } from './DataMeshEntitiesProcessor';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

async function relationsOf(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  await new DataMeshEntitiesProcessor().postProcessEntity(
    entity,
    location,
    result => emitted.push(result),
  );
  return emitted.map(result => {
    if (result.type !== 'relation')
      throw new Error(`unexpected ${result.type}`);
    const { source, type, target } = result.relation;
    // The catalog compares kinds and names case-insensitively; so does this.
    const ref = (r: typeof source) =>
      `${r.kind}:${r.namespace}/${r.name}`.toLocaleLowerCase('en-US');
    return `${ref(source)} ${type} ${ref(target)}`;
  });
}

const dataProduct: Entity = {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'order-history', namespace: 'retail' },
  spec: {
    owner: 'checkout-team',
    domain: 'orders',
    lifecycle: 'active',
    inputPorts: [
      { name: 'events', dataProduct: 'orders-events', port: 'order-events' },
      { name: 'erp', external: 'ERP' },
    ],
    outputPorts: [{ name: 'order-lines', type: 'table' }],
    requiresCapabilities: [
      'batch-ingestion',
      'platformcapability:shared/lakehouse',
    ],
  },
};

describe('DataMeshEntitiesProcessor', () => {
  const processor = new DataMeshEntitiesProcessor();

  describe('validateEntityKind', () => {
    it('claims valid data-mesh entities', async () => {
      await expect(processor.validateEntityKind(dataProduct)).resolves.toBe(
        true,
      );
    });

    it('leaves other kinds alone', async () => {
      await expect(
        processor.validateEntityKind({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'x' },
          spec: {},
        }),
      ).resolves.toBe(false);
    });

    // The shared table of malformed documents, which the CLI is tested
    // against too: the catalog rejects each with exactly the expected message.
    it.each(
      malformedDataMeshDocuments.filter(([, document]) =>
        isDataMeshEntityCandidate(document as Entity),
      ),
    )('rejects %s', async (_what, document, expected) => {
      await expect(
        processor.validateEntityKind(document as Entity),
      ).rejects.toThrow(expected);
    });

    it('throws with field paths for a malformed data product', async () => {
      await expect(
        processor.validateEntityKind({
          ...dataProduct,
          spec: {
            ...dataProduct.spec,
            outputPorts: [{ name: 'order-lines', type: 'tabel' }],
          },
        }),
      ).rejects.toThrow(
        'DataProduct "order-history" is invalid: spec.outputPorts[0].type must be one of table, view, topic, file, api, other; got "tabel"',
      );
    });

    it('checks Domain annotations but leaves the Domain to the built-in processor', async () => {
      const domain: Entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Domain',
        metadata: {
          name: 'orders',
          annotations: { 'data-mesh-portfolio.io/phase': 'scale' },
        },
        spec: { owner: 'checkout-team', type: 'source-aligned' },
      };
      await expect(processor.validateEntityKind(domain)).resolves.toBe(false);
      domain.metadata.annotations!['data-mesh-portfolio.io/phase'] = 'grow';
      await expect(processor.validateEntityKind(domain)).rejects.toThrow(
        'metadata.annotations["data-mesh-portfolio.io/phase"] must be one of bootstrap, scale, exploit; got "grow"',
      );
    });

    // A Group carries identity (ownership, membership): the catalog must
    // keep ingesting it whatever its data-mesh annotations say.
    it.each([
      [
        'a phase that is not one',
        { 'data-mesh-portfolio.io/phase': 'Scale' },
        'metadata.annotations["data-mesh-portfolio.io/phase"] must be one of bootstrap, scale, exploit; got "Scale"',
      ],
      [
        'a reason without a phase',
        { 'data-mesh-portfolio.io/phase-reason': 'Agreed at the review' },
        'metadata.annotations["data-mesh-portfolio.io/phase-reason"] explains a declared phase, so metadata.annotations["data-mesh-portfolio.io/phase"] is required with it',
      ],
    ])(
      "logs a warning for a Group's invalid declared phase (%s) and leaves the Group to the built-in processor",
      async (_what, annotations, problem) => {
        const logger = mockServices.logger.mock();
        const group: Entity = {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'commerce', namespace: 'retail', annotations },
          spec: { type: 'business-unit', children: [] },
        };
        await expect(
          new DataMeshEntitiesProcessor({ logger }).validateEntityKind(group),
        ).resolves.toBe(false);
        expect(logger.warn).toHaveBeenCalledTimes(1);
        expect(logger.warn).toHaveBeenCalledWith(
          `Ignoring the data-mesh annotations of group:retail/commerce, which declare no phase until fixed: ${problem}`,
        );
        // Its relations are emitted as for any Group, by the built-in processor.
        await expect(relationsOf(group)).resolves.toEqual([]);
      },
    );

    it("logs nothing for a Group's valid declared phase", async () => {
      const logger = mockServices.logger.mock();
      const group: Entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'commerce',
          annotations: {
            'data-mesh-portfolio.io/phase': 'exploit',
            'data-mesh-portfolio.io/phase-reason': 'Agreed at the review',
          },
        },
        spec: { type: 'business-unit', children: [] },
      };
      await expect(
        new DataMeshEntitiesProcessor({ logger }).validateEntityKind(group),
      ).resolves.toBe(false);
      expect(logger.warn).not.toHaveBeenCalled();
    });
  });

  describe('postProcessEntity', () => {
    it('emits both directions of ownership, domain, lineage and capability relations for a data product', async () => {
      expect(await relationsOf(dataProduct)).toEqual([
        'dataproduct:retail/order-history ownedBy group:retail/checkout-team',
        'group:retail/checkout-team ownerOf dataproduct:retail/order-history',
        'dataproduct:retail/order-history partOf domain:retail/orders',
        'domain:retail/orders hasPart dataproduct:retail/order-history',
        'dataproduct:retail/order-history dependsOn dataproduct:retail/orders-events',
        'dataproduct:retail/orders-events dependencyOf dataproduct:retail/order-history',
        'dataproduct:retail/order-history dataMeshRequiresCapability platformcapability:retail/batch-ingestion',
        'platformcapability:retail/batch-ingestion dataMeshCapabilityRequiredBy dataproduct:retail/order-history',
        'dataproduct:retail/order-history dataMeshRequiresCapability platformcapability:shared/lakehouse',
        'platformcapability:shared/lakehouse dataMeshCapabilityRequiredBy dataproduct:retail/order-history',
      ]);
    });

    it('emits consumption once per data product for a use case, and no domain relation when it has none', async () => {
      expect(
        await relationsOf({
          apiVersion: 'data-mesh-portfolio.io/v1alpha1',
          kind: 'UseCase',
          metadata: { name: 'dashboard' },
          spec: {
            owner: 'user:amara',
            status: 'live',
            consumes: [
              'order-history#order-lines',
              'Order-History#orders-daily',
            ],
            requiresCapabilities: ['bi-dashboards'],
          },
        }),
      ).toEqual([
        'usecase:default/dashboard ownedBy user:default/amara',
        'user:default/amara ownerOf usecase:default/dashboard',
        'usecase:default/dashboard dataMeshConsumesDataProduct dataproduct:default/order-history',
        'dataproduct:default/order-history dataMeshDataProductConsumedBy usecase:default/dashboard',
        'usecase:default/dashboard dataMeshRequiresCapability platformcapability:default/bi-dashboards',
        'platformcapability:default/bi-dashboards dataMeshCapabilityRequiredBy usecase:default/dashboard',
      ]);
    });

    it('emits implementation relations for a capability', async () => {
      expect(
        await relationsOf({
          apiVersion: 'data-mesh-portfolio.io/v1alpha1',
          kind: 'PlatformCapability',
          metadata: { name: 'lakehouse-storage' },
          spec: {
            owner: 'data-platform',
            status: 'available',
            implementedBy: ['resource:lakehouse'],
          },
        }),
      ).toEqual([
        'platformcapability:default/lakehouse-storage ownedBy group:default/data-platform',
        'group:default/data-platform ownerOf platformcapability:default/lakehouse-storage',
        'platformcapability:default/lakehouse-storage dataMeshImplementedBy resource:default/lakehouse',
        'resource:default/lakehouse dataMeshImplementsCapability platformcapability:default/lakehouse-storage',
      ]);
    });

    it('emits nothing for other kinds', async () => {
      expect(
        await relationsOf({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'x' },
          spec: { owner: 'a' },
        }),
      ).toEqual([]);
    });
  });
});
