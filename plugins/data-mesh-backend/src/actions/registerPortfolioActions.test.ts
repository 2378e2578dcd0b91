import express from 'express';
import { mockCredentials } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import {
  ALICE,
  BOB,
  CAROL,
  HIDDEN_FROM_BOB,
  getAs,
  makeRouterApp,
} from '../__testUtils__/routerApp';
import { registerPortfolioActions } from './registerPortfolioActions';

/*
 * The actions over the same authorized service the router uses, on the
 * example organisation: each answers what its route answers, for the same
 * caller (Bob and Carol may not read payment-fraud-detection, the
 * marketing domain, the finance group and the report mailer; Bob has no
 * platform view). The registry mock validates inputs and outputs against
 * the actions' schemas, as the real registry does.
 */

const now = () => new Date('2026-11-26T10:00:00.000Z');

describe('the portfolio actions', () => {
  let app: express.Express;
  const registry = actionsRegistryServiceMock();

  beforeAll(async () => {
    const made = await makeRouterApp({
      entities: loadExampleEntities(),
      compute: true,
      now,
    });
    app = made.app;
    registerPortfolioActions(registry, made.authorized);
  });

  const invoke = async (name: string, input: object, user = ALICE) =>
    (
      await registry.invoke({
        id: `test:${name}`,
        input: input as any,
        credentials: mockCredentials.user(user),
      })
    ).output as any;

  /** Every entity ref anywhere in an answer. */
  const refsIn = (answer: unknown): string[] =>
    JSON.stringify(answer).match(/[a-z]+:default\/[a-z0-9-]+/g) ?? [];

  it('are all read-only, with input and output schemas', async () => {
    const { actions } = await registry.list();
    expect(actions.map(a => a.name).sort()).toEqual([
      'get-contract-impact',
      'get-entity-needs',
      'get-phase',
      'get-use-case-portfolio',
      'list-capability-demand',
      'list-roadmap',
    ]);
    for (const action of actions) {
      expect(action.attributes).toEqual({
        readOnly: true,
        idempotent: true,
        destructive: false,
      });
      expect(action.schema.output).toMatchObject({ type: 'object' });
    }
  });

  it.each([ALICE, BOB])('answer what the API answers, to %s', async user => {
    const pairs: Array<[string, object, string]> = [
      ['get-phase', { scope: 'organization' }, '/phase?scope=organization'],
      [
        'get-phase',
        { scope: 'group:default/commerce' },
        '/phase?scope=group:default/commerce',
      ],
      ['list-capability-demand', { limit: 50 }, '/capabilities?limit=50'],
      [
        'get-entity-needs',
        { entityRef: 'usecase:default/delivery-sla-monitoring', limit: 50 },
        '/entities/usecase/default/delivery-sla-monitoring/capabilities?limit=50',
      ],
      ['get-use-case-portfolio', {}, '/use-cases'],
      [
        'list-capability-demand',
        { status: 'building', category: 'processing', limit: 50 },
        '/capabilities?status=building&category=processing&limit=50',
      ],
    ];
    for (const [name, input, route] of pairs) {
      const { body, status } = await getAs(app, route, user);
      expect(status).toBe(200);
      expect(await invoke(name, input, user)).toEqual(body);
    }
  });

  it('leave out what the caller may not read, as the API does', async () => {
    const forAlice = refsIn([
      await invoke('list-capability-demand', { limit: 50 }),
      await invoke('get-use-case-portfolio', {}),
    ]);
    const forBob = refsIn([
      await invoke('list-capability-demand', { limit: 50 }, BOB),
      await invoke('get-use-case-portfolio', {}, BOB),
    ]);
    // Alice's answers name hidden entities, so their absence for Bob means
    // something.
    expect(forAlice.filter(r => HIDDEN_FROM_BOB.has(r))).not.toEqual([]);
    expect(forBob.filter(r => HIDDEN_FROM_BOB.has(r))).toEqual([]);
    expect(forBob.length).toBeGreaterThan(0);

    const fraud = { entityRef: 'usecase:default/payment-fraud-detection' };
    expect((await invoke('get-entity-needs', fraud)).entityRef).toBe(
      fraud.entityRef,
    );
    await expect(invoke('get-entity-needs', fraud, BOB)).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });

  it('give the roadmap to the platform view only', async () => {
    await expect(invoke('list-roadmap', {}, BOB)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    const { body } = await getAs(app, '/roadmap?limit=50', CAROL);
    const forCarol = await invoke('list-roadmap', { limit: 50 }, CAROL);
    expect(forCarol).toEqual(body);
    expect(forCarol.items.length).toBeGreaterThan(0);
    // The route's filters reach the action from the document.
    const planned = await getAs(app, '/roadmap?status=planned&limit=50');
    expect(planned.body.items.length).toBeGreaterThan(0);
    expect(
      await invoke('list-roadmap', { status: 'planned', limit: 50 }),
    ).toEqual(planned.body);
    expect(refsIn(forCarol).filter(r => HIDDEN_FROM_BOB.has(r))).toEqual([]);
  });

  it('page within their bound, and the pages add up', async () => {
    const first = await invoke('list-capability-demand', { limit: 3 });
    expect(first.items.length).toBeLessThanOrEqual(3);
    const rest = await invoke('list-capability-demand', {
      offset: 3,
      limit: 50,
    });
    const all = await invoke('list-capability-demand', { limit: 50 });
    expect(first.totalItems).toBe(all.items.length);
    expect([...first.items, ...rest.items]).toEqual(all.items);
    await expect(
      invoke('list-capability-demand', { limit: 51 }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });

  it('refuse a scope or entity they do not know how to read', async () => {
    await expect(
      invoke('get-phase', { scope: 'component:default/x' }),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      invoke('get-entity-needs', { entityRef: 'domain:default/orders' }),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      invoke('get-phase', { scope: 'domain:default/nowhere' }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
