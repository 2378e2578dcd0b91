import express from 'express';
import { mockCredentials } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { registerPortfolioActions } from '../actions/registerPortfolioActions';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import {
  ALICE,
  BOB,
  CAROL,
  HIDDEN_FROM_BOB,
  getAs,
  makeRouterApp,
} from '../__testUtils__/routerApp';

/*
 * Beside the example organisation: a domain and a live use case that Bob
 * and Carol may not read (see HIDDEN_FROM_BOB), the use case requiring a
 * capability that no entity offers, so that the capability's name is
 * text written only in an entity they may not read. None of the three
 * names or titles may reach them through any route or action, and no
 * count may change with a filter that only the hidden domain matches.
 */

const HIDDEN_DOMAIN = 'domain:default/mergers-and-acquisitions';
const HIDDEN_USE_CASE = 'usecase:default/secret-initiative';
const SECRET_CAPABILITY =
  'platformcapability:default/secret-initiative-tooling';

/** Words that would reveal the hidden entities, in any letter case. */
const REVEALING = [
  'mergers',
  'acquisitions',
  'secret-initiative',
  'secret initiative',
];

const hiddenEntities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: {
      namespace: 'default',
      name: 'mergers-and-acquisitions',
      title: 'Mergers and Acquisitions',
      description: 'Targets under negotiation.',
    },
    spec: { type: 'consumer-aligned', owner: 'group:default/finance' },
  },
  {
    apiVersion: 'data-mesh-portfolio.io/v1alpha1',
    kind: 'UseCase',
    metadata: {
      namespace: 'default',
      name: 'secret-initiative',
      title: 'Secret Initiative Scoring',
      description: 'Scores acquisition targets.',
    },
    spec: {
      owner: 'group:default/finance',
      domain: 'mergers-and-acquisitions',
      status: 'live',
      personas: ['data-scientist', 'executive'],
      value: 'high',
      complexity: 'low',
      consumes: ['order-history'],
      requiresCapabilities: ['secret-initiative-tooling', 'bi-dashboards'],
    },
  },
];

/** The routes a caller may ask, Bob and Carol alike. */
const READ_ROUTES = [
  '/status',
  '/phase?scope=organization',
  '/phase/history?scope=organization&limit=500',
  '/domains?limit=50',
  '/domains?limit=50&sort=adoption&order=desc',
  '/capabilities?limit=50',
  '/capabilities/default/bi-dashboards',
  '/capabilities/default/bi-dashboards/demand?limit=50',
  '/capabilities/default/bi-dashboards/demand?limit=50&demand=emerging',
  '/capabilities/default/bi-dashboards/domains?limit=50',
  '/capabilities/default/bi-dashboards/data-products?limit=50',
  '/entities/DataProduct/default/order-history/capabilities?limit=50',
  '/references/dangling?limit=500',
  '/use-cases',
  '/use-cases/cell?value=high&complexity=low&limit=50',
  '/use-cases/unrated?limit=50',
  '/use-cases/complementary?limit=50',
  '/business-units?limit=50&level=all',
];

/** The platform view's routes, which Carol may ask. */
const PLATFORM_ROUTES = [
  '/capabilities?view=platform&limit=50',
  '/capabilities?view=platform&limit=50&status=not-offered',
  '/roadmap?limit=50',
  '/roadmap/deprecated?limit=50',
  '/roadmap/default/ml-training/use-cases?limit=50',
  '/roadmap/default/ml-training/use-cases?limit=50&unblocks=partly',
];

const revealed = (body: unknown) => {
  const text = JSON.stringify(body).toLocaleLowerCase('en-US');
  return REVEALING.filter(word => text.includes(word));
};

describe('what a caller may not read', () => {
  let app: express.Express;
  const registry = actionsRegistryServiceMock();

  beforeAll(async () => {
    const made = await makeRouterApp({
      entities: [...loadExampleEntities(), ...hiddenEntities],
      compute: true,
    });
    app = made.app;
    registerPortfolioActions(registry, made.authorized);
  });

  it('is in the answers of a caller who may read it, so that its absence means something', async () => {
    expect(HIDDEN_FROM_BOB).toContain(HIDDEN_DOMAIN);
    expect(HIDDEN_FROM_BOB).toContain(HIDDEN_USE_CASE);
    const domains = await getAs(app, '/domains?q=mergers', ALICE);
    expect(domains.body.items.map((d: any) => d.scope)).toEqual([
      HIDDEN_DOMAIN,
    ]);
    const platform = await getAs(
      app,
      '/capabilities?view=platform&limit=50&status=not-offered',
      ALICE,
    );
    expect(platform.body.items.map((c: any) => c.ref)).toContain(
      SECRET_CAPABILITY,
    );
    const cell = await getAs(
      app,
      '/use-cases/cell?value=high&complexity=low&limit=50',
      ALICE,
    );
    expect(cell.body.items.map((u: any) => u.ref)).toContain(HIDDEN_USE_CASE);
  });

  it.each([
    ...READ_ROUTES.map(route => [route, BOB]),
    ...READ_ROUTES.map(route => [route, CAROL]),
    ...PLATFORM_ROUTES.map(route => [route, CAROL]),
  ])('is named nowhere in %s for %s', async (route, user) => {
    const res = await getAs(app, route, user);
    expect(res.status).toBe(200);
    expect(revealed(res.body)).toEqual([]);
  });

  it('is not counted by a search or a filter that only it matches', async () => {
    for (const q of ['mergers', 'acqui', 'and-acq']) {
      const res = await getAs(app, `/domains?q=${q}`, BOB);
      expect({ q, totalItems: res.body.totalItems }).toEqual({
        q,
        totalItems: 0,
      });
    }
    const asAlice = await getAs(
      app,
      '/domains?archetype=consumer-aligned',
      ALICE,
    );
    const asBob = await getAs(app, '/domains?archetype=consumer-aligned', BOB);
    const scopes = (res: { body: { items: Array<{ scope: string }> } }) =>
      res.body.items.map(d => d.scope);
    expect(scopes(asAlice)).toContain(HIDDEN_DOMAIN);
    const readable = scopes(asAlice).filter(s => !HIDDEN_FROM_BOB.has(s));
    expect(scopes(asBob)).toEqual(readable);
    expect(asBob.body.totalItems).toBe(readable.length);
  });

  it('counts and pages the domains over those the caller may read, without gaps', async () => {
    const all = await getAs(app, '/domains?limit=50&sort=title', BOB);
    const pages = [];
    for (let offset = 0; offset < all.body.totalItems; offset += 3) {
      const page = await getAs(
        app,
        `/domains?limit=3&offset=${offset}&sort=title`,
        BOB,
      );
      expect(page.body.items.length).toBe(
        Math.min(3, all.body.totalItems - offset),
      );
      pages.push(...page.body.items.map((d: any) => d.scope));
    }
    expect(pages).toEqual(all.body.items.map((d: any) => d.scope));
  });

  it('answers a capability only named by the hidden use case as unknown', async () => {
    const hidden = await getAs(
      app,
      '/capabilities/default/secret-initiative-tooling',
      CAROL,
    );
    const unknown = await getAs(
      app,
      '/capabilities/default/no-such-thing',
      CAROL,
    );
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(`No ${SECRET_CAPABILITY}`);
    expect(unknown.status).toBe(404);
    for (const drillDown of ['demand', 'domains', 'data-products']) {
      const res = await getAs(
        app,
        `/capabilities/default/secret-initiative-tooling/${drillDown}`,
        CAROL,
      );
      expect(res.status).toBe(404);
    }
    const roadmap = await getAs(
      app,
      '/roadmap/default/secret-initiative-tooling/use-cases',
      CAROL,
    );
    expect(roadmap.status).toBe(404);
    const asAlice = await getAs(
      app,
      '/capabilities/default/secret-initiative-tooling',
      ALICE,
    );
    expect(asAlice.status).toBe(200);
  });

  it('counts the platform view and the roadmap over what the caller may see', async () => {
    for (const route of [
      '/capabilities?view=platform&limit=50',
      '/roadmap?limit=50',
    ]) {
      const asAlice = await getAs(app, route, ALICE);
      const asCarol = await getAs(app, route, CAROL);
      expect(asCarol.body.items).toHaveLength(asCarol.body.totalItems);
      const aliceRefs = asAlice.body.items.map(
        (i: any) => i.ref ?? i.capability.ref,
      );
      expect(aliceRefs).toContain(SECRET_CAPABILITY);
      expect(asCarol.body.totalItems).toBeLessThan(asAlice.body.totalItems);
    }
  });

  it.each([
    ['get-phase', { scope: 'organization' }],
    ['list-capability-demand', { limit: 50 }],
    ['list-capability-demand', { limit: 50, status: 'not-offered' }],
    ['get-entity-needs', { entityRef: 'dataproduct:default/order-history' }],
    ['list-roadmap', { limit: 50 }],
    ['get-use-case-portfolio', {}],
  ])('is named nowhere in the action %s %j', async (name, input) => {
    const { output } = await registry.invoke({
      id: `test:${name}`,
      input: input as any,
      credentials: mockCredentials.user(CAROL),
    });
    expect(revealed(output)).toEqual([]);
  });
});
