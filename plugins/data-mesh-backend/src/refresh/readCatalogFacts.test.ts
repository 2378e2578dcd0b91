import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { readCatalogFacts } from './readCatalogFacts';

const auth = mockServices.auth();

describe('readCatalogFacts', () => {
  it('reads every page of the portfolio kinds as facts', async () => {
    const entities = loadExampleEntities();
    const { facts, reused } = await readCatalogFacts(
      catalogServiceMock({ entities }),
      auth,
      { pageSize: 7 },
    );
    expect(facts.dataProducts).toHaveLength(
      entities.filter(e => e.kind === 'DataProduct').length,
    );
    expect(facts.useCases).toHaveLength(
      entities.filter(e => e.kind === 'UseCase').length,
    );
    expect(reused).toBe(0);
  });

  it('holds no second copy of the held facts a new read finds unchanged', async () => {
    const entities = loadExampleEntities();
    const catalog = catalogServiceMock({ entities });
    const held = (await readCatalogFacts(catalog, auth)).facts;
    const edited = entities.find(e => e.kind === 'DataProduct')!;
    edited.metadata.title = 'Renamed';

    const { facts, reused } = await readCatalogFacts(catalog, auth, {
      pageSize: 7,
      held,
    });
    const all = (f: typeof facts) => [
      ...f.domains,
      ...f.dataProducts,
      ...f.useCases,
      ...f.capabilities,
      ...f.groups,
      ...(f.apis ?? []),
    ];
    const heldByRef = new Map(all(held).map(fact => [fact.ref, fact]));
    const copies = all(facts).filter(fact => fact !== heldByRef.get(fact.ref));
    expect(copies.map(fact => (fact as { title?: string }).title)).toEqual([
      'Renamed',
    ]);
    expect(reused).toBe(all(facts).length - 1);
  });
});
