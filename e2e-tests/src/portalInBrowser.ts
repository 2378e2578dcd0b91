/*
 * The portal in Chromium for a browser test: the real backend with the
 * example organisation serving the production build of the app, a guest
 * signed in, and the small helpers every page test uses. Screenshots go to
 * e2e-results/ (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { openPortalAsGuest } from './chromium';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitForComplementarySearch,
  waitForExamplePortfolio,
} from './backendProcess';

const screenshots = path.join(repoRoot, 'e2e-results');

/** What a browser test works with once the portal is up. */
export interface PortalInBrowser {
  /** The signed-in page; valid inside tests. */
  page(): Page;
  /** Opens a path of the portal, e.g. `/data-mesh`. */
  open(urlPath: string): Promise<void>;
  /**
   * The text of an element once it shows, spaces collapsed. The wait fails
   * the test if it never shows; what the text must be is for the caller.
   */
  textOf(locator: Locator): Promise<string | undefined>;
  /** The texts of every element `locator` matches, once the first shows. */
  textsOf(locator: Locator): Promise<string[]>;
  /** Saves a screenshot of the page, or of one element, to e2e-results/. */
  shoot(name: string, locator?: Locator): Promise<void>;
  /** The backend serving the portal, and the guest's token for its API. */
  backend(): { running: RunningBackend; token: string };
}

/** Options of {@link usePortalInBrowser}. */
export interface PortalInBrowserOptions {
  /**
   * Extra app-config merged over the suite's, e.g. catalog locations
   * reading a copy of the examples that the test changes.
   */
  extraConfig?: Record<string, unknown>;
}

/**
 * Starts the backend on `port` before the describe block's tests and stops
 * it after them, with the guest signed in once the portfolio is computed.
 */
export function usePortalInBrowser(
  port: number,
  options: PortalInBrowserOptions = {},
): PortalInBrowser {
  let backend: RunningBackend;
  let token: string;
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
      port,
      extraConfig: {
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
        ...options.extraConfig,
      },
    });
    token = await backend.getGuestToken();
    const phase = await waitForExamplePortfolio(backend, token);
    // Pages with complementary pairs show the search of the whole example.
    await waitForComplementarySearch(backend, token, phase.computedAt);
    ({ browser, page } = await openPortalAsGuest(backend.baseUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
  });

  return {
    page: () => page,
    async open(urlPath) {
      await page.goto(`${backend.baseUrl}${urlPath}`);
    },
    async textOf(locator) {
      await locator.waitFor({ state: 'visible' });
      return (await locator.textContent())?.replace(/\s+/g, ' ').trim();
    },
    async textsOf(locator) {
      await locator.first().waitFor({ state: 'visible' });
      return (await locator.allTextContents()).map(text =>
        text.replace(/\s+/g, ' ').trim(),
      );
    },
    async shoot(name, locator) {
      const file = path.join(screenshots, `${name}.png`);
      if (locator) await locator.screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
    },
    backend: () => ({ running: backend, token }),
  };
}
