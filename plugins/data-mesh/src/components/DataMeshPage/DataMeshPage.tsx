import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import { dataMeshPlatformViewPermission } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  CapabilitiesPlatformView,
  PlatformViewNotPermitted,
} from '../CapabilitiesPage/CapabilitiesPlatformView';
import { CapabilitiesTeamsView } from '../CapabilitiesPage/CapabilitiesTeamsView';
import { DataMeshOverview } from '../OverviewPage/DataMeshOverview';
import { PlatformRoadmap } from '../Roadmap/PlatformRoadmap';
import { UseCasePortfolioView } from '../UseCasePortfolio/UseCasePortfolioView';
import { useFocusRing } from '../shared/focusRing';
import { DataMeshTabs } from './DataMeshTabs';
import { DataMeshView, useActiveView } from './useActiveView';

/**
 * The platform view behind its permission. The backend enforces the same
 * permission; checking here too spares people a request that would fail.
 */
function PermittedPlatformView() {
  const { loading, allowed } = usePermission({
    permission: dataMeshPlatformViewPermission,
  });
  if (loading) {
    return <Progress />;
  }
  if (!allowed) {
    return <PlatformViewNotPermitted />;
  }
  return (
    <>
      <CapabilitiesPlatformView />
      <Box mt={3} data-testid="platform-roadmap">
        <PlatformRoadmap />
      </Box>
    </>
  );
}

function ActiveView(props: { view: DataMeshView | undefined }) {
  switch (props.view) {
    case 'overview':
      return <DataMeshOverview />;
    case 'useCases':
      return <UseCasePortfolioView />;
    case 'teams':
      return <CapabilitiesTeamsView />;
    case 'platform':
      return <PermittedPlatformView />;
    default:
      return (
        <EmptyState
          missing="info"
          title="No such view"
          description="The Data Mesh Portfolio has an overview, a use-case portfolio, a capabilities view and a platform view; pick one above."
        />
      );
  }
}

/**
 * The views of the portfolio, each at its own URL below the page's mount
 * point: the overview (`/`), the use-case portfolio (`/use-cases`), the
 * teams' capability view (`/capabilities`) and the platform view with the
 * roadmap (`/capabilities/platform`).
 */
export function DataMeshPageContent() {
  const view = useActiveView();
  const { focusRing } = useFocusRing();
  return (
    <Content className={focusRing}>
      <DataMeshTabs active={view} />
      <ActiveView view={view} />
    </Content>
  );
}

/**
 * The whole page with its own header, for the legacy frontend system where
 * a page draws its header itself.
 */
export function DataMeshPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Data Mesh Portfolio"
        subtitle="Phase, adoption, use cases, data products and capability demand"
      />
      <DataMeshPageContent />
    </Page>
  );
}
