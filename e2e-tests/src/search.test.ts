/*
 * Search in the portal: the real backend (the catalog collator with the
 * data-mesh documents, the built-in engine, the portal's permission policy)
 * serving the production build of the app, asked over HTTP and driven in
 * Debian's Chromium. Screenshots go to e2e-results/ (git-ignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { openPortalAsGuest } from './chromium';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitFor,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

/** Sees every document: the permission framework lets services read. */
const SERVICE_TOKEN = 'search-test-service-token';

const RESTRICTED_LABEL = 'portal.example/restricted';

/**
 * Two restricted data products sharing a word no example uses: the guest
 * owns one and not the other, so the policy, not the label alone, decides.
 */
function restrictedProducts() {
  const product = (name: string, title: string, owner: string) => ({
    apiVersion: 'data-mesh-portfolio.io/v1alpha1',
    kind: 'DataProduct',
    metadata: {
      name,
      title,
      description: 'Salaries per employee and month, from payroll.',
      labels: { [RESTRICTED_LABEL]: 'true' },
    },
    spec: {
      owner,
      domain: 'payments',
      type: 'source-aligned',
      lifecycle: 'active',
      outputPorts: [{ name: `${name}-lines`, type: 'table' }],
    },
  });
  return [
    product('payroll-ledger', 'Payroll Ledger', 'group:checkout-team'),
    product('payroll-sandbox', 'Payroll Sandbox', 'user:development/guest'),
  ];
}

const LEDGER = '/catalog/default/dataproduct/payroll-ledger';
const SANDBOX = '/catalog/default/dataproduct/payroll-sandbox';

/** The example organisation's data products, as written. */
function exampleDataProducts(): any[] {
  const file = path.join(repoRoot, 'examples/data-products.yaml');
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(d => d.toJS())
    .filter(e => e?.kind === 'DataProduct');
}

interface SearchResult {
  type: string;
  document: Record<string, string>;
  rank: number;
}

describe('search in the portal', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-search-'));
  let backend: RunningBackend;
  let guestToken: string;
  let browser: Browser;
  let page: Page;

  async function search(token: string, term: string) {
    const res = await fetch(
      `${backend.baseUrl}/api/search/query?${new URLSearchParams({ term })}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    if (res.status !== 200) {
      throw new Error(`Search for ${term} answered ${res.status}`);
    }
    return ((await res.json()).results as SearchResult[]).map(r => r.document);
  }

  /** How many times the backend has logged a line containing `text`. */
  const logged = (text: string) => backend.output().split(text).length - 1;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(repoRoot, 'packages/app/dist/index.html'))) {
      throw new Error(
        'packages/app/dist is missing: build the app first (yarn workspace app build)',
      );
    }
    const file = path.join(workDir, 'restricted.yaml');
    fs.writeFileSync(
      file,
      restrictedProducts()
        .map(e => stringify(e))
        .join('---\n'),
    );
    const { catalog } = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    backend = await startBackend({
      port: E2E_PORTS.search.backend,
      extraConfig: {
        backend: {
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: SERVICE_TOKEN, subject: 'search-test' },
              },
            ],
          },
        },
        catalog: {
          locations: [...catalog.locations, { type: 'file', target: file }],
        },
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
        // Index soon after start and then often, so that a run starts soon
        // after the catalog holds every entity.
        search: {
          collators: {
            catalog: {
              schedule: {
                initialDelay: { seconds: 1 },
                frequency: { seconds: 10 },
                timeout: { minutes: 2 },
              },
            },
          },
        },
      },
    });
    guestToken = await backend.getGuestToken();

    // Once a portfolio run has read every entity, so would a collator run
    // that starts now. Runs of the collator never overlap: the first success
    // after those already started belongs to a run that started later.
    await waitForExamplePortfolio(backend, guestToken, { dataProducts: 2 });
    const started = logged('Collating documents for software-catalog via');
    await waitFor(
      async () =>
        logged('Collating documents for software-catalog succeeded') > started
          ? true
          : undefined,
      120_000,
      'the catalog collator to index the whole catalog',
    );

    ({ browser, page } = await openPortalAsGuest(backend.baseUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('finds an example data product by its title first, with its domain, lifecycle and type', async () => {
    const [first] = await search(guestToken, 'Order History');
    expect(first).toMatchObject({
      title: 'Order History',
      kind: 'DataProduct',
      location: '/catalog/default/dataproduct/order-history',
      domain: 'domain:default/orders',
      lifecycle: 'active',
      type: 'source-aligned',
    });
  });

  it('finds data products by output port name, by description and by domain', async () => {
    // An output port of Basket Affinity only. Its contract API, named and
    // titled after the port, may rank above it; of the data products,
    // Basket Affinity comes first.
    const byPort = await search(guestToken, 'affinity-pairs');
    expect(byPort.filter(d => d.kind === 'DataProduct')[0].title).toBe(
      'Basket Affinity',
    );
    // Only Customer Consents' limitations say "archived".
    expect((await search(guestToken, 'archived'))[0].title).toBe(
      'Customer Consents',
    );
    const fulfilment = exampleDataProducts()
      .filter(p => p.spec.domain === 'fulfilment')
      .map(p => p.metadata.title);
    expect(fulfilment.length).toBeGreaterThan(1);
    const found = await search(guestToken, 'fulfilment');
    expect(found.map(d => d.title)).toEqual(expect.arrayContaining(fulfilment));
  });

  it('finds use cases and platform capabilities by name, with their status', async () => {
    expect(
      (await search(guestToken, 'Checkout Conversion Dashboard'))[0],
    ).toMatchObject({
      kind: 'UseCase',
      domain: 'domain:default/orders',
      status: 'live',
    });
    expect((await search(guestToken, 'Stream Ingestion'))[0]).toMatchObject({
      title: 'Stream Ingestion',
      kind: 'PlatformCapability',
      status: 'available',
      category: 'ingestion',
    });
  });

  it('returns a restricted data product to its owner only', async () => {
    // Both are indexed: a caller the policy lets read everything finds both.
    const all = (await search(SERVICE_TOKEN, 'payroll')).map(d => d.location);
    expect(all).toEqual(expect.arrayContaining([LEDGER, SANDBOX]));

    // The guest owns the sandbox and not the ledger.
    const guest = (await search(guestToken, 'payroll')).map(d => d.location);
    expect(guest).toContain(SANDBOX);
    expect(guest).not.toContain(LEDGER);
    for (const term of ['Payroll Ledger', 'payroll-ledger-lines']) {
      const locations = (await search(guestToken, term)).map(d => d.location);
      expect(locations).not.toContain(LEDGER);
    }
  });

  it('shows the data product as the first result on the search page, with its domain, lifecycle and type', async () => {
    await page.goto(`${backend.baseUrl}/search?query=Order%20History`);
    // Every result is a list item with a divider; the first is the top hit.
    const first = page.locator('li.MuiListItem-divider').first();
    const item = first.getByTestId('data-mesh-search-result');
    await item.waitFor({ state: 'visible', timeout: 30_000 });

    expect(await item.getByRole('link').first().textContent()).toBe(
      'Order History',
    );
    const facts = await item
      .getByTestId('data-mesh-search-result-facts')
      .locator('div')
      .allTextContents();
    expect(facts).toEqual([
      'KindData product',
      'Domainorders',
      'LifecycleActive',
      'TypeSource aligned',
    ]);
    const screenshots = path.join(repoRoot, 'e2e-results');
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({
      path: path.join(screenshots, 'search.png'),
      fullPage: true,
    });
  });

  it('offers search in the navigation', async () => {
    await page.goto(`${backend.baseUrl}/data-mesh`);
    const nav = page.getByRole('link', { name: 'Search' }).first();
    await nav.waitFor({ state: 'visible' });
    expect(await nav.getAttribute('href')).toBe('/search');
  });
});
