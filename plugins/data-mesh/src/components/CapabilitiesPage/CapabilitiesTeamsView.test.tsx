import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import {
  backendError,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import { capability } from '../../__testUtils__/entityBuilders';
import {
  brightcart,
  crowdedOrganisation,
} from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  bodyRows,
  cellTexts,
  findBodyRows,
  pagerText,
} from '../../__testUtils__/tables';
import { CapabilitiesTeamsView } from './CapabilitiesTeamsView';

const TABLE = 'Capabilities needed by real use cases';

/** The demand cell: the count, then how many need it directly. */
function demandCell(row: HTMLElement) {
  return within(row).getAllByRole('cell')[3];
}
const LAKEHOUSE = 'platformcapability:default/lakehouse-storage';

describe('CapabilitiesTeamsView', () => {
  it('lists demanded capabilities in the server order, with counts and samples', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<CapabilitiesTeamsView />, { dataMeshApi });

    const rows = await findBodyRows(TABLE, 4);
    // One real use case each; Lakehouse also has emerging demand, then by title.
    expect(rows.map(row => cellTexts(row)[0])).toEqual([
      'Lakehouse Storage',
      'BI Dashboards',
      'ml-training (not in the catalog)',
      'Stream Processing',
    ]);
    const [lakehouse, bi, mlTraining, stream] = rows;
    expect(cellTexts(lakehouse).slice(1, 4)).toEqual([
      'Available',
      'Storage',
      '1',
    ]);
    expect(
      within(lakehouse).getByRole('link', {
        name: /checkout-conversion-dashboard/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/usecase/checkout-conversion-dashboard',
    );
    expect(
      within(lakehouse).getByRole('link', { name: /order-history/ }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/order-history');
    expect(
      within(lakehouse).getByRole('link', { name: /orders/ }),
    ).toHaveAttribute('href', '/catalog/default/domain/orders');
    expect(lakehouse).toHaveTextContent('Business user, Data analyst');
    expect(cellTexts(lakehouse)[8]).toBe('High');
    // Everything fits in the samples: no "and N more".
    expect(lakehouse).not.toHaveTextContent(/more/);

    expect(demandCell(bi)).toHaveTextContent(/^1/);
    expect(within(demandCell(bi)).getByText('1 directly')).toBeInTheDocument();
    expect(within(demandCell(lakehouse)).queryByText(/directly/)).toBeNull();
    expect(
      within(mlTraining).queryByRole('link', { name: /ml-training/ }),
    ).toBeNull();
    expect(cellTexts(mlTraining)[1]).toBe('Not offered');
    expect(
      within(mlTraining).getByRole('link', { name: /campaign-audience/ }),
    ).toBeInTheDocument();
    expect(
      within(stream).getByRole('link', { name: /orders-events/ }),
    ).toBeInTheDocument();
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledWith({
      view: 'teams',
      limit: 20,
      offset: 0,
    });
  });

  it('shows only the sample of a crowded capability and drills down into every use case, a page at a time', async () => {
    const dataMeshApi = fakeDataMeshApi(crowdedOrganisation(23));
    await renderWithApis(<CapabilitiesTeamsView />, { dataMeshApi });

    const [row] = await findBodyRows(TABLE, 1);
    // 23 use cases, of which use-case-01, -04, … -22 also directly: 8.
    expect(demandCell(row)).toHaveTextContent(/^23/);
    expect(within(demandCell(row)).getByText('8 directly')).toBeInTheDocument();
    const useCases = within(row)
      .getAllByRole('link')
      .filter(link => /use-case-/.test(link.textContent ?? ''));
    expect(useCases.map(link => link.textContent)).toEqual([
      'use-case-01',
      'use-case-02',
      'use-case-03',
      'use-case-04',
      'use-case-05',
    ]);
    expect(row).toHaveTextContent('and 18 more');

    await userEvent.click(
      within(row).getByRole('button', { name: 'Show all 23 use cases' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('tab', { name: 'Use cases (23)' }),
    ).toHaveAttribute('aria-selected', 'true');
    const first = await findBodyRows(/^Use cases needing/, 20, dialog);
    expect(cellTexts(first[0])[0]).toBe('use-case-01');
    expect(pagerText(dialog)).toBe('1-20 of 23');
    expect(dataMeshApi.getCapabilityDemand).toHaveBeenCalledWith(LAKEHOUSE, {
      demand: 'real',
      limit: 20,
      offset: 0,
    });

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Next Page' }),
    );
    const second = await findBodyRows(/^Use cases needing/, 3, dialog);
    expect(dataMeshApi.getCapabilityDemand).toHaveBeenLastCalledWith(
      LAKEHOUSE,
      { demand: 'real', limit: 20, offset: 20 },
    );
    expect(second.map(r => cellTexts(r)[0])).toEqual([
      'use-case-21',
      'use-case-22',
      'use-case-23',
    ]);
    // use-case-22 requires it itself too; use-case-23 only through a product.
    expect(cellTexts(second[1])[2]).toMatch(/^Directly and via order-history$/);
    expect(cellTexts(second[2])[2]).toMatch(/^Via order-history$/);

    await userEvent.click(
      within(dialog).getByRole('tab', { name: 'Domains (1)' }),
    );
    const domains = await findBodyRows(/^Domains needing/, 1, dialog);
    expect(within(domains[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/domain/orders',
    );
    expect(dataMeshApi.getCapabilityDomains).toHaveBeenCalledWith(LAKEHOUSE, {
      limit: 20,
      offset: 0,
    });
  });

  it('sends the category and status filters to the server', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<CapabilitiesTeamsView />, { dataMeshApi });
    await findBodyRows(TABLE, 4);

    await userEvent.selectOptions(screen.getByLabelText('Category'), 'storage');
    await waitFor(() =>
      expect(dataMeshApi.getCapabilities).toHaveBeenLastCalledWith({
        view: 'teams',
        category: 'storage',
        limit: 20,
        offset: 0,
      }),
    );
    const rows = await findBodyRows(TABLE, 1);
    expect(cellTexts(rows[0])[0]).toBe('Lakehouse Storage');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'beta');
    expect(
      await screen.findByText('No capability matches these filters'),
    ).toBeInTheDocument();
    expect(dataMeshApi.getCapabilities).toHaveBeenLastCalledWith(
      expect.objectContaining({ category: 'storage', status: 'beta' }),
    );
  });

  it('shows progress while loading', async () => {
    await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: mockDataMeshApi({ getCapabilities: () => pending() }),
    });
    const region = screen.getByRole('region', { name: TABLE });
    expect(within(region).getByRole('progressbar')).toBeInTheDocument();
    expect(bodyRows(region).map(row => row.textContent)).not.toContain(
      'Lakehouse Storage',
    );
  });

  it('explains an empty list', async () => {
    // Offered, but nobody needs it.
    await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: fakeDataMeshApi([capability('unused', 'available')]),
    });
    expect(
      await screen.findByText('No capability is needed yet'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: TABLE })).toBeNull();
  });

  it('shows errors and stale warnings', async () => {
    const failure = await ResponseError.fromResponse(
      backendError(500, 'Demand store down'),
    );
    const { unmount } = await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () => {
          throw failure;
        },
      }),
    });
    expect(
      (await screen.findAllByText(/Demand store down/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: TABLE })).toBeNull();
    unmount();

    await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: fakeDataMeshApi(brightcart, { stale: true }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of date/);
    expect(await findBodyRows(TABLE, 4)).toHaveLength(4);
  });
});
