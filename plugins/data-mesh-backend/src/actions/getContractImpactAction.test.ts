import express from 'express';
import { mockCredentials } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { ALICE, BOB, getAs } from '../__testUtils__/routerApp';
import { makeContractApp } from '../__testUtils__/contractApp';
import { registerPortfolioActions } from './registerPortfolioActions';

jest.setTimeout(60_000);

/*
 * `get-contract-impact` over the versions the real recompute stored (see
 * makeContractApp): the route's answer, to each caller, through the
 * registry mock, which validates input and output against the schemas.
 */
describe('get-contract-impact', () => {
  let app: express.Express;
  const registry = actionsRegistryServiceMock();

  beforeAll(async () => {
    const made = await makeContractApp();
    app = made.app;
    registerPortfolioActions(registry, made.authorized);
  });

  const invoke = async (input: object, user = ALICE) =>
    (
      await registry.invoke({
        id: 'test:get-contract-impact',
        input: input as any,
        credentials: mockCredentials.user(user),
      })
    ).output as any;

  it.each([ALICE, BOB])('answers what the API answers, to %s', async user => {
    const pairs: Array<[object, string]> = [
      [
        { contractRef: 'api:default/orders-contract', limit: 50 },
        '/contracts/default/orders-contract/impact?limit=50',
      ],
      [
        { contractRef: 'orders-contract', version: 2, limit: 1, offset: 1 },
        '/contracts/default/orders-contract/impact?version=2&limit=1&offset=1',
      ],
    ];
    for (const [input, route] of pairs) {
      const { body, status } = await getAs(app, route, user);
      expect(status).toBe(200);
      expect(await invoke(input, user)).toEqual(body);
    }
    // Sanity: the answers differ per caller (Bob may not read secret-plan).
    const all = await invoke({ contractRef: 'orders-contract' }, user);
    expect(all.useCases.totalItems).toBe(user === ALICE ? 5 : 4);
  });

  it('refuses a contract the caller may not read, and a ref that is no API', async () => {
    await expect(
      invoke({ contractRef: 'api:default/secret-contract' }, BOB),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(
      (await invoke({ contractRef: 'api:default/secret-contract' }, ALICE))
        .useCases.totalItems,
    ).toBe(1);
    await expect(
      invoke({ contractRef: 'usecase:default/fraud' }),
    ).rejects.toThrow(/"contractRef" must be a data contract's API entity/);
    await expect(
      invoke({ contractRef: 'orders-contract', version: 0 }),
    ).rejects.toThrow(/version/);
  });
});
