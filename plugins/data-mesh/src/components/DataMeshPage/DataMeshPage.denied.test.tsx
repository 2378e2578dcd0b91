/*
 * Permission answers are cached per permission for the whole test file
 * (usePermission memoises them), so the denied case runs in its own file.
 */
import { act, screen, waitFor } from '@testing-library/react';
import {
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { renderPage } from '../../__testUtils__/renderDataMeshPage';

describe('DataMeshPageContent without permissions', () => {
  it('hides the platform view and the refresh button', async () => {
    const { dataMeshApi, decided } = renderPage(
      '/data-mesh/capabilities/platform',
      false,
    );

    // Nothing is shown while a permission is loading, so absence proves
    // nothing until both answers have arrived and been rendered.
    await waitFor(() =>
      expect(new Set(decided)).toEqual(
        new Set([
          dataMeshPlatformViewPermission.name,
          dataMeshRefreshPermission.name,
        ]),
      ),
    );
    await act(async () => {});

    expect(
      screen.getByText('The platform view is for the platform team'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Platform view' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Capabilities' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Refresh now' })).toBeNull();
    expect(dataMeshApi.getCapabilities).not.toHaveBeenCalled();
    expect(dataMeshApi.getRoadmap).not.toHaveBeenCalled();
  });
});
