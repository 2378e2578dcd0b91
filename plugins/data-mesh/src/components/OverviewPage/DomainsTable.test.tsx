import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import {
  backendError,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import {
  brightcart,
  manyDomainsOrganisation,
} from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  bodyRows,
  cellTexts,
  findBodyRows,
  pagerText,
} from '../../__testUtils__/tables';
import { DomainsTable } from './DomainsTable';

const firstCells = (rows: HTMLElement[]) => rows.map(row => cellTexts(row)[0]);

describe('DomainsTable', () => {
  it('shows a page of domains with archetype, contents, adoption, phase and declared phase', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<DomainsTable />, { dataMeshApi });

    const rows = await findBodyRows('Domains', 5);
    // By title, as the server sorts by default.
    expect(firstCells(rows)).toEqual([
      'Finance',
      'Fulfilment',
      'Inventory',
      'Marketing',
      'Orders',
    ]);
    const fulfilment = rows[1];
    expect(
      within(fulfilment).getByRole('link', { name: 'Fulfilment' }),
    ).toHaveAttribute('href', '/catalog/default/domain/fulfilment');
    expect(cellTexts(fulfilment).slice(1)).toEqual([
      'Source aligned',
      '',
      '2',
      '1',
      '100%',
      'Scale',
      'Declared Scale, computed Bootstrap',
    ]);
    expect(
      within(fulfilment).getByText('Declared Scale, computed Bootstrap'),
    ).toHaveAttribute('title', 'Inventory joins this quarter');
    expect(
      within(rows[2]).getByRole('link', { name: /fulfilment/ }),
    ).toHaveAttribute('href', '/catalog/default/domain/fulfilment');
    expect(cellTexts(rows[4]).slice(3)).toEqual([
      '3',
      '1',
      '100%',
      'Scale',
      'Computed',
    ]);
    expect(dataMeshApi.getDomains).toHaveBeenCalledTimes(1);
    expect(dataMeshApi.getDomains).toHaveBeenCalledWith({
      limit: 20,
      offset: 0,
      sort: 'title',
      order: 'asc',
    });
  });

  it('sorts on the server by the column clicked', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<DomainsTable />, { dataMeshApi });
    await findBodyRows('Domains', 5);

    await userEvent.click(
      screen.getByRole('button', { name: 'Data products' }),
    );
    await waitFor(() =>
      expect(dataMeshApi.getDomains).toHaveBeenLastCalledWith({
        limit: 20,
        offset: 0,
        sort: 'dataProducts',
        order: 'asc',
      }),
    );
    await waitFor(() =>
      expect(firstCells(bodyRows(document.body))[0]).toBe('Finance'),
    );
    // Ties (one product each) keep the server's title order.
    expect(firstCells(bodyRows(document.body))).toEqual([
      'Finance',
      'Inventory',
      'Marketing',
      'Fulfilment',
      'Orders',
    ]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Data products' }),
    );
    await waitFor(() =>
      expect(dataMeshApi.getDomains).toHaveBeenLastCalledWith(
        expect.objectContaining({ sort: 'dataProducts', order: 'desc' }),
      ),
    );
    await waitFor(() =>
      expect(firstCells(bodyRows(document.body))[0]).toBe('Orders'),
    );
    expect(firstCells(bodyRows(document.body))[4]).toBe('Finance');
  });

  it('asks the server for the next page', async () => {
    const dataMeshApi = fakeDataMeshApi(manyDomainsOrganisation(25));
    await renderWithApis(<DomainsTable />, { dataMeshApi });

    const first = await findBodyRows('Domains', 20);
    expect(cellTexts(first[0])[0]).toBe('domain-01');
    expect(pagerText()).toBe('1-20 of 25');

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));

    const second = await findBodyRows('Domains', 5);
    expect(firstCells(second)).toEqual([
      'domain-21',
      'domain-22',
      'domain-23',
      'domain-24',
      'domain-25',
    ]);
    expect(pagerText()).toBe('21-25 of 25');
    expect(dataMeshApi.getDomains).toHaveBeenLastCalledWith(
      expect.objectContaining({ limit: 20, offset: 20 }),
    );
  });

  it('filters by text and phase on the server, from the first page', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<DomainsTable />, { dataMeshApi });
    await findBodyRows('Domains', 5);

    await userEvent.type(screen.getByLabelText('Search domains'), ' ful ');
    const found = await findBodyRows('Domains', 1);
    expect(cellTexts(found[0])[0]).toBe('Fulfilment');
    expect(dataMeshApi.getDomains).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'ful', offset: 0 }),
    );

    await userEvent.selectOptions(screen.getByLabelText('Phase'), 'exploit');
    expect(
      await screen.findByText('No domains match these filters'),
    ).toBeInTheDocument();
    expect(dataMeshApi.getDomains).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'ful', phase: 'exploit', offset: 0 }),
    );
    // Filtering to nothing is not the same as having no domains.
    expect(screen.queryByText('No domains yet')).not.toBeInTheDocument();
  });

  it('shows progress while the first page loads', async () => {
    await renderWithApis(<DomainsTable />, {
      dataMeshApi: mockDataMeshApi({ getDomains: () => pending() }),
    });
    const region = screen.getByRole('region', { name: 'Domains' });
    expect(within(region).getByRole('progressbar')).toBeInTheDocument();
  });

  it('shows an empty state without domains', async () => {
    await renderWithApis(<DomainsTable />, {
      dataMeshApi: fakeDataMeshApi([]),
    });
    expect(await screen.findByText('No domains yet')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Domains' })).toBeNull();
  });

  it('shows the error', async () => {
    const failure = await ResponseError.fromResponse(
      backendError(500, 'Domains exploded'),
    );
    await renderWithApis(<DomainsTable />, {
      dataMeshApi: mockDataMeshApi({
        getDomains: async () => {
          throw failure;
        },
      }),
    });
    expect(
      (await screen.findAllByText(/Domains exploded/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: 'Domains' })).toBeNull();
  });

  it('warns when the domains are stale', async () => {
    await renderWithApis(<DomainsTable />, {
      dataMeshApi: fakeDataMeshApi(brightcart, { stale: true }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of date/);
    const rows = await findBodyRows('Domains', 5);
    expect(within(rows[0]).getByText('stale')).toBeInTheDocument();
  });
});
