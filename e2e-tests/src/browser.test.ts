/*
 * The portal as a person uses it: the real backend serving the production
 * build of the app, driven in Debian's Chromium through Playwright.
 * Screenshots go to e2e-results/ (git-ignored).
 */
import { usePortalInBrowser } from './portalInBrowser';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

describe('the portal in a browser', () => {
  const { page, open, textOf, shoot } = usePortalInBrowser(
    E2E_PORTS.browser.backend,
  );

  it('shows the organisation phase and its place on the S-curve', async () => {
    await open('/data-mesh');
    const phaseCard = page().getByTestId('phase-card').first();
    expect(await textOf(phaseCard.getByTestId('phase-name'))).toBe('Scale');
    // The organisation declares nothing.
    expect(await phaseCard.getByTestId('declared-phase').count()).toBe(0);
    // 5 of the example's 12 domains have an active data product.
    expect(await textOf(phaseCard.getByTestId('adopter-category'))).toBe(
      'Early majority · 41.7% adoption',
    );
    const curve = page()
      .getByRole('img', { name: /adoption/i })
      .first();
    await curve.waitFor({ state: 'visible' });
    expect(await curve.getAttribute('aria-label')).toMatch(
      /is at 41\.7% adoption, in the early majority segment/,
    );
    await shoot('overview');
  });

  it('lists demanded capabilities and not the no-demand ones', async () => {
    await open('/data-mesh/capabilities');
    expect(await textOf(page().getByText('Stream Ingestion').first())).toBe(
      'Stream Ingestion',
    );
    expect(await textOf(page().getByText('Lakehouse Storage').first())).toBe(
      'Lakehouse Storage',
    );
    // Rows have arrived: the no-demand ones would be among them by now.
    expect(await page().getByText('Reverse ETL').count()).toBe(0);
    expect(await page().getByText('Data Marketplace').count()).toBe(0);
    await shoot('capabilities');
  });

  it("shows a data product's output ports", async () => {
    await open('/catalog/default/dataproduct/order-history');
    const ports = page().getByRole('table', { name: 'Output ports' });
    // The first row under the header is the product's first output port.
    expect(await textOf(ports.getByRole('row').nth(1))).toMatch(/^order-lines/);
    await shoot('data-product');
  });

  it("shows a domain's phase card", async () => {
    await open('/catalog/default/domain/fulfilment');
    const phaseCard = page().getByTestId('phase-card').first();
    // Fulfilment declares scale while its computed phase is bootstrap: the
    // card leads with the declared phase and says what was computed.
    expect(await textOf(phaseCard.getByTestId('phase-name'))).toBe('Scale');
    expect(await textOf(phaseCard.getByTestId('declared-phase'))).toMatch(
      /^Declared: Scale · computed from the catalog: Bootstrap \(the declared phase overrides it\)/,
    );
    await shoot('domain');
  });
});
