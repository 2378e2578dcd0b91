import { screen, within } from '@testing-library/react';
import { domainsFixture, mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { DomainsTable } from './DomainsTable';

const dataMeshApi = mockDataMeshApi();

describe('DomainsTable', () => {
  it('lists domains with archetype, contents, phase and declared phase', async () => {
    await renderWithApis(
      <DomainsTable loading={false} domains={domainsFixture()} />,
      { dataMeshApi },
    );

    const table = screen.getByRole('table', { name: 'Domains' });
    const rows = within(table).getAllByRole('row');
    // Header, then domains by title.
    expect(
      rows.map(row => (row as HTMLTableRowElement).cells[0].textContent),
    ).toEqual(['Domain', 'Fulfilment', 'Inventory', 'Orders']);
    const fulfilment = rows[1];
    expect(
      within(fulfilment).getByRole('link', { name: 'Fulfilment' }),
    ).toHaveAttribute('href', '/catalog/default/domain/fulfilment');
    expect(fulfilment).toHaveTextContent('Source aligned');
    expect(fulfilment).toHaveTextContent('Scale');
    expect(
      within(fulfilment).getByText('Declared Scale, computed Bootstrap'),
    ).toHaveAttribute('title', 'Inventory joins this quarter');
    expect(rows[2]).toHaveTextContent('fulfilment');
    expect(rows[3]).toHaveTextContent('Computed');
  });

  it('shows progress while loading', async () => {
    await renderWithApis(<DomainsTable loading />, { dataMeshApi });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows an empty state without domains', async () => {
    await renderWithApis(
      <DomainsTable loading={false} domains={domainsFixture({ items: [] })} />,
      { dataMeshApi },
    );
    expect(screen.getByText('No domains yet')).toBeInTheDocument();
  });

  it('shows the error', async () => {
    await renderWithApis(
      <DomainsTable loading={false} error={new Error('Domains exploded')} />,
      { dataMeshApi },
    );
    expect(screen.getAllByText(/Domains exploded/).length).toBeGreaterThan(0);
  });

  it('warns when the domains are stale', async () => {
    await renderWithApis(
      <DomainsTable
        loading={false}
        domains={domainsFixture({ stale: true })}
      />,
      { dataMeshApi },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/out of date/);
  });
});
