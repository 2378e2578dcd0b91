import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  PORTFOLIO_ENTITY_KINDS,
  canonicalFacts,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  organisationSize,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
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

  it.each([
    ['the example organisation', loadExampleEntities],
    [
      'a synthetic organisation',
      () => syntheticOrganisation(organisationSize(300)),
    ],
  ])('reads from %s the facts its whole entities give', async (_, load) => {
    const entities = load();
    // The catalog's projection of each stream's fields (the mock's is
    // the same), against the facts of the unprojected entities.
    const { facts, entities: read } = await readCatalogFacts(
      catalogServiceMock({ entities }),
      auth,
      { pageSize: 50 },
    );
    expect(canonicalFacts(facts)).toEqual(
      canonicalFacts(factsFromEntities(entities)),
    );
    expect(read).toBe(
      entities.filter(e => PORTFOLIO_ENTITY_KINDS.includes(e.kind)).length,
    );
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
