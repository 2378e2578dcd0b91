/*
 * Debian's Chromium driven through Playwright, signed in to the portal as
 * the guest user, for the browser tests.
 */
import { Browser, Page, chromium } from 'playwright-core';

/** A browser with one page, signed in to the portal. */
export interface PortalSession {
  browser: Browser;
  page: Page;
}

/**
 * Launches Chromium (`DM_CHROMIUM_PATH` or /usr/bin/chromium) with the
 * flags this machine needs, opens the portal and signs in as the guest.
 */
export async function openPortalAsGuest(
  baseUrl: string,
): Promise<PortalSession> {
  const browser = await chromium.launch({
    executablePath: process.env.DM_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: 1400, height: 1000 },
  });
  await page.goto(baseUrl);
  // The sign-in page may show before its button works: wait for it, click
  // until it is gone, and wait for the portal's own navigation.
  const enter = page.getByRole('button', { name: /enter/i });
  await enter.waitFor({ state: 'visible', timeout: 60_000 });
  for (let attempt = 0; attempt < 20 && (await enter.count()); attempt++) {
    await enter.click({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(500);
  }
  await page
    .getByRole('link', { name: 'Data Mesh' })
    .first()
    .waitFor({ timeout: 30_000 });
  return { browser, page };
}
