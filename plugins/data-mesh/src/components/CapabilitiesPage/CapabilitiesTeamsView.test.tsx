import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  backendError,
  capabilitiesFixture,
  capabilityFixture,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { CapabilitiesTeamsView } from './CapabilitiesTeamsView';

describe('CapabilitiesTeamsView', () => {
  it('lists demanded capabilities, most demanded first, with who needs them', async () => {
    const fixture = capabilitiesFixture();
    const dataMeshApi = mockDataMeshApi({
      // Given least demanded first, shown most demanded first.
      getCapabilities: async () => ({
        ...fixture,
        items: [...fixture.items].reverse(),
      }),
    });

    await renderWithApis(<CapabilitiesTeamsView />, { dataMeshApi });

    const table = await screen.findByRole('table', {
      name: 'Capabilities needed by real use cases',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Lakehouse Storage');
    expect(rows[0]).toHaveTextContent('Available');
    expect(rows[0]).toHaveTextContent('Data analyst, Business user');
    expect(rows[1]).toHaveTextContent('ML engineer');
    expect(rows[0]).toHaveTextContent('High');
    expect(rows[0]).toHaveTextContent(/checkout-conversion-dashboard — via/);
    expect(
      within(rows[0]).getByRole('link', { name: /order-history/ }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/order-history');
    expect(rows[1]).toHaveTextContent('ml-training (not in the catalog)');
    expect(
      within(rows[1]).queryByRole('link', { name: /ml-training/ }),
    ).toBeNull();
    expect(rows[1]).toHaveTextContent('Not offered');
    expect(rows[1]).toHaveTextContent(
      /personalised-recommendations — directly/,
    );
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledWith({
      view: 'teams',
      category: undefined,
      status: undefined,
    });
  });

  it('passes category and status filters to the backend', async () => {
    const dataMeshApi = mockDataMeshApi({
      getCapabilities: async () => capabilitiesFixture(),
    });
    await renderWithApis(<CapabilitiesTeamsView />, { dataMeshApi });
    await screen.findByRole('table');

    await userEvent.selectOptions(screen.getByLabelText('Category'), 'storage');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'beta');

    await waitFor(() =>
      expect(dataMeshApi.getCapabilities).toHaveBeenLastCalledWith({
        view: 'teams',
        category: 'storage',
        status: 'beta',
      }),
    );
  });

  it('shows progress while loading', async () => {
    await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: mockDataMeshApi({ getCapabilities: () => pending() }),
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('explains an empty list', async () => {
    await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () => capabilitiesFixture({ items: [] }),
      }),
    });
    expect(
      await screen.findByText('No capability is needed yet'),
    ).toBeInTheDocument();
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
    unmount();

    await renderWithApis(<CapabilitiesTeamsView />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () =>
          capabilitiesFixture({
            stale: true,
            items: [
              capabilityFixture('one', {
                demand: { ...capabilityFixture('x').demand, count: 1 },
              }),
            ],
          }),
      }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of date/);
  });
});
