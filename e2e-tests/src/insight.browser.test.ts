/*
 * The execution insights as a person sees them: the use-case portfolio,
 * the roadmap in the platform view and a business unit's Group page, in
 * the production build of the app served by the real backend with the
 * example organisation, driven in Debian's Chromium. What each asserts is
 * what the README says about the example organisation. Screenshots go to
 * e2e-results/ (git-ignored).
 */
import { usePortalInBrowser } from './portalInBrowser';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

describe('the execution insights in a browser', () => {
  const { page, open, textOf, textsOf, shoot } = usePortalInBrowser(
    E2E_PORTS.insightBrowser.backend,
  );

  /**
   * The body rows of the server-paged table in the region named `name`,
   * once every row of the page its pager announces ("1-5 of 5") is drawn:
   * the table can draw its first row before the rest. (The pager says it
   * twice, in Material UI's hidden caption and in the visible one.)
   */
  async function rowsOf(name: string) {
    const region = page().getByRole('region', { name, exact: true });
    const pager = region.getByText(/^\d+-\d+ of [1-9]\d*$/).last();
    await pager.waitFor({ state: 'visible' });
    const [, from, to] = /^(\d+)-(\d+) of/.exec(
      (await pager.textContent()) ?? '',
    )!;
    const rows = region.locator('tbody tr');
    await rows.nth(Number(to) - Number(from)).waitFor({ state: 'visible' });
    return rows;
  }

  it('shows where to start in the use-case portfolio, and complementary pairs', async () => {
    await open('/data-mesh/use-cases');

    const startCell = page().getByTestId('cell-high-low');
    expect(await textOf(startCell.getByTestId('cell-count'))).toBe(
      '2 use cases',
    );
    expect(await textOf(startCell.getByTestId('start-here'))).toBe(
      'Start here',
    );
    const [checkout, delivery] = await startCell.getByTestId('use-case').all();
    expect(await textOf(checkout.getByRole('link').first())).toBe(
      'Checkout Conversion Dashboard',
    );
    expect(await textOf(checkout.getByTestId('blocked-by'))).toBe(
      'Nothing blocks it: every capability it needs is available',
    );
    expect(await textOf(delivery.getByRole('link').first())).toBe(
      'Delivery SLA Monitoring',
    );
    expect(await textOf(delivery.getByTestId('blocked-by'))).toBe(
      'Blocked by alerting (not offered)',
    );
    expect(await textOf(page().getByTestId('start-here-callout'))).toBe(
      'In bootstrap, start with a few high-value, low-complexity use cases: 2 use cases are there, 1 of them blocked by nothing.',
    );

    // Five pairs reach 0.5; the closest share 4 of the 6 capabilities.
    const pairs = await rowsOf('Complementary use cases');
    expect(await pairs.count()).toBe(5);
    const closest = pairs.first().locator('td');
    expect(await textOf(closest.nth(0))).toBe('1');
    expect(await textsOf(closest.nth(1).getByRole('link'))).toEqual([
      'Demand Planning',
      'Finance Close Automation',
    ]);
    expect(await textOf(closest.nth(2))).toBe(
      '66.7%: they share 4 of the 6 capabilities either needs',
    );
    await shoot('use-cases');
  });

  it('orders the roadmap in the platform view by the value it unblocks', async () => {
    await open('/data-mesh/capabilities/platform');

    const roadmap = await rowsOf('Roadmap');
    const [first, second] = [
      roadmap.nth(0).locator('td'),
      roadmap.nth(1).locator('td'),
    ];
    expect(await textOf(first.nth(1))).toBe('Feature Store (building)');
    expect(await textsOf(first.nth(2).getByTestId('roadmap-use-case'))).toEqual(
      ['Payment Fraud Detection Committed · high value'],
    );
    expect(await textOf(first.nth(3))).toMatch(
      /^Personalised Recommendations Committed · high value, also lacks \d+ other capabilit/,
    );
    expect(await textOf(second.nth(1))).toBe('alerting (not offered)');
    expect(
      await textsOf(second.nth(2).getByTestId('roadmap-use-case')),
    ).toEqual(['Delivery SLA Monitoring Live · high value']);

    const deprecated = await rowsOf('Deprecated but still needed');
    expect(await deprecated.count()).toBe(1);
    const mailer = deprecated.first().locator('td');
    expect(await textOf(mailer.nth(0))).toBe(
      'Scheduled Report Mailer (deprecated)',
    );
    expect(
      await textsOf(mailer.nth(1).getByTestId('roadmap-use-case')),
    ).toEqual(['Marketing Attribution Live · medium value']);
    await shoot('roadmap', page().getByTestId('platform-roadmap'));
  });

  it("shows a business unit's phase, trail and forecast on its Group page", async () => {
    await open('/catalog/default/group/customer-experience');

    const phaseCard = page().getByTestId('phase-card').first();
    // 2 of its 3 domains adopting, 4 active products, 2 real use cases.
    expect(await textOf(phaseCard.getByTestId('phase-name'))).toBe('Scale');
    expect(await textOf(phaseCard.getByTestId('adopter-category'))).toBe(
      'Late majority · 66.7% adoption',
    );
    const curve = page().getByRole('img', {
      name: /^Customer Experience is at 66\.7% adoption/,
    });
    await curve.waitFor({ state: 'visible' });
    // A year of example history before the one real day.
    expect(await curve.getAttribute('aria-label')).toMatch(
      /in the late majority segment of the S-curve of adoption\. 36\d snapshots from /,
    );
    expect(await page().getByTestId('history-trail').count()).toBe(1);
    expect(await textOf(page().getByTestId('example-data'))).toMatch(
      /^example data: 36\d of 36\d days$/,
    );
    expect(await textOf(page().getByTestId('forecast-sentence'))).toBe(
      'Adoption has already reached 50%, the adoption threshold of Exploit; the other criteria of that phase are what remains.',
    );
    expect(await textOf(page().getByTestId('forecast-basis'))).toMatch(
      /^Basis: 36\d days of history, from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\. 36\d of those days are example data, not measurements\.$/,
    );
    await shoot('business-unit');
  });

  it('lists the business units on the overview, each with its sparkline', async () => {
    await open('/data-mesh');

    const rows = await (await rowsOf('Business units')).all();
    const cells = await Promise.all(
      rows.map(async row =>
        (await row.locator('td').allTextContents())
          .slice(0, 2)
          .map(text => text.trim()),
      ),
    );
    expect(cells).toEqual([
      ['Central Analytics', 'Bootstrap'],
      ['Commerce', 'Bootstrap'],
      ['Customer Experience', 'Scale'],
      ['Finance', 'Bootstrap'],
      ['Operations', 'Bootstrap'],
    ]);
    expect(await page().getByTestId('sparkline').count()).toBe(5);
  });
});
