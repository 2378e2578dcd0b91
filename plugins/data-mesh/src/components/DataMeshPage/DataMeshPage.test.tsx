import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../__testUtils__/renderDataMeshPage';
import { cellTexts, findBodyRows } from '../../__testUtils__/tables';

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
    expect(
      screen.getByRole('link', { name: 'the use-case portfolio' }),
    ).toHaveAttribute('href', '/data-mesh/use-cases');
    // Brightcart's teams stand alone, so each team owning domains is a
    // top-level unit.
    const units = await screen.findByRole('region', { name: 'Business units' });
    expect(
      await within(units).findByRole('link', { name: 'logistics-team' }),
    ).toHaveAttribute('href', '/catalog/default/group/logistics-team');
  });

  it('shows the use-case portfolio at /use-cases', async () => {
    const { dataMeshApi } = renderPage('/data-mesh/use-cases');

    // Brightcart rates value but no complexity: every use case is unrated.
    expect(await screen.findByTestId('start-here-callout')).toHaveTextContent(
      'None is rated so yet',
    );
    expect(screen.getByText('Not rated yet (4)')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Use cases' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(dataMeshApi.getComplementaryUseCases).toHaveBeenCalled();
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
    // Stream Processing fully unblocks the high-value checkout dashboard,
    // ml-training the medium-value recommendations, GPU Notebooks nothing
    // real yet.
    const roadmap = await findBodyRows('Roadmap', 3);
    expect(roadmap.map(row => cellTexts(row)[1])).toEqual([
      'Stream Processing (building)',
      'ml-training (not offered)',
      'GPU Notebooks (beta)',
    ]);
    expect(dataMeshApi.getRoadmap).toHaveBeenCalled();
    expect(dataMeshApi.getDeprecatedNeeds).toHaveBeenCalled();
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
