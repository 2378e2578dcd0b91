import request from 'supertest';
import Ajv2020 from 'ajv/dist/2020';
import SwaggerParser from '@apidevtools/swagger-parser';
import { openApiSpec } from '../schema/openApiSpec';
import { undocumentedFields } from '../__testUtils__/undocumentedFields';
import { ALICE, BOB, HIDDEN_FROM_BOB, getAs } from '../__testUtils__/routerApp';
import { makeContractApp } from '../__testUtils__/contractApp';

jest.setTimeout(60_000);

/*
 * The contract routes over versions the real recompute stored (see
 * makeContractApp).
 */
async function contractApp() {
  return (await makeContractApp()).app;
}

const ORDERS = '/contracts/default/orders-contract';

describe('the contract routes', () => {
  let app: Awaited<ReturnType<typeof contractApp>>;
  beforeAll(async () => {
    app = await contractApp();
  });

  it("gives a contract's versions newest first, each with its classified changes", async () => {
    const res = await getAs(app, `${ORDERS}/versions`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      api: 'api:default/orders-contract',
      stale: false,
      totalItems: 2,
      offset: 0,
      limit: 50,
    });
    expect(res.body.items[0]).toEqual({
      sequence: 2,
      seenAt: expect.any(String),
      version: '1.3.0',
      status: 'active',
      breaking: true,
      unannounced: true,
      changeCount: 2,
      breakingCount: 1,
      changes: [
        {
          path: 'schema.orders.properties.customer_id',
          kind: 'property-removed',
          class: 'breaking',
        },
        { path: 'version', kind: 'version-changed', class: 'non-breaking' },
      ],
    });
    expect(res.body.items[1]).toMatchObject({
      sequence: 1,
      version: '1.2.0',
      breaking: false,
      changes: [],
    });
    const second = await getAs(app, `${ORDERS}/versions?limit=1&offset=1`);
    expect(second.body.items.map((v: any) => v.sequence)).toEqual([1]);
    expect(second.body.totalItems).toBe(2);
  });

  it('gives whom the newest breaking change reaches, real use cases first, paged', async () => {
    const res = await getAs(app, `${ORDERS}/impact`);
    expect(res.status).toBe(200);
    expect(res.body.change.sequence).toBe(2);
    expect(res.body.useCases.totalItems).toBe(5);
    expect(res.body.useCases.realItems).toBe(4);
    expect(res.body.useCases.items.map((u: any) => u.ref)).toEqual([
      'usecase:default/fraud',
      'usecase:default/dash',
      'usecase:default/kpi-board',
      'usecase:default/secret-plan',
      'usecase:default/idea',
    ]);
    expect(res.body.useCases.items[0]).toEqual({
      ref: 'usecase:default/fraud',
      title: 'fraud',
      reach: 'port',
      through: 'dataproduct:default/orders',
      status: 'live',
      real: true,
    });
    expect(res.body.dataProducts).toEqual({
      totalItems: 2,
      items: [
        {
          ref: 'dataproduct:default/revenue',
          title: 'revenue',
          reach: 'port',
          through: 'dataproduct:default/orders',
        },
        {
          ref: 'dataproduct:default/finance-kpis',
          title: 'finance-kpis',
          reach: 'lineage',
          through: 'dataproduct:default/revenue',
        },
      ],
    });
    const page = await getAs(
      app,
      `${ORDERS}/impact?version=2&limit=1&offset=1`,
    );
    expect(page.body.useCases.items.map((u: any) => u.ref)).toEqual([
      'usecase:default/dash',
    ]);
    expect(page.body.dataProducts.items.map((u: any) => u.ref)).toEqual([
      'dataproduct:default/finance-kpis',
    ]);
    // The first version changed nothing: it reaches no one.
    const first = await getAs(app, `${ORDERS}/impact?version=1`);
    expect(first.body.useCases).toEqual({
      totalItems: 0,
      realItems: 0,
      items: [],
    });
  });

  it('gives the breaking changes that reach a use case, since when and why', async () => {
    const res = await getAs(
      app,
      '/entities/usecase/default/kpi-board/contract-risks',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'usecase:default/kpi-board',
      totalItems: 1,
      stale: false,
    });
    expect(res.body.items).toEqual([
      {
        api: 'api:default/orders-contract',
        sequence: 2,
        seenAt: expect.any(String),
        version: '1.3.0',
        unannounced: true,
        breakingCount: 1,
        breakingPaths: ['schema.orders.properties.customer_id'],
        reach: 'lineage',
        through: 'dataproduct:default/finance-kpis',
      },
    ]);
    const versions = await getAs(app, `${ORDERS}/versions`);
    expect(res.body.items[0].seenAt).toBe(versions.body.items[0].seenAt);
    const untouched = await getAs(
      app,
      '/entities/DataProduct/default/orders/contract-risks',
    );
    expect(untouched.body).toMatchObject({ totalItems: 0, items: [] });
  });

  it('answers bad input with a 400 naming it, and unknown contracts and versions with a 404', async () => {
    for (const path of [
      `${ORDERS}/impact?version=abc`,
      `${ORDERS}/impact?version=0`,
      `${ORDERS}/versions?limit=51`,
      `${ORDERS}/versions?shape=round`,
      '/entities/group/default/team-a/contract-risks',
    ]) {
      const res = await getAs(app, path);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.error.message).toMatch(/version|limit|shape|kind/);
    }
    expect((await getAs(app, `${ORDERS}/impact?version=9`)).status).toBe(404);
    expect(
      (await getAs(app, '/contracts/default/no-such-contract/versions')).status,
    ).toBe(404);
    expect((await request(app).get(`${ORDERS}/versions`)).status).toBe(401);
  });

  it.each([
    ['/contracts/{namespace}/{name}/versions', `${ORDERS}/versions`, ALICE],
    ['/contracts/{namespace}/{name}/impact', `${ORDERS}/impact`, ALICE],
    ['/contracts/{namespace}/{name}/impact', `${ORDERS}/impact`, BOB],
    [
      '/entities/{kind}/{namespace}/{name}/contract-risks',
      '/entities/usecase/default/kpi-board/contract-risks',
      BOB,
    ],
    [
      '/contracts/{namespace}/{name}/impact',
      `${ORDERS}/impact?version=7`,
      ALICE,
    ],
  ])('answers %s as documented (%s as %s)', async (route, url, user) => {
    const document: any = await SwaggerParser.dereference(await openApiSpec());
    const res = await getAs(app, url, user);
    const schema =
      document.paths[route].get.responses[res.status].content[
        'application/json'
      ].schema;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate.errors ?? validate(res.body)).toBe(true);
    expect(undocumentedFields(res.body, schema)).toEqual([]);
  });

  describe('for a caller who may not read everything', () => {
    it('answers a contract the caller may not read as unknown', async () => {
      for (const path of [
        '/contracts/default/secret-contract/versions',
        '/contracts/default/secret-contract/impact',
        '/entities/usecase/default/secret-plan/contract-risks',
      ]) {
        const asBob = await getAs(app, path, BOB);
        expect([path, asBob.status]).toEqual([path, 404]);
        // The same answer as for an entity the catalog does not hold.
        expect(asBob.body.error.name).toBe('NotFoundError');
        expect(asBob.body.error.message).toMatch(/^No (api|usecase):default\//);
        expect((await getAs(app, path, ALICE)).status).toBe(200);
      }
    });

    it('counts and names only the reached entities the caller may read', async () => {
      const asBob = await getAs(app, `${ORDERS}/impact`, BOB);
      expect(asBob.status).toBe(200);
      expect(asBob.body.useCases.totalItems).toBe(4);
      expect(asBob.body.useCases.realItems).toBe(3);
      expect(asBob.body.useCases.items.map((u: any) => u.ref)).toEqual([
        'usecase:default/fraud',
        'usecase:default/dash',
        'usecase:default/kpi-board',
        'usecase:default/idea',
      ]);
      // kpi-board is reached through a data product Bob may not read.
      expect(asBob.body.useCases.items[2].through).toBeNull();
      expect(asBob.body.dataProducts.totalItems).toBe(1);
      const text = JSON.stringify(asBob.body);
      for (const hidden of HIDDEN_FROM_BOB) {
        expect(text).not.toContain(hidden.split('/')[1]);
      }
    });

    it('leaves out the risks of contracts the caller may not read, and the hidden data products they pass through', async () => {
      const planning = '/entities/usecase/default/planning/contract-risks';
      expect((await getAs(app, planning, ALICE)).body.totalItems).toBe(1);
      const asBob = await getAs(app, planning, BOB);
      expect(asBob.body).toMatchObject({ totalItems: 0, items: [] });
      const board = await getAs(
        app,
        '/entities/usecase/default/kpi-board/contract-risks',
        BOB,
      );
      expect(board.body.items.map((r: any) => [r.api, r.through])).toEqual([
        ['api:default/orders-contract', null],
      ]);
    });
  });
});
