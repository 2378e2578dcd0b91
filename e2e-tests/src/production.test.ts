/*
 * The backend as app-config.production.yaml configures it, on PostgreSQL,
 * with NODE_ENV=production: nobody signs in as the guest, every data-mesh
 * route but health refuses anonymous callers, and error answers carry no
 * stack trace. The routes come from the API's OpenAPI document, so a new
 * route is checked without anyone adding it here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import {
  dropDatabases,
  requireSharedPostgres,
  sharedPostgres,
} from './testDatabases';
import { parse } from 'yaml';
import { RunningBackend, repoRoot, startBackend } from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

const connectionString = sharedPostgres;

/** Only to make an authenticated bad request; nobody signs in with it. */
const TEST_SERVICE_TOKEN = 'production-test-service-token';

/** Every operation of the document, with path parameters filled in. */
function documentedOperations(): Array<{ method: string; path: string }> {
  const document = parse(
    fs.readFileSync(
      path.join(repoRoot, 'plugins/data-mesh-backend/src/schema/openapi.yaml'),
      'utf8',
    ),
  );
  const sample: Record<string, string> = {
    kind: 'DataProduct',
    namespace: 'default',
    name: 'orders',
    capabilityNamespace: 'default',
    capabilityName: 'stream-ingestion',
  };
  return Object.entries(document.paths as Record<string, object>).flatMap(
    ([route, operations]) =>
      Object.keys(operations)
        .filter(method => ['get', 'post', 'put', 'delete'].includes(method))
        .map(method => ({
          method: method.toUpperCase(),
          path: route.replace(/\{(\w+)\}/g, (_, p) => sample[p]),
        })),
  );
}

describe('the backend with the production configuration', () => {
  const prefix = `dm_prod_${Date.now()}_`;
  let backend: RunningBackend;

  beforeAll(async () => {
    const url = new URL(requireSharedPostgres());
    const baseUrl = `http://localhost:${E2E_PORTS.production.backend}`;
    backend = await startBackend({
      port: E2E_PORTS.production.backend,
      configFiles: ['app-config.production.yaml'],
      nodeEnv: 'production',
      // What app-config.production.yaml reads from the environment.
      env: {
        APP_BASE_URL: baseUrl,
        BACKEND_BASE_URL: baseUrl,
        POSTGRES_HOST: url.hostname,
        POSTGRES_PORT: url.port || '5432',
        POSTGRES_USER: decodeURIComponent(url.username),
        POSTGRES_PASSWORD: decodeURIComponent(url.password),
      },
      // The production file's database, in databases of this run's own.
      database: { prefix },
      extraConfig: {
        backend: {
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: TEST_SERVICE_TOKEN, subject: 'test' },
              },
            ],
          },
        },
      },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    if (!connectionString) return;
    await dropDatabases(connectionString, prefix);
  });

  it('stores its data in PostgreSQL', async () => {
    const client = new Client({ connectionString });
    await client.connect();
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname = $1',
      [`${prefix}data-mesh`],
    );
    await client.end();
    expect(rows).toHaveLength(1);
  });

  it('keeps the search index in PostgreSQL', async () => {
    // The PostgreSQL engine creates its documents table in the search
    // plugin's database; the built-in engine keeps its index in memory.
    const url = new URL(requireSharedPostgres());
    url.pathname = `/${prefix}search`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query(
      "SELECT to_regclass('public.documents') IS NOT NULL AS present",
    );
    await client.end();
    expect(rows).toEqual([{ present: true }]);
  });

  it('answers search queries with 401 without credentials', async () => {
    const res = await fetch(`${backend.baseUrl}/api/search/query?term=orders`);
    expect(res.status).toBe(401);
  });

  it('answers the actions and the MCP endpoint with 401 without credentials', async () => {
    const actions = await fetch(
      `${backend.baseUrl}/api/data-mesh/.backstage/actions/v1/actions`,
    );
    expect(actions.status).toBe(401);
    const invoke = await fetch(
      `${backend.baseUrl}/api/data-mesh/.backstage/actions/v1/actions/data-mesh:get-phase/invoke`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scope: 'organization' }),
      },
    );
    expect(invoke.status).toBe(401);
    const mcp = await fetch(`${backend.baseUrl}/api/mcp-actions/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(mcp.status).toBe(401);
  });

  it('lets nobody sign in as the guest', async () => {
    const res = await fetch(`${backend.baseUrl}/api/auth/guest/refresh`, {
      method: 'POST',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('backstageIdentity');
  });

  it('answers health checks without credentials', async () => {
    const res = await fetch(`${backend.baseUrl}/api/data-mesh/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it.each(documentedOperations().filter(o => o.path !== '/health'))(
    'answers $method $path with 401 and no stack trace without credentials',
    async ({ method, path: route }) => {
      const res = await fetch(`${backend.baseUrl}/api/data-mesh${route}`, {
        method,
      });
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.error.name).toBe('AuthenticationError');
      expect(body.error).not.toHaveProperty('stack');
    },
  );

  it('publishes from templates to a git host, never to the local folder', async () => {
    const res = await fetch(`${backend.baseUrl}/api/scaffolder/v2/actions`, {
      headers: { Authorization: `Bearer ${TEST_SERVICE_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const ids = ((await res.json()) as Array<{ id: string }>).map(a => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'data-mesh:validate',
        'publish:github',
        'catalog:register',
      ]),
    );
    // app-config.yaml configures the local folder; production unsets it.
    expect(ids).not.toContain('data-mesh:publish:local');
  });

  it('answers a bad request with a reason and no stack trace', async () => {
    const res = await fetch(`${backend.baseUrl}/api/data-mesh/phase`, {
      headers: { Authorization: `Bearer ${TEST_SERVICE_TOKEN}` },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.message).toMatch(/scope/);
    expect(body.error).not.toHaveProperty('stack');
  });
});
