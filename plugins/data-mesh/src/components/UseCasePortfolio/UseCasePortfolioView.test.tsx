import { screen, within } from '@testing-library/react';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { mockDataMeshApi, pending } from '../../__testUtils__/fixtures';
import { homeward } from '../../__testUtils__/insightOrganisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { cellTexts, findBodyRows } from '../../__testUtils__/tables';
import { UseCasePortfolioView } from './UseCasePortfolioView';

describe('UseCasePortfolioView', () => {
  it('loads the portfolio and ranks complementary pairs with what they share', async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    await renderWithApis(<UseCasePortfolioView />, { dataMeshApi });

    expect(await screen.findByTestId('start-here-callout')).toHaveTextContent(
      '2 use cases are there',
    );
    const rows = await findBodyRows('Complementary use cases', 4);
    // Most similar first; at a tie, by the first use case's title.
    expect(
      rows.map(row =>
        within(row)
          .getAllByRole('link')
          .slice(0, 2)
          .map(link => link.textContent),
      ),
    ).toEqual([
      ['Campaign Report', 'Checkout Dashboard'],
      ['Churn Prediction', 'Customer Segmentation'],
      ['Checkout Dashboard', 'Delivery Tracking'],
      ['Churn Prediction', 'Delivery Tracking'],
    ]);
    expect(rows.map(row => cellTexts(row)[0])).toEqual(['1', '2', '3', '4']);
    expect(rows.map(row => cellTexts(row)[2])).toEqual([
      '100%: they share 2 of the 2 capabilities either needs',
      '66.7%: they share 2 of the 3 capabilities either needs',
      '50%: they share 1 of the 2 capabilities either needs',
      '50%: they share 1 of the 2 capabilities either needs',
    ]);
    expect(cellTexts(rows[1]).slice(3)).toEqual([
      'Lakehouse Storage (available), ml-training (not offered)',
      'Data scientist; Data analyst',
    ]);
    expect(
      screen.getByText(
        /a Jaccard similarity, shared over needed by either, of at least 50%/,
      ),
    ).toBeInTheDocument();
  });

  it('ranks a later page of pairs after the first', async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    const original =
      dataMeshApi.getComplementaryUseCases.getMockImplementation()!;
    // Pages of two, as the second page would come.
    dataMeshApi.getComplementaryUseCases.mockImplementation(page =>
      original({ ...page, limit: 2, offset: 2 }),
    );
    await renderWithApis(<UseCasePortfolioView />, { dataMeshApi });

    const rows = await findBodyRows('Complementary use cases', 2);
    expect(rows.map(row => cellTexts(row)[0])).toEqual(['3', '4']);
  });

  it('says when the pairs were searched for, and that no search has run yet', async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    const original =
      dataMeshApi.getComplementaryUseCases.getMockImplementation()!;
    const { unmount } = await renderWithApis(<UseCasePortfolioView />, {
      dataMeshApi,
    });
    await findBodyRows('Complementary use cases', 4);
    const searched = screen.getByText(/Pairs found by the search of/);
    const searchedAt = (await original()).searchedAt!;
    expect(
      within(searched).getByText(/./, { selector: 'time' }),
    ).toHaveAttribute('datetime', searchedAt);
    unmount();

    dataMeshApi.getComplementaryUseCases.mockImplementation(async page => ({
      ...(await original(page)),
      searchedAt: null,
      items: [],
      totalItems: 0,
    }));
    await renderWithApis(<UseCasePortfolioView />, { dataMeshApi });
    expect(
      await screen.findByText(
        /The search for complementary use cases has not run yet/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Pairs found by the search of/)).toBeNull();
  });

  it('says so when there are no use cases', async () => {
    await renderWithApis(<UseCasePortfolioView />, {
      dataMeshApi: fakeDataMeshApi([]),
    });

    expect(await screen.findByText('No use cases yet')).toBeInTheDocument();
  });

  it('shows progress while the portfolio loads', async () => {
    const dataMeshApi = mockDataMeshApi({
      getUseCasePortfolio: () => pending(),
      getComplementaryUseCases: () => pending(),
    });
    await renderWithApis(<UseCasePortfolioView />, { dataMeshApi });

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
