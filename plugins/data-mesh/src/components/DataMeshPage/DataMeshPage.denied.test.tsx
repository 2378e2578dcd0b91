/*
 * Permission answers are cached per permission for the whole test file
 * (usePermission memoises them), so the denied case runs in its own file.
 */
import { screen } from '@testing-library/react';
import { renderPage } from '../../__testUtils__/renderDataMeshPage';

describe('DataMeshPageContent without permissions', () => {
  it('hides the platform view and the refresh button', async () => {
    const { dataMeshApi } = renderPage(
      '/data-mesh/capabilities/platform',
      false,
    );

    expect(
      await screen.findByText('The platform view is for the platform team'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Platform view' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refresh now' })).toBeNull();
    expect(dataMeshApi.getCapabilities).not.toHaveBeenCalled();
  });
});
