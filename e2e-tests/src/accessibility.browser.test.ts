/*
 * Accessibility of the data-mesh pages and cards, WCAG 2.2 AA: axe-core's
 * rules of that level over every data-mesh page and every entity page
 * with our cards, in the light and the dark theme, counting only what
 * Backstage's own /catalog page does not already show; and a keyboard-only
 * walk from the overview to a data product's page and back. Automated
 * rules find part of what WCAG asks; the keyboard walk and the unit tests
 * of the text alternatives cover part of the rest.
 */
import { Locator, Page } from 'playwright-core';
import {
  AxeFinding,
  beyondBaseline,
  describeFinding,
  runAxe,
} from './axeCheck';
import { focusOf, pressUntil, unseen } from './keyboardFocus';
import { usePortalInBrowser } from './portalInBrowser';
import { E2E_PORTS } from './ports';

jest.setTimeout(600_000);

/** A page to check, and what shows once its data has arrived. */
interface CheckedPage {
  name: string;
  path: string;
  ready: (page: Page) => Locator;
}

/** Every data-mesh page, and an entity page of each kind with our cards. */
const PAGES: CheckedPage[] = [
  {
    name: 'overview',
    path: '/data-mesh',
    // The five business units' sparklines, named by their trend.
    ready: page => page.getByRole('img', { name: /^From \d/ }).nth(4),
  },
  {
    name: 'use cases',
    path: '/data-mesh/use-cases',
    ready: page => page.getByText('Demand Planning').last(),
  },
  {
    name: 'capabilities, teams view',
    path: '/data-mesh/capabilities',
    ready: page => page.getByText('Stream Ingestion').first(),
  },
  {
    name: 'capabilities, platform view and roadmap',
    path: '/data-mesh/capabilities/platform',
    ready: page => page.getByTestId('roadmap-use-case').last(),
  },
  {
    name: 'data product',
    path: '/catalog/default/dataproduct/order-history',
    ready: page => page.getByRole('table', { name: 'Output ports' }),
  },
  {
    name: 'use case',
    path: '/catalog/default/usecase/delivery-sla-monitoring',
    ready: page => page.getByRole('list', { name: 'Consumed data products' }),
  },
  {
    name: 'capability',
    path: '/catalog/default/platformcapability/feature-store',
    ready: page => page.getByText('Demand', { exact: true }).first(),
  },
  {
    name: 'domain',
    path: '/catalog/default/domain/fulfilment',
    ready: page => page.getByTestId('phase-name').first(),
  },
  {
    name: "domain's data-mesh tab",
    path: '/catalog/default/domain/fulfilment/data-mesh',
    ready: page => page.getByRole('table', { name: /^Data products/ }),
  },
  {
    name: 'business unit',
    path: '/catalog/default/group/customer-experience',
    ready: page => page.getByTestId('forecast-sentence'),
  },
];

/**
 * Waits until the page has its data: the marker shows, the network is
 * quiet and no progress bar is left (cards load on their own).
 */
async function settle(page: Page, marker: Locator): Promise<void> {
  await marker.waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelectorAll('[role="progressbar"]').length === 0,
    undefined,
    { timeout: 30_000 },
  );
}

describe('accessibility of the data-mesh pages', () => {
  const portal = usePortalInBrowser(E2E_PORTS.accessibility.backend);
  const { page } = portal;

  /**
   * Opens a path; while the development backend restarts (it does when a
   * source file changes), tries again for up to two minutes.
   */
  async function open(urlPath: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await portal.open(urlPath);
        return;
      } catch (error) {
        if (attempt >= 40 || !/ERR_CONNECTION_REFUSED/.test(String(error))) {
          throw error;
        }
        await page().waitForTimeout(3000);
      }
    }
  }

  describe.each(['light', 'dark'] as const)('in the %s theme', theme => {
    let baseline: AxeFinding[] = [];

    beforeAll(async () => {
      // Backstage keeps the chosen theme in localStorage under `theme`;
      // the app reads it when it starts, so set it, then load a page.
      await page().evaluate(id => localStorage.setItem('theme', id), theme);
      // The catalog opens on the example's components, in a table.
      await open('/catalog');
      await settle(
        page(),
        page().getByRole('link', { name: 'bi-service' }).first(),
      );
      // The theme took: light pages have a light background, dark ones not.
      const background = await page().evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body)
          .backgroundColor.match(/\d+/g)!
          .map(Number);
        return (r + g + b) / 3;
      });
      if (theme === 'light' ? background < 200 : background > 100) {
        throw new Error(
          `The ${theme} theme did not take: the page's background averages ${background}`,
        );
      }
      baseline = await runAxe(page());
      // eslint-disable-next-line no-console
      console.log(
        `/catalog in the ${theme} theme, excused:\n${baseline
          .map(describeFinding)
          .join('\n')}`,
      );
    });

    it.each(PAGES.map(checked => [checked.name, checked] as const))(
      'finds nothing beyond /catalog on the %s page',
      async (_name, checked) => {
        await open(checked.path);
        await settle(page(), checked.ready(page()));
        const found = beyondBaseline(await runAxe(page()), baseline);
        const lines = found.map(describeFinding);
        if (lines.length > 0) {
          // eslint-disable-next-line no-console
          console.log(
            `${checked.name} (${checked.path}), ${theme} theme: ${
              lines.length
            } violations\n${lines.join('\n')}`,
          );
        }
        expect(lines).toEqual([]);
      },
    );
  });
  it('walks from the overview to a data product and back with the keyboard alone', async () => {
    await page().evaluate(() => localStorage.setItem('theme', 'light'));
    await open('/data-mesh');
    await settle(page(), PAGES[0].ready(page()));

    // The views' tabs come first in the content: the open view's tab is
    // the one stop of the tab list.
    const toTabs = await pressUntil(page(), focus => focus.role === 'tab');
    expect(toTabs[toTabs.length - 1]).toMatchObject({
      name: 'Overview',
      selected: 'true',
      visible: true,
    });
    // Then, in reading order, the page's own controls.
    const toLink = await pressUntil(
      page(),
      focus => focus.name === 'the use-case portfolio',
    );
    expect(toLink.map(stop => stop.name)).toEqual([
      'Refresh now',
      'the use-case portfolio',
    ]);

    // Through the business units, one link a row, to the table's pager.
    const toPager = await pressUntil(page(), focus => /rows$/.test(focus.name));
    expect(toPager.map(stop => stop.name)).toEqual([
      'Central Analytics',
      'Commerce',
      'Customer Experience',
      'Finance',
      'Operations',
      'Rows per page: 20 rows',
    ]);
    // Enter opens the rows-per-page list on the chosen size; Enter picks.
    await page().keyboard.press('Enter');
    expect(await focusOf(page())).toMatchObject({
      role: 'option',
      name: '20',
      selected: 'true',
    });
    await page().keyboard.press('Enter');
    await page().getByRole('listbox').waitFor({ state: 'detached' });
    expect(await focusOf(page())).toMatchObject({
      name: 'Rows per page: 20 rows',
      visible: true,
    });

    // On to a data product in the data products table, and into it.
    const toProduct = await pressUntil(
      page(),
      focus => focus.href?.endsWith('/dataproduct/order-history') ?? false,
    );
    expect(toProduct[toProduct.length - 1].name).toBe('Order History');
    const overviewStops = [...toTabs, ...toLink, ...toPager, ...toProduct];
    expect(unseen(overviewStops)).toEqual([]);
    await page().keyboard.press('Enter');
    await page().waitForURL(/\/catalog\/default\/dataproduct\/order-history$/);
    await settle(page(), PAGES[4].ready(page()));

    // The entity page's tabs, then the links of our cards.
    const toEntityTab = await pressUntil(
      page(),
      focus => focus.inMain && focus.name === 'Overview',
    );
    expect(toEntityTab[toEntityTab.length - 1].href).toMatch(
      /\/dataproduct\/order-history$/,
    );
    const toUpstream = await pressUntil(
      page(),
      focus => focus.href?.endsWith('/dataproduct/orders-events') ?? false,
    );
    expect(toUpstream[toUpstream.length - 1]).toMatchObject({
      name: 'Order Events',
      visible: true,
    });

    // And back, against the reading order, to the sidebar's Data Mesh.
    await pressUntil(
      page(),
      focus => !focus.inMain && focus.name === 'Data Mesh',
      'Shift+Tab',
    );
    await page().keyboard.press('Enter');
    await page().waitForURL(/\/data-mesh$/);
    await settle(page(), PAGES[0].ready(page()));
    expect(
      await page()
        .getByRole('tab', { name: 'Overview', selected: true })
        .count(),
    ).toBe(1);
  });
});
