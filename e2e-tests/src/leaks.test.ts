/*
 * Nothing the guest may not read reaches the guest, on the real backend
 * with the real permission policy: beside the example organisation, a
 * domain and a live use case labelled restricted and owned by the finance
 * team, the use case requiring a capability that no entity offers (its
 * name is text written only in that use case). Every GET route of the
 * OpenAPI document and every action is asked as the guest; none may name
 * the three or carry their titles, and a search for the hidden domain's
 * name counts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitFor,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

const RESTRICTED = { 'portal.example/restricted': 'true' };

const hiddenEntities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: {
      name: 'mergers-and-acquisitions',
      title: 'Mergers and Acquisitions',
      description: 'Targets under negotiation.',
      labels: RESTRICTED,
    },
    spec: { type: 'consumer-aligned', owner: 'group:finance' },
  },
  {
    apiVersion: 'data-mesh-portfolio.io/v1alpha1',
    kind: 'UseCase',
    metadata: {
      name: 'secret-initiative',
      title: 'Secret Initiative Scoring',
      description: 'Scores acquisition targets.',
      labels: RESTRICTED,
    },
    spec: {
      owner: 'group:finance',
      domain: 'mergers-and-acquisitions',
      status: 'live',
      personas: ['data-scientist', 'executive'],
      value: 'high',
      complexity: 'low',
      consumes: ['order-history#order-lines'],
      requiresCapabilities: ['secret-initiative-tooling', 'bi-dashboards'],
    },
  },
];

/** Words that would reveal the hidden entities, in any letter case. */
const REVEALING = [
  'mergers',
  'acquisition',
  'secret-initiative',
  'secret initiative',
];

const revealed = (body: unknown) => {
  const text = JSON.stringify(body).toLocaleLowerCase('en-US');
  return REVEALING.filter(word => text.includes(word));
};

/**
 * The routes asked, each a route of the OpenAPI document with its path
 * parameters filled in; the test checks that every GET route is here.
 */
const ROUTES: Array<[template: string, route: string]> = [
  ['/status', '/status'],
  ['/phase', '/phase?scope=organization'],
  ['/phase', '/phase?scope=domain:default/orders'],
  ['/phase/history', '/phase/history?scope=organization&limit=500'],
  ['/domains', '/domains?limit=50'],
  ['/domains', '/domains?limit=50&sort=adoption&order=desc'],
  ['/domains', '/domains?archetype=consumer-aligned'],
  ['/capabilities', '/capabilities?limit=50'],
  ['/capabilities', '/capabilities?view=platform&limit=50'],
  ['/capabilities', '/capabilities?view=platform&status=not-offered'],
  ['/capabilities/{namespace}/{name}', '/capabilities/default/bi-dashboards'],
  [
    '/capabilities/{namespace}/{name}/demand',
    '/capabilities/default/bi-dashboards/demand?limit=50',
  ],
  [
    '/capabilities/{namespace}/{name}/domains',
    '/capabilities/default/bi-dashboards/domains',
  ],
  [
    '/capabilities/{namespace}/{name}/data-products',
    '/capabilities/default/bi-dashboards/data-products',
  ],
  [
    '/entities/{kind}/{namespace}/{name}/capabilities',
    '/entities/DataProduct/default/order-history/capabilities',
  ],
  [
    '/entities/{kind}/{namespace}/{name}/capabilities/{capabilityNamespace}/{capabilityName}/data-products',
    '/entities/UseCase/default/checkout-conversion-dashboard/capabilities/default/bi-dashboards/data-products',
  ],
  ['/references/dangling', '/references/dangling?limit=500'],
  ['/use-cases', '/use-cases'],
  ['/use-cases/cell', '/use-cases/cell?value=high&complexity=low'],
  ['/use-cases/unrated', '/use-cases/unrated'],
  ['/use-cases/complementary', '/use-cases/complementary'],
  ['/roadmap', '/roadmap?limit=50'],
  ['/roadmap/deprecated', '/roadmap/deprecated'],
  [
    '/roadmap/{namespace}/{name}/use-cases',
    '/roadmap/default/ml-training/use-cases',
  ],
  ['/business-units', '/business-units?level=all'],
  // The hidden use case reads order-history#order-lines, whose contract's
  // example history holds a breaking change: it is reached, unnamed.
  [
    '/contracts/{namespace}/{name}/versions',
    '/contracts/default/order-lines-contract/versions?limit=50',
  ],
  [
    '/contracts/{namespace}/{name}/impact',
    '/contracts/default/order-lines-contract/impact?limit=50',
  ],
  [
    '/entities/{kind}/{namespace}/{name}/contract-risks',
    '/entities/UseCase/default/checkout-conversion-dashboard/contract-risks',
  ],
];

/** Every action, with an input that lists the most. */
const ACTIONS: Array<[string, object]> = [
  ['get-phase', { scope: 'organization' }],
  ['list-capability-demand', { limit: 50 }],
  ['list-capability-demand', { limit: 50, status: 'not-offered' }],
  ['get-entity-needs', { entityRef: 'dataproduct:default/order-history' }],
  ['list-roadmap', { limit: 50 }],
  ['get-use-case-portfolio', {}],
  [
    'get-contract-impact',
    { contractRef: 'api:default/order-lines-contract', limit: 50 },
  ],
];

describe('what the guest may not read, on the real backend', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-leaks-'));
  let backend: RunningBackend;
  let guest: string;

  const call = (route: string, body?: unknown) =>
    fetch(`${backend.baseUrl}${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${guest}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    const file = path.join(workDir, 'hidden.yaml');
    fs.writeFileSync(file, hiddenEntities.map(e => stringify(e)).join('---\n'));
    const { catalog } = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    backend = await startBackend({
      port: E2E_PORTS.leaks.backend,
      extraConfig: {
        catalog: {
          locations: [...catalog.locations, { type: 'file', target: file }],
        },
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
      },
    });
    guest = await backend.getGuestToken();
    await waitForExamplePortfolio(backend, guest, { domains: 1, useCases: 1 });
    // The contract routes answer once a run has stored the contract.
    await waitFor(
      async () => {
        const res = await call(
          '/api/data-mesh/contracts/default/order-lines-contract/impact',
        );
        return res.status === 200 ? true : undefined;
      },
      120_000,
      "the order-lines contract's impact",
    );
  });

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('asks every GET route of the OpenAPI document', () => {
    const document = parse(
      fs.readFileSync(
        path.join(
          repoRoot,
          'plugins/data-mesh-backend/src/schema/openapi.yaml',
        ),
        'utf8',
      ),
    );
    const documented = Object.entries(document.paths)
      .filter(([route, item]: [string, any]) => item.get && route !== '/health')
      .map(([route]) => route)
      .sort();
    expect([...new Set(ROUTES.map(([template]) => template))].sort()).toEqual(
      documented,
    );
  });

  it('holds the hidden entities, so that their absence means something', async () => {
    // The use case is in the figures everyone sees (aggregates count every
    // entity), so it was read and computed; only its name is withheld.
    const status = await (await call('/api/data-mesh/status')).json();
    expect(status.lastRun.entities).toMatchObject({
      domains: 13,
      useCases: 9,
    });
    const cell = await (await call('/api/data-mesh/use-cases')).json();
    const startHere = cell.cells.find(
      (c: any) => c.value === 'high' && c.complexity === 'low',
    );
    expect(startHere.count).toBe(startHere.useCases.length + 1);
  });

  it.each(ROUTES.map(([, route]) => route))(
    'names neither hidden entity in %s',
    async route => {
      const res = await call(`/api/data-mesh${route}`);
      const body = await res.json();
      expect({ status: res.status, revealed: revealed(body) }).toEqual({
        status: 200,
        revealed: [],
      });
    },
  );

  it.each(ACTIONS)(
    'names neither hidden entity in the action %s %j',
    async (name, input) => {
      const res = await call(
        `/api/data-mesh/.backstage/actions/v1/actions/data-mesh:${name}/invoke`,
        input,
      );
      const body = await res.json();
      expect({ status: res.status, revealed: revealed(body) }).toEqual({
        status: 200,
        revealed: [],
      });
    },
  );

  it('counts nothing for a search only the hidden domain matches', async () => {
    for (const q of ['mergers', 'acqui', 'and-acq']) {
      const res = await call(`/api/data-mesh/domains?q=${q}`);
      expect({ q, body: await res.json() }).toMatchObject({
        q,
        body: { totalItems: 0, items: [] },
      });
    }
  });

  it('answers the capability only the hidden use case names as unknown', async () => {
    for (const route of [
      '/capabilities/default/secret-initiative-tooling',
      '/capabilities/default/secret-initiative-tooling/demand',
      '/roadmap/default/secret-initiative-tooling/use-cases',
    ]) {
      const res = await call(`/api/data-mesh${route}`);
      expect({ route, status: res.status }).toEqual({ route, status: 404 });
    }
  });
});
