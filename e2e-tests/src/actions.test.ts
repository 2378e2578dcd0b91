/*
 * Data Mesh Portfolio's actions on the real backend with the example
 * organisation: listed and invoked through the actions registry's HTTP API
 * and through the MCP actions backend, as a signed-in guest. Answers equal
 * the HTTP API's, and a restricted use case (added here, owned by another
 * team) is never named to the guest while a service caller sees it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

/** Sees every entity: the permission policy restricts users' reads only. */
const SERVICE_TOKEN = 'actions-test-service-token';
const RESTRICTED = 'usecase:default/payroll-forecast';
/** The example's contract with a breaking change in its history. */
const ORDER_LINES_CONTRACT = 'api:default/order-lines-contract';
const ACTIONS = '/api/data-mesh/.backstage/actions/v1/actions';

/** A real use case only its owner (not the guest) may read. */
const restrictedUseCase = {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'UseCase',
  metadata: {
    name: 'payroll-forecast',
    title: 'Payroll Forecast',
    labels: { 'portal.example/restricted': 'true' },
  },
  spec: {
    owner: 'group:checkout-team',
    domain: 'orders',
    status: 'committed',
    personas: ['data-analyst'],
    value: 'high',
    complexity: 'low',
    consumes: ['order-history#order-lines'],
    requiresCapabilities: ['bi-dashboards', 'feature-store'],
  },
};

describe('the portfolio actions on the real backend', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-actions-'));
  let backend: RunningBackend;
  let guest: string;

  const call = (token: string, route: string, body?: unknown) =>
    fetch(`${backend.baseUrl}${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** The action's output, failing with the backend's answer otherwise. */
  async function invoke(token: string, name: string, input: object) {
    const res = await call(token, `${ACTIONS}/data-mesh:${name}/invoke`, input);
    const body = await res.json();
    if (res.status !== 200) {
      throw new Error(
        `${name} answered ${res.status}: ${JSON.stringify(body)}`,
      );
    }
    return body.output;
  }

  async function api(route: string) {
    const res = await call(guest, `/api/data-mesh${route}`);
    expect(res.status).toBe(200);
    return res.json();
  }

  /** One JSON-RPC request to the MCP endpoint; its answer, from JSON or SSE. */
  async function mcp(token: string, method: string, params: object) {
    const res = await call(token, '/api/mcp-actions/v1', {
      jsonrpc: '2.0',
      id: 1,
      method,
      params,
    });
    const text = await res.text();
    if (res.status !== 200) {
      throw new Error(`MCP ${method} answered ${res.status}: ${text}`);
    }
    const data = text.startsWith('{')
      ? text
      : text
          .split('\n')
          .filter(line => line.startsWith('data: '))
          .map(line => line.slice(6))
          .join('');
    return JSON.parse(data);
  }

  const names = (answer: unknown) =>
    JSON.stringify(answer).match(/[a-z]+:default\/[a-z0-9-]+/g) ?? [];

  beforeAll(async () => {
    const file = path.join(workDir, 'restricted.yaml');
    fs.writeFileSync(file, stringify(restrictedUseCase));
    const { catalog } = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    backend = await startBackend({
      port: E2E_PORTS.actions.backend,
      extraConfig: {
        backend: {
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: SERVICE_TOKEN, subject: 'actions-test' },
              },
            ],
          },
        },
        catalog: {
          locations: [...catalog.locations, { type: 'file', target: file }],
        },
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
      },
    });
    guest = await backend.getGuestToken();
    await waitForExamplePortfolio(backend, guest, { useCases: 1 });
  });

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('lists the six read-only actions', async () => {
    const res = await call(guest, ACTIONS);
    expect(res.status).toBe(200);
    const { actions } = await res.json();
    expect(actions.map((a: any) => a.id).sort()).toEqual([
      'data-mesh:get-contract-impact',
      'data-mesh:get-entity-needs',
      'data-mesh:get-phase',
      'data-mesh:get-use-case-portfolio',
      'data-mesh:list-capability-demand',
      'data-mesh:list-roadmap',
    ]);
    for (const action of actions) {
      expect(action.attributes).toEqual({
        readOnly: true,
        idempotent: true,
        destructive: false,
      });
    }
  });

  it("gives the organisation's phase as the API does", async () => {
    const output = await invoke(guest, 'get-phase', { scope: 'organization' });
    const phase = await api('/phase?scope=organization');
    expect(output.phase).toBe(phase.phase);
    expect(output).toEqual(phase);
  });

  it("gives whom order-lines' contract change reaches as the API does", async () => {
    const output = await invoke(guest, 'get-contract-impact', {
      contractRef: ORDER_LINES_CONTRACT,
      limit: 50,
    });
    expect(output.change.breaking).toBe(true);
    expect(output.useCases.items.map((u: any) => u.title)).toContain(
      'Checkout Conversion Dashboard',
    );
    expect(output).toEqual(
      await api('/contracts/default/order-lines-contract/impact?limit=50'),
    );
  });

  it("gives a data product's needs as the API does", async () => {
    const output = await invoke(guest, 'get-entity-needs', {
      entityRef: 'dataproduct:default/customer-360',
      limit: 50,
    });
    expect(output.needs.map((n: any) => n.ref)).toEqual(
      expect.arrayContaining([
        'platformcapability:default/lakehouse-storage',
        'platformcapability:default/pii-masking',
      ]),
    );
    expect(output).toEqual(
      await api(
        '/entities/dataproduct/default/customer-360/capabilities?limit=50',
      ),
    );
  });

  it('never names the restricted use case to the guest', async () => {
    const asked = async (token: string) => [
      await invoke(token, 'get-use-case-portfolio', {}),
      await invoke(token, 'list-capability-demand', { limit: 50 }),
      await invoke(token, 'list-roadmap', { limit: 50 }),
      // It reads order-history#order-lines, whose contract broke.
      await invoke(token, 'get-contract-impact', {
        contractRef: ORDER_LINES_CONTRACT,
        limit: 50,
      }),
    ];
    // A service caller is shown it, so leaving it out means something.
    expect(names(await asked(SERVICE_TOKEN))).toContain(RESTRICTED);
    expect(names(await asked(guest))).not.toContain(RESTRICTED);
    expect(names(await asked(guest)).length).toBeGreaterThan(0);

    const needs = { entityRef: RESTRICTED };
    expect(
      (await invoke(SERVICE_TOKEN, 'get-entity-needs', needs)).entityRef,
    ).toBe(RESTRICTED);
    const res = await call(
      guest,
      `${ACTIONS}/data-mesh:get-entity-needs/invoke`,
      needs,
    );
    expect(res.status).toBe(404);
  });

  it('offers the actions as MCP tools and calls them for the guest', async () => {
    const { result: listed } = await mcp(guest, 'tools/list', {});
    const tools = listed.tools.map((t: any) => t.name).sort();
    expect(tools).toEqual([
      'data-mesh.get-contract-impact',
      'data-mesh.get-entity-needs',
      'data-mesh.get-phase',
      'data-mesh.get-use-case-portfolio',
      'data-mesh.list-capability-demand',
      'data-mesh.list-roadmap',
    ]);
    expect(
      listed.tools.every((t: any) => t.annotations.readOnlyHint === true),
    ).toBe(true);

    const { result: phase } = await mcp(guest, 'tools/call', {
      name: 'data-mesh.get-phase',
      arguments: { scope: 'organization' },
    });
    expect(phase.structuredContent).toEqual(
      await api('/phase?scope=organization'),
    );

    const { result: hidden } = await mcp(guest, 'tools/call', {
      name: 'data-mesh.get-entity-needs',
      arguments: { entityRef: RESTRICTED },
    });
    expect(hidden.isError).toBe(true);
    expect(hidden.content[0].text).toMatch(/^NotFoundError/);
  });

  it('refuses both endpoints without credentials', async () => {
    expect((await fetch(`${backend.baseUrl}${ACTIONS}`)).status).toBe(401);
    const res = await fetch(`${backend.baseUrl}/api/mcp-actions/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(401);
  });
});
