/*
 * The portal as a person uses it: the real backend serving the production
 * build of the app, driven in Debian's Chromium through Playwright.
 * Screenshots go to e2e-results/ (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { openPortalAsGuest } from './chromium';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitForExamplePortfolio,
} from './backendProcess';

jest.setTimeout(300_000);

const screenshots = path.join(repoRoot, 'e2e-results');

describe('the portal in a browser', () => {
  let backend: RunningBackend;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(repoRoot, 'packages/app/dist/index.html'))) {
      throw new Error(
        'packages/app/dist is missing: build the app first (yarn workspace app build)',
      );
    }
    fs.mkdirSync(screenshots, { recursive: true });
    backend = await startBackend({
      port: 7109,
      extraConfig: {
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
      },
    });
    await waitForExamplePortfolio(backend, await backend.getGuestToken());

    ({ browser, page } = await openPortalAsGuest(backend.baseUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
  });

  async function open(urlPath: string) {
    await page.goto(`${backend.baseUrl}${urlPath}`);
  }

  /** Waits for the locator to show; fails the test if it never does. */
  async function shows(locator: Locator) {
    await locator.waitFor({ state: 'visible' });
    return locator.isVisible();
  }

  async function shoot(name: string) {
    await page.screenshot({
      path: path.join(screenshots, `${name}.png`),
      fullPage: true,
    });
  }

  it('shows the organisation phase and its place on the S-curve', async () => {
    await open('/data-mesh');
    const phaseCard = page.getByTestId('phase-card').first();
    expect(await shows(phaseCard.getByText(/scale/i).first())).toBe(true);
    expect(await shows(page.getByText(/early majority/i).first())).toBe(true);
    expect(
      await shows(page.getByRole('img', { name: /adoption/i }).first()),
    ).toBe(true);
    await shoot('overview');
  });

  it('lists demanded capabilities and not the no-demand ones', async () => {
    await open('/data-mesh/capabilities');
    expect(await shows(page.getByText('Stream Ingestion').first())).toBe(true);
    expect(await shows(page.getByText('Lakehouse Storage').first())).toBe(true);
    expect(await page.getByText('Reverse ETL').count()).toBe(0);
    expect(await page.getByText('Data Marketplace').count()).toBe(0);
    await shoot('capabilities');
  });

  it("shows a data product's output ports", async () => {
    await open('/catalog/default/dataproduct/order-history');
    expect(await shows(page.getByText('Output ports').first())).toBe(true);
    expect(await shows(page.getByText('order-lines').first())).toBe(true);
    await shoot('data-product');
  });

  it("shows a domain's phase card", async () => {
    await open('/catalog/default/domain/fulfilment');
    const phaseCard = page.getByTestId('phase-card').first();
    expect(await shows(phaseCard)).toBe(true);
    // Fulfilment declares scale while its computed phase is bootstrap.
    expect(await shows(phaseCard.getByText(/bootstrap/i).first())).toBe(true);
    expect(await shows(phaseCard.getByText(/scale/i).first())).toBe(true);
    await shoot('domain');
  });
});
