/*
 * Data contracts as a person sees them, in Chromium, on the real backend
 * serving the production build of the app with a copy of the example
 * organisation (the test changes a contract file of the copy, never the
 * repository's examples/): Order History's order-lines port shows its
 * contract's version and status, and "Show contract" its properties. The
 * live use case reading that port says since when it is at risk, and why:
 * first from the example's own breaking change (its earlier version is
 * configured as history), then, once the contract loses a property under
 * the running backend, from that change too, newest first. The contract's
 * own page lists its versions and whom the example's change reaches, as
 * the README says. The dialog and both cards are checked with axe in both
 * themes, counting only what Backstage's own /catalog page does not
 * already show.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Locator, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { beyondBaseline, describeFinding, runAxe } from './axeCheck';
import { repoRoot, waitFor } from './backendProcess';
import { usePortalInBrowser } from './portalInBrowser';
import { E2E_PORTS } from './ports';

jest.setTimeout(600_000);

const EXAMPLES = '../../examples/';
const CONTRACT = 'contracts/orders/order-lines.odcs.yaml';
const USE_CASE = '/catalog/default/usecase/checkout-conversion-dashboard';
const PRODUCT = '/catalog/default/dataproduct/order-history';
const THEMES = ['light', 'dark'] as const;

/**
 * A copy of examples/ and the catalog locations of app-config.yaml with
 * the examples' read from it.
 */
function copyOfExamples() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-contracts-browser-'));
  fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
  const { catalog } = parse(
    fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
  );
  const locations = catalog.locations.map(
    (location: { type: string; target: string }) =>
      location.target.startsWith(EXAMPLES)
        ? {
            ...location,
            target: path.join(dir, location.target.slice(EXAMPLES.length)),
          }
        : location,
  );
  return { dir, locations };
}

/** Waits until the page has its data: the marker, a quiet network, no spinner. */
async function settle(page: Page, marker: Locator): Promise<void> {
  await marker.waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelectorAll('[role="progressbar"]').length === 0,
    undefined,
    { timeout: 30_000 },
  );
}

describe('data contracts in a browser', () => {
  const examples = copyOfExamples();
  const contractFile = path.join(examples.dir, CONTRACT);
  const portal = usePortalInBrowser(E2E_PORTS.contractsBrowser.backend, {
    extraConfig: {
      catalog: {
        // The rewritten contract file is read again within seconds.
        processingInterval: { seconds: 3 },
        locations: examples.locations,
      },
    },
  });
  const { page, open, textOf, textsOf, shoot } = portal;

  afterAll(() => fs.rmSync(examples.dir, { recursive: true, force: true }));

  const api = async (route: string, method = 'GET') => {
    const { running, token } = portal.backend();
    const res = await fetch(`${running.baseUrl}/api/data-mesh${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}` },
    });
    if (method === 'GET' && res.status !== 200) {
      throw new Error(`${route} answered ${res.status}: ${await res.text()}`);
    }
    return method === 'GET' ? res.json() : undefined;
  };

  /** axe's findings on the open page beyond those of /catalog's, per theme. */
  async function axeInBothThemes(
    name: string,
    show: () => Promise<Locator>,
  ): Promise<void> {
    for (const theme of THEMES) {
      await page().evaluate(id => localStorage.setItem('theme', id), theme);
      await open('/catalog');
      await settle(
        page(),
        page().getByRole('link', { name: 'bi-service' }).first(),
      );
      const baseline = await runAxe(page());
      const shown = await show();
      await shoot(`contracts-${name}-${theme}`, shown);
      const found = beyondBaseline(await runAxe(page()), baseline).map(
        describeFinding,
      );
      expect({ name, theme, found }).toEqual({ name, theme, found: [] });
    }
    await page().evaluate(() => localStorage.setItem('theme', 'light'));
  }

  /** Order History's page with the order-lines contract's dialog open. */
  async function openContractDialog(): Promise<Locator> {
    await open(PRODUCT);
    const button = page().getByRole('button', {
      name: 'Show contract of port order-lines',
    });
    await settle(page(), button);
    await button.click();
    const dialog = page().getByRole('dialog', {
      name: 'Contract of port order-lines',
    });
    await dialog.waitFor({ state: 'visible' });
    // Shown once it has faded in: axe measures contrast as drawn.
    await page().waitForFunction(
      element => {
        for (let e: Element | null = element; e; e = e.parentElement) {
          if (getComputedStyle(e).opacity !== '1') return false;
        }
        return true;
      },
      await dialog.elementHandle(),
      { timeout: 10_000 },
    );
    return dialog;
  }

  it("shows the port's contract version and status, and its properties in a dialog", async () => {
    const contract = parse(fs.readFileSync(contractFile, 'utf8'));
    const lines = contract.schema[0];
    const property = (name: string) =>
      lines.properties.find((p: any) => p.name === name);

    await page().evaluate(() => localStorage.setItem('theme', 'light'));
    await open(PRODUCT);
    const row = page()
      .getByRole('table', { name: 'Output ports' })
      .locator('tbody tr')
      .filter({
        has: page().getByRole('button', {
          name: 'Show contract of port order-lines',
        }),
      });
    const status = String(contract.status);
    // "Version 1.1.0, Active" in the example.
    expect(await textOf(row)).toContain(
      `Version ${contract.version}, ${status
        .charAt(0)
        .toUpperCase()}${status.slice(1)}`,
    );

    const dialog = await openContractDialog();
    const properties = dialog.getByRole('table', {
      name: `Properties of ${lines.name}`,
    });
    const cellsOf = (name: string) =>
      textsOf(
        properties
          .getByRole('row')
          .filter({
            has: page().getByRole('rowheader', { name, exact: true }),
          })
          .getByRole('cell'),
      );
    // Logical type, required, primary key, classification, description.
    expect(await cellsOf('quantity')).toEqual([
      property('quantity').logicalType,
      property('quantity').required ? 'Yes' : 'No',
      'No',
      property('quantity').classification,
      property('quantity').description,
    ]);
    expect(await cellsOf('quantity_unit')).toEqual([
      'string',
      'No',
      'No',
      'internal',
      property('quantity_unit').description,
    ]);
    expect(await cellsOf('order_id')).toEqual([
      'string',
      'Yes',
      `Yes (position ${property('order_id').primaryKeyPosition})`,
      'internal',
      property('order_id').description,
    ]);

    await axeInBothThemes('dialog', openContractDialog);
  });

  it('says since when a live use case reading the port is at risk, and again once the contract breaks anew', async () => {
    const risksRoute =
      '/entities/UseCase/default/checkout-conversion-dashboard/contract-risks';
    const versionsRoute = '/contracts/default/order-lines-contract/versions';
    const showRisk = async () => {
      await open(USE_CASE);
      const table = page().getByRole('table', {
        name: 'Contract changes that reach this',
      });
      await settle(page(), table);
      return table;
    };
    /** The card's notes, each as its day, path and whole sentence. */
    const notesOf = async (table: Locator) => {
      const notes = await table.getByRole('rowheader').all();
      return Promise.all(
        notes.map(async note => ({
          datetime: await note.locator('time').getAttribute('datetime'),
          day: await textOf(note.locator('time')),
          paths: await textOf(note.locator('code')),
          href: await note.getByRole('link').getAttribute('href'),
          text: await textOf(note),
        })),
      );
    };
    const dayOf = async (timestamp: string) => {
      const locale = await page().evaluate(() => navigator.language);
      return new Date(timestamp).toLocaleDateString(locale, {
        dateStyle: 'medium',
        timeZone: 'UTC',
      });
    };
    const sentence = (day: string, paths: string) =>
      new RegExp(
        `^At risk since ${day} because .+ changed: ${paths.replace(
          /\./g,
          '\\.',
        )} \\(breaking, unannounced\\)$`,
      );
    const CONTRACT_PAGE = '/catalog/default/api/order-lines-contract';

    // The example portal starts with order-lines' history (README): 1.0.0,
    // then 1.1.0, whose quantity went from integer to number under the
    // same major number; the live Checkout Conversion Dashboard reads the
    // port.
    const seen = await waitFor(
      async () => {
        const { running, token } = portal.backend();
        const res = await fetch(
          `${running.baseUrl}/api/data-mesh${versionsRoute}`,
          { headers: { Authorization: `Bearer ${token}` } },
        );
        if (res.status === 200) return res.json();
        await api('/refresh', 'POST');
        return undefined;
      },
      120_000,
      'the versions of order-lines-contract',
    );
    expect(seen.items.map((v: any) => [v.version, v.breaking])).toEqual([
      ['1.1.0', true],
      ['1.0.0', false],
    ]);
    const QUANTITY = 'schema.order_lines.properties.quantity.logicalType';
    const before = await api(risksRoute);
    expect(before).toMatchObject({
      totalItems: 1,
      items: [{ version: '1.1.0', breakingPaths: [QUANTITY], reach: 'port' }],
    });
    const exampleSeenAt = before.items[0].seenAt;
    const exampleNote = {
      datetime: exampleSeenAt,
      day: await dayOf(exampleSeenAt),
      paths: QUANTITY,
      href: CONTRACT_PAGE,
      text: expect.stringMatching(
        sentence(await dayOf(exampleSeenAt), QUANTITY),
      ),
    };
    expect(await notesOf(await showRisk())).toEqual([exampleNote]);

    // Now customer_id is removed, the version raised within its major
    // number: a second breaking change, shown first.
    const contract = parse(fs.readFileSync(contractFile, 'utf8'));
    contract.version = '1.2.0';
    contract.schema[0].properties = contract.schema[0].properties.filter(
      (p: any) => p.name !== 'customer_id',
    );
    const rewrittenAt = Date.now();
    fs.writeFileSync(contractFile, stringify(contract));
    await waitFor(
      async saw => {
        const found = await api(versionsRoute);
        saw(found.totalItems);
        if (found.totalItems === 3) return true;
        await api('/refresh', 'POST');
        return undefined;
      },
      180_000,
      'the new breaking version of order-lines-contract',
    );
    const CUSTOMER = 'schema.order_lines.properties.customer_id';
    const risks = await api(risksRoute);
    expect(risks).toMatchObject({
      totalItems: 2,
      items: [
        {
          api: 'api:default/order-lines-contract',
          version: '1.2.0',
          unannounced: true,
          breakingPaths: [CUSTOMER],
          reach: 'port',
          through: 'dataproduct:default/order-history',
        },
        { version: '1.1.0', seenAt: exampleSeenAt },
      ],
    });
    const { seenAt } = risks.items[0];
    expect(Date.parse(seenAt)).toBeGreaterThanOrEqual(rewrittenAt - 1000);

    const day = await dayOf(seenAt);
    expect(await notesOf(await showRisk())).toEqual([
      {
        datetime: seenAt,
        day,
        paths: CUSTOMER,
        href: CONTRACT_PAGE,
        text: expect.stringMatching(sentence(day, CUSTOMER)),
      },
      exampleNote,
    ]);
    await shoot('contracts-at-risk');

    await axeInBothThemes('at-risk', showRisk);
  });

  it("shows the contract's versions on its page, and whom the example's breaking change reaches", async () => {
    const showChanges = async () => {
      await open('/catalog/default/api/order-lines-contract');
      const versions = page().getByRole('table', { name: 'Contract versions' });
      await settle(page(), versions);
      return versions;
    };
    const versions = await showChanges();
    // Newest first: the version the test above wrote, the example's
    // 1.1.0 and its configured history 1.0.0.
    expect(await textsOf(versions.getByRole('rowheader'))).toEqual([
      '1.2.0',
      '1.1.0',
      '1.0.0',
    ]);
    await page()
      .getByRole('button', { name: 'Show impact of version 1.1.0' })
      .click();
    const impact = page().getByRole('region', {
      name: 'Impact of version 1.1.0',
    });
    // What the README says the example's change reaches: the live
    // Checkout Conversion Dashboard reads the port; downstream, the live
    // Marketing Attribution and the committed Personalised
    // Recommendations; six data products read the port, and two more are
    // downstream of them.
    expect(await textOf(impact.getByText(/^This change reaches:/))).toBe(
      'This change reaches: 3 use cases (3 real) and 8 data products',
    );
    expect(
      await textsOf(
        impact
          .getByRole('table', { name: 'Use cases reached' })
          .getByRole('rowheader'),
      ),
    ).toEqual([
      'Checkout Conversion Dashboard',
      'Marketing Attribution',
      'Personalised Recommendations',
    ]);
    const products = await textsOf(
      impact
        .getByRole('table', { name: 'Data products reached' })
        .getByRole('rowheader'),
    );
    expect(products).toHaveLength(8);
    expect(products.slice(6)).toEqual([
      'Customer Segments',
      'Margin by Product',
    ]);

    await axeInBothThemes('changes', showChanges);
  });
});
