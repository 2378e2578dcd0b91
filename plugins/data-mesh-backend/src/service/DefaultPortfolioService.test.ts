import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { DefaultPortfolioService } from './DefaultPortfolioService';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('DefaultPortfolioService', () => {
  async function setup() {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const catalog = catalogServiceMock({ entities: loadExampleEntities() });
    let clock = new Date('2026-11-20T10:00:00.000Z');
    const service = new DefaultPortfolioService({
      store,
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      options: readDataMeshBackendOptions(new ConfigReader({})),
      now: () => clock,
    });
    return {
      service,
      catalog,
      store,
      setClock: (iso: string) => {
        clock = new Date(iso);
      },
    };
  }

  it('reads the catalog in pages with a field projection', async () => {
    const { service, catalog } = await setup();
    const stream = jest.spyOn(catalog, 'streamEntities');
    await service.refresh();
    expect(stream).toHaveBeenCalledTimes(1);
    const [request] = stream.mock.calls[0];
    expect(request?.fields).toEqual(
      expect.arrayContaining(['kind', 'metadata.name', 'spec.inputPorts']),
    );
    expect(request?.fields).not.toContain('spec');
    expect(request?.pageSize).toBe(500);
  });

  it('keeps serving the last snapshot, marked stale, when the catalog cannot be read', async () => {
    const { service, catalog, setClock } = await setup();
    await service.refresh();
    const before = await service.getAssessment('organization');
    expect(before?.stale).toBe(false);

    jest.spyOn(catalog, 'streamEntities').mockImplementation(() => {
      throw new Error('catalog unavailable');
    });
    setClock('2026-11-20T10:10:00.000Z');
    await expect(service.refresh()).rejects.toThrow('catalog unavailable');

    const after = await service.getAssessment('organization');
    expect(after).toEqual({ ...before, stale: true });

    jest.restoreAllMocks();
    setClock('2026-11-20T10:20:00.000Z');
    await service.refresh();
    expect(await service.getAssessment('organization')).toMatchObject({
      stale: false,
      computedAt: '2026-11-20T10:20:00.000Z',
    });
  });

  it('drops history older than the retention', async () => {
    const { service, store, setClock } = await setup();
    setClock('2023-01-01T10:00:00.000Z');
    await service.refresh();
    setClock('2026-11-20T10:00:00.000Z');
    await service.refresh();
    expect(
      (await store.getHistory('organization', {})).map(p => p.date),
    ).toEqual(['2026-11-20']);
  });
});
