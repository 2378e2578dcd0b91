import { fakeDataMeshApi } from './fakeDataMeshApi';
import {
  CONTRACT_API,
  contractHistory,
  contractOrganisation,
} from './contractOrganisation';

// The fixture's figures, as its comments derive them by hand.
describe('contractOrganisation', () => {
  const api = fakeDataMeshApi(contractOrganisation, {
    contracts: { [CONTRACT_API]: contractHistory() },
  });

  it('has a breaking, unannounced second version among three', async () => {
    const page = await api.getContractVersions(CONTRACT_API);
    expect(page.totalItems).toBe(3);
    expect(
      page.items.map(v => [v.sequence, v.version, v.breaking, v.unannounced]),
    ).toEqual([
      [3, '1.2.1', false, false],
      [2, '1.2.0', true, true],
      [1, '1.1.0', false, false],
    ]);
    expect(page.items[1].breakingCount).toBe(2);
    expect(page.items[1].changes.map(c => `${c.class} ${c.path}`)).toEqual([
      'breaking schema.tbl.properties.rcvr_cntry_code',
      'breaking schema.receivers.properties.country_code.logicalType',
      'non-breaking version',
    ]);
  });

  it('reaches 3 use cases (2 real) and 1 data product', async () => {
    const impact = await api.getContractImpact(CONTRACT_API);
    expect(impact.change.sequence).toBe(2);
    expect(impact.useCases.items.map(u => [u.ref, u.reach, u.through])).toEqual(
      [
        [
          'usecase:default/checkout-dashboard',
          'port',
          'dataproduct:default/order-history',
        ],
        [
          'usecase:default/revenue-forecast',
          'lineage',
          'dataproduct:default/order-lines-daily',
        ],
        [
          'usecase:default/basket-ideas',
          'port',
          'dataproduct:default/order-history',
        ],
      ],
    );
    expect(impact.useCases.realItems).toBe(2);
    expect(impact.dataProducts.items.map(p => p.ref)).toEqual([
      'dataproduct:default/order-lines-daily',
    ]);
  });

  it('puts revenue-forecast at risk since the breaking version', async () => {
    const risks = await api.getEntityContractRisks(
      'usecase:default/revenue-forecast',
    );
    expect(risks.items).toEqual([
      {
        api: 'api:default/order-lines-contract',
        sequence: 2,
        seenAt: '2026-11-03T06:00:00.000Z',
        version: '1.2.0',
        unannounced: true,
        breakingCount: 2,
        breakingPaths: [
          'schema.tbl.properties.rcvr_cntry_code',
          'schema.receivers.properties.country_code.logicalType',
        ],
        reach: 'lineage',
        through: 'dataproduct:default/order-lines-daily',
      },
    ]);
    const none = await api.getEntityContractRisks(
      'usecase:default/churn-sketch',
    );
    expect(none.totalItems).toBe(0);
  });
});
