import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { isDataMeshEntityCandidate } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { malformedDataMeshDocuments } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DataMeshEntitiesProcessor,
  DataMeshEntitiesProcessorOptions,
} from './DataMeshEntitiesProcessor';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

async function relationsOf(
  entity: Entity,
  options?: DataMeshEntitiesProcessorOptions,
) {
  const emitted: CatalogProcessorResult[] = [];
  await new DataMeshEntitiesProcessor(options).postProcessEntity(
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

    describe('an API of type odcs', () => {
      const api = (type: string, definition: string): Entity => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: { name: 'orders-contract' },
        spec: { type, lifecycle: 'production', owner: 'team', definition },
      });
      const contract = (logicalType: string) =>
        [
          'apiVersion: v3.1.0',
          'kind: DataContract',
          'id: orders',
          'version: 1.0.0',
          'status: active',
          'schema:',
          '  - name: orders',
          '    properties:',
          '      - name: order_id',
          '        logicalType: string',
          '      - name: amount',
          `        logicalType: ${logicalType}`,
        ].join('\n');

      it('is left to the built-in processor when its definition is a valid contract', async () => {
        await expect(
          processor.validateEntityKind(api('odcs', contract('number'))),
        ).resolves.toBe(false);
      });

      it('fails with the field path and line when the contract is invalid', async () => {
        await expect(
          processor.validateEntityKind(api('odcs', contract('decimal'))),
        ).rejects.toThrow(
          'API "orders-contract" spec.definition is invalid: schema[0].properties[1].logicalType must be one of string, date, timestamp, time, number, integer, object, array, boolean; got "decimal" (line 12)',
        );
      });

      it('fails with the line when the definition is not YAML', async () => {
        await expect(
          processor.validateEntityKind(api('odcs', 'id: [orders\nkind: x')),
        ).rejects.toThrow(
          /^API "orders-contract" spec.definition is invalid: the definition is not valid YAML or JSON: line \d+: /,
        );
      });

      it('leaves APIs of other types unread', async () => {
        await expect(
          processor.validateEntityKind(api('openapi', 'id: [orders')),
        ).resolves.toBe(false);
      });
    });

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

  describe('contracts', () => {
    const V = 'data-mesh-portfolio.io/v1alpha1';
    // An upstream product in namespace retail whose two ports name contract
    // APIs, one in its own namespace and one elsewhere; a third has none.
    const orders: Entity = {
      apiVersion: V,
      kind: 'DataProduct',
      metadata: { name: 'orders', namespace: 'retail' },
      spec: {
        owner: 'team',
        domain: 'sales',
        lifecycle: 'active',
        outputPorts: [
          { name: 'lines', type: 'table', contract: { api: 'lines-contract' } },
          {
            name: 'events',
            type: 'topic',
            contract: { api: 'api:shared/order-events', ref: './events.yaml' },
          },
          { name: 'raw', type: 'file' },
        ],
      },
    };
    const useCase = (...consumes: string[]): Entity => ({
      apiVersion: V,
      kind: 'UseCase',
      metadata: { name: 'dash' },
      spec: { owner: 'team', status: 'live', consumes },
    });
    // A catalog holding the entities, its reads spied on.
    const withCatalog = (entities: Entity[]) => {
      const catalog = catalogServiceMock({ entities });
      const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
      return { catalog, auth: mockServices.auth(), getEntitiesByRefs };
    };
    const consumed = (relations: string[]) =>
      relations.filter(r => / (consumesApi|apiConsumedBy) /.test(r));

    it('emits providesApi and apiProvidedBy for each port naming its contract API', async () => {
      expect(
        (await relationsOf(orders)).filter(r =>
          /providesApi|apiProvidedBy/.test(r),
        ),
      ).toEqual([
        'dataproduct:retail/orders providesApi api:retail/lines-contract',
        'api:retail/lines-contract apiProvidedBy dataproduct:retail/orders',
        'dataproduct:retail/orders providesApi api:shared/order-events',
        'api:shared/order-events apiProvidedBy dataproduct:retail/orders',
      ]);
    });

    it('emits providesApi once for two ports sharing a contract API', async () => {
      const shared: Entity = {
        ...orders,
        spec: {
          ...orders.spec,
          outputPorts: [
            { name: 'a', type: 'table', contract: { api: 'lines-contract' } },
            {
              name: 'b',
              type: 'view',
              contract: { api: 'API:retail/Lines-Contract' },
            },
          ],
        },
      };
      expect(
        (await relationsOf(shared)).filter(r => / providesApi /.test(r)),
      ).toEqual([
        'dataproduct:retail/orders providesApi api:retail/lines-contract',
      ]);
    });

    it("emits consumesApi both ways for a use case's product#port: that port's contract only", async () => {
      expect(
        consumed(
          await relationsOf(
            useCase('retail/orders#events'),
            withCatalog([orders]),
          ),
        ),
      ).toEqual([
        'usecase:default/dash consumesApi api:shared/order-events',
        'api:shared/order-events apiConsumedBy usecase:default/dash',
      ]);
    });

    it('emits consumesApi for every port contract of a product named without a port, each once', async () => {
      expect(
        consumed(
          await relationsOf(
            useCase(
              'retail/orders',
              'retail/orders#lines',
              'retail/orders#raw',
            ),
            withCatalog([orders]),
          ),
        ),
      ).toEqual([
        'usecase:default/dash consumesApi api:retail/lines-contract',
        'api:retail/lines-contract apiConsumedBy usecase:default/dash',
        'usecase:default/dash consumesApi api:shared/order-events',
        'api:shared/order-events apiConsumedBy usecase:default/dash',
      ]);
    });

    it("emits consumesApi for a downstream product's input port naming a product and port", async () => {
      const downstream: Entity = {
        apiVersion: V,
        kind: 'DataProduct',
        metadata: { name: 'revenue', namespace: 'retail' },
        spec: {
          owner: 'team',
          domain: 'sales',
          lifecycle: 'active',
          inputPorts: [{ name: 'in', dataProduct: 'orders', port: 'lines' }],
        },
      };
      expect(
        consumed(await relationsOf(downstream, withCatalog([orders]))),
      ).toEqual([
        'dataproduct:retail/revenue consumesApi api:retail/lines-contract',
        'api:retail/lines-contract apiConsumedBy dataproduct:retail/revenue',
      ]);
    });

    it('reads the products once per entity, with its own service credentials and only the ports', async () => {
      const options = withCatalog([orders]);
      await relationsOf(
        useCase('retail/orders#lines', 'retail/orders#events', 'nowhere'),
        options,
      );
      expect(options.getEntitiesByRefs).toHaveBeenCalledTimes(1);
      expect(options.getEntitiesByRefs).toHaveBeenCalledWith(
        {
          entityRefs: [
            'dataproduct:retail/orders',
            'dataproduct:default/nowhere',
          ],
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.outputPorts',
          ],
        },
        {
          credentials: expect.objectContaining({
            principal: { type: 'service', subject: 'plugin:test' },
          }),
        },
      );
    });

    it('emits no consumesApi, and no error, for a product not (yet) in the catalog', async () => {
      const relations = await relationsOf(
        useCase('retail/orders#lines'),
        withCatalog([]),
      );
      expect(consumed(relations)).toEqual([]);
      expect(relations).toContain(
        'usecase:default/dash dataMeshConsumesDataProduct dataproduct:retail/orders',
      );
    });

    it('does not read the catalog for an entity that reads no port', async () => {
      const options = withCatalog([orders]);
      await relationsOf(orders, options);
      expect(options.getEntitiesByRefs).not.toHaveBeenCalled();
    });

    it('fails processing, naming the entity, when the catalog cannot be read', async () => {
      const options = withCatalog([orders]);
      options.getEntitiesByRefs.mockRejectedValue(
        new Error('connect ECONNREFUSED'),
      );
      await expect(
        relationsOf(useCase('retail/orders#lines'), options),
      ).rejects.toThrow(
        "Could not read the data products usecase:default/dash consumes, to find their ports' contracts: Error: connect ECONNREFUSED",
      );
    });
  });
});
