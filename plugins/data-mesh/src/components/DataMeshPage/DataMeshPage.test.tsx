import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../__testUtils__/renderDataMeshPage';

describe('DataMeshPageContent', () => {
  it('shows the overview at the page root', async () => {
    renderPage('/data-mesh');

    expect(await screen.findByText('Organisation phase')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const domains = await screen.findByRole('region', { name: 'Domains' });
    expect(
      await within(domains).findByRole('link', { name: 'Fulfilment' }),
    ).toHaveAttribute('href', '/catalog/default/domain/fulfilment');
  });

  it('shows the teams view at /capabilities and links every view', async () => {
    renderPage('/data-mesh/capabilities');

    expect(
      await screen.findByText('Capabilities in demand'),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Capabilities' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'href',
      '/data-mesh',
    );
    expect(
      await screen.findByRole('tab', { name: 'Platform view' }),
    ).toHaveAttribute('href', '/data-mesh/capabilities/platform');
  });

  it('navigates between views by their tabs', async () => {
    renderPage('/data-mesh');
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Capabilities' }),
    );
    expect(
      await screen.findByText('Capabilities in demand'),
    ).toBeInTheDocument();
  });

  it('shows the platform view at its own route to permitted users', async () => {
    const { dataMeshApi } = renderPage('/data-mesh/capabilities/platform');

    expect(
      await screen.findByText('Platform view of capability demand'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Demanded (3)' }),
    ).toBeInTheDocument();
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledWith(
      expect.objectContaining({ view: 'platform', group: 'demanded' }),
    );
  });

  it('lets permitted users request a refresh', async () => {
    const { dataMeshApi } = renderPage('/data-mesh');

    await userEvent.click(
      await screen.findByRole('button', { name: 'Refresh now' }),
    );

    expect(dataMeshApi.requestRefresh).toHaveBeenCalled();
  });

  it('says so for an unknown view', async () => {
    renderPage('/data-mesh/nothing-here');
    expect(await screen.findByText('No such view')).toBeInTheDocument();
  });
});
