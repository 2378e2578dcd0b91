import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { without } from '../../__testUtils__/entityBuilders';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import {
  homeward,
  homewardWithQuickWins,
} from '../../__testUtils__/insightOrganisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { findBodyRows, cellTexts } from '../../__testUtils__/tables';
import { UseCasePortfolioContent } from './UseCasePortfolioContent';

/** The matrix as rows of [row header, ...the links in each cell]. */
function matrixRows() {
  const table = screen.getByRole('table', {
    name: 'Use cases by value and complexity',
  });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map(cell =>
          within(cell)
            .queryAllByRole('link')
            .map(link => link.textContent)
            .join(' | '),
        ),
    ]);
}

/** Renders the portfolio the fake backend answers for `entities`. */
async function renderPortfolio(entities = homeward) {
  const dataMeshApi = fakeDataMeshApi(entities);
  const portfolio = await dataMeshApi.getUseCasePortfolio();
  await renderWithApis(<UseCasePortfolioContent portfolio={portfolio} />, {
    dataMeshApi,
  });
  return dataMeshApi;
}

describe('UseCasePortfolioContent', () => {
  it('places each use case by value (rows, high first) and complexity (columns, low first)', async () => {
    await renderPortfolio();

    const table = screen.getByRole('table', {
      name: 'Use cases by value and complexity',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual([
      'Value',
      'Low complexity',
      'Medium complexity',
      'High complexity',
    ]);
    // The links in a cell: each use case, then the capabilities blocking it.
    expect(matrixRows()).toEqual([
      [
        'High value',
        'Checkout Dashboard | Stock Alerts | Legacy ETL',
        'Churn Prediction',
        '',
      ],
      [
        'Medium value',
        'Campaign Report',
        'Customer Segmentation | Feature Store',
        '',
      ],
      ['Low value', '', '', 'Route Optimisation | GPU Notebooks'],
    ]);
    expect(screen.getAllByTestId('cell-count').map(c => c.textContent)).toEqual(
      [
        '2 use cases',
        '1 use case',
        '0 use cases',
        '1 use case',
        '1 use case',
        '0 use cases',
        '0 use cases',
        '0 use cases',
        '1 use case',
      ],
    );
  });

  it("describes the matrix with every cell's count, for screen readers", async () => {
    await renderPortfolio();

    expect(
      screen.getByRole('table', { name: 'Use cases by value and complexity' }),
    ).toHaveAccessibleDescription(
      'Use cases by value and complexity. ' +
        'High value, low complexity: 2 use cases (start here); ' +
        'High value, medium complexity: 1 use case; ' +
        'High value, high complexity: 0 use cases; ' +
        'Medium value, low complexity: 1 use case; ' +
        'Medium value, medium complexity: 1 use case; ' +
        'Medium value, high complexity: 0 use cases; ' +
        'Low value, low complexity: 0 use cases; ' +
        'Low value, medium complexity: 0 use cases; ' +
        'Low value, high complexity: 1 use case.',
    );
  });

  it('underlines the blocking capabilities linked inside the sentence', async () => {
    await renderPortfolio();

    const stockAlerts = within(
      screen.getByTestId('cell-high-low'),
    ).getAllByTestId('use-case')[1];
    const blocker = within(
      within(stockAlerts).getByTestId('blocked-by'),
    ).getByRole('link', { name: 'Legacy ETL' });
    // Colour alone does not tell a link from the words around it.
    expect(getComputedStyle(blocker).textDecoration).toBe('underline');
  });

  it('shows status, personas and blockers, not-offered ones as plain text', async () => {
    await renderPortfolio();

    const startCell = screen.getByTestId('cell-high-low');
    const [checkout, stockAlerts] =
      within(startCell).getAllByTestId('use-case');
    expect(within(checkout).getByTestId('use-case-status')).toHaveTextContent(
      'Live',
    );
    expect(checkout).toHaveTextContent('For Data analyst');
    expect(within(checkout).getByTestId('blocked-by')).toHaveTextContent(
      'Nothing blocks it: every capability it needs is available',
    );
    expect(
      within(stockAlerts).getByTestId('use-case-status'),
    ).toHaveTextContent('Committed');
    expect(within(stockAlerts).getByTestId('blocked-by')).toHaveTextContent(
      'Blocked by Legacy ETL (deprecated)',
    );
    expect(
      within(stockAlerts).getByRole('link', { name: 'Stock Alerts' }),
    ).toHaveAttribute('href', '/catalog/default/usecase/stock-alerts');

    const segmentation = within(
      screen.getByTestId('cell-medium-medium'),
    ).getByTestId('use-case');
    // ml-training has no entity: named, not linked.
    expect(within(segmentation).getByTestId('blocked-by')).toHaveTextContent(
      'Blocked by Feature Store (planned), ml-training (not offered)',
    );
    expect(
      within(segmentation).queryByRole('link', { name: 'ml-training' }),
    ).toBeNull();
  });

  it('calls out the high-value, low-complexity cell as where to start', async () => {
    await renderPortfolio();

    const chips = screen.getAllByTestId('start-here');
    expect(chips).toHaveLength(1);
    expect(screen.getByTestId('cell-high-low')).toContainElement(chips[0]);
    expect(screen.getByTestId('start-here-callout')).toHaveTextContent(
      'In bootstrap, start with a few high-value, low-complexity use cases: 2 use cases are there, 1 of them blocked by nothing.',
    );
  });

  it('says so when nothing is rated high value and low complexity', async () => {
    await renderPortfolio(
      without(homeward, ['checkout-dashboard', 'stock-alerts']),
    );

    expect(screen.getByTestId('start-here-callout')).toHaveTextContent(
      'In bootstrap, start with a few high-value, low-complexity use cases. None is rated so yet: look for them first.',
    );
    expect(
      within(screen.getByTestId('cell-high-low')).getByTestId('cell-count'),
    ).toHaveTextContent('0 use cases');
  });

  it('lists unrated use cases apart and leaves retired ones out', async () => {
    await renderPortfolio();

    const unrated = screen.getByRole('list', {
      name: 'Use cases not rated yet',
    });
    expect(
      within(unrated)
        .getAllByTestId('use-case')
        .map(u => within(u).getAllByRole('link')[0].textContent),
    ).toEqual(['Delivery Tracking']);
    expect(screen.getByText('Not rated yet (1)')).toBeInTheDocument();
    // Legacy Report is high value and low complexity, but retired.
    expect(screen.queryByRole('link', { name: 'Legacy Report' })).toBeNull();
  });

  it('shows the first use cases of a full cell and opens the rest a page at a time', async () => {
    // 8 use cases start here: Checkout Dashboard, Quick Win 1 to 6 (none
    // blocked), then Stock Alerts; the answer names the first five.
    const dataMeshApi = await renderPortfolio(homewardWithQuickWins(6));

    const startCell = screen.getByTestId('cell-high-low');
    expect(within(startCell).getByTestId('cell-count')).toHaveTextContent(
      '8 use cases',
    );
    expect(within(startCell).getAllByTestId('use-case')).toHaveLength(5);
    expect(startCell).toHaveTextContent('and 3 more');
    // Only the first five are known to be ready.
    expect(screen.getByTestId('start-here-callout')).toHaveTextContent(
      ': 8 use cases are there, at least 5 of them blocked by nothing.',
    );

    await userEvent.click(
      within(startCell).getByRole('button', {
        name: 'Show all 8 use cases: High value, low complexity',
      }),
    );

    const rows = await findBodyRows('Use cases: High value, low complexity', 8);
    expect(rows.map(row => cellTexts(row)[0])).toEqual([
      'Checkout Dashboard Live',
      ...[1, 2, 3, 4, 5, 6].map(n => `Quick Win ${n} Live`),
      'Stock Alerts Committed',
    ]);
    expect(cellTexts(rows[7])[2]).toBe('Legacy ETL (deprecated)');
    expect(dataMeshApi.getUseCaseCell).toHaveBeenCalledWith({
      value: 'high',
      complexity: 'low',
      limit: 20,
      offset: 0,
    });
  });
});
