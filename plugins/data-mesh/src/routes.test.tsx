import { useRouteRef as useLegacyRouteRef } from '@backstage/core-plugin-api';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { renderInTestApp as renderInLegacyTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import dataMeshFrontendPlugin from './alpha';
import {
  capabilitiesRouteRef,
  platformViewRouteRef,
  rootRouteRef,
  useCasesRouteRef,
} from './index';

/** The views' links as the legacy system resolves them. */
function LegacyLinks() {
  const links = [
    useLegacyRouteRef(rootRouteRef)(),
    useLegacyRouteRef(useCasesRouteRef)(),
    useLegacyRouteRef(capabilitiesRouteRef)(),
    useLegacyRouteRef(platformViewRouteRef)(),
  ];
  return <p data-testid="links">{links.join(' ')}</p>;
}

/** The views' links as the new system resolves the plugin's routes. */
function NewSystemLinks() {
  const { root, useCases, capabilities, platformView } =
    dataMeshFrontendPlugin.routes;
  const links = [
    useRouteRef(root)?.(),
    useRouteRef(useCases)?.(),
    useRouteRef(capabilities)?.(),
    useRouteRef(platformView)?.(),
  ];
  return <p data-testid="links">{links.join(' ')}</p>;
}

// Mounted somewhere other than the default, so a link built by hand from
// `/data-mesh` would show.
const expected =
  '/portfolio /portfolio/use-cases /portfolio/capabilities /portfolio/capabilities/platform';

describe('route refs of the views', () => {
  it('resolve below wherever a legacy app mounts the page', async () => {
    await renderInLegacyTestApp(<LegacyLinks />, {
      mountedRoutes: { '/portfolio': rootRouteRef },
    });
    expect(screen.getByTestId('links')).toHaveTextContent(expected);
  });

  it('resolve the same through the new system plugin routes', async () => {
    renderInTestApp(<NewSystemLinks />, {
      mountedRoutes: { '/portfolio': dataMeshFrontendPlugin.routes.root },
    });
    expect(await screen.findByTestId('links')).toHaveTextContent(expected);
  });
});
