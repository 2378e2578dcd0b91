import { Link } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { dataMeshPlatformViewPermission } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { RefreshButton } from './RefreshButton';
import { DataMeshView, useDataMeshViewLinks } from './useActiveView';

/**
 * The page's navigation. Each view has its own URL, so views can be linked
 * and bookmarked; the platform tab is offered only to people allowed to
 * see it.
 */
export function DataMeshTabs(props: { active?: DataMeshView }) {
  const links = useDataMeshViewLinks();
  const platformView = usePermission({
    permission: dataMeshPlatformViewPermission,
  });
  const views: Array<{ view: DataMeshView; label: string }> = [
    { view: 'overview', label: 'Overview' },
    { view: 'useCases', label: 'Use cases' },
    { view: 'teams', label: 'Capabilities' },
  ];
  if (platformView.allowed) {
    views.push({ view: 'platform', label: 'Platform view' });
  }

  return (
    <Box
      display="flex"
      alignItems="center"
      justifyContent="space-between"
      mb={3}
    >
      <Tabs
        // A view the user may not see (a shared platform link) selects no tab.
        value={
          views.some(({ view }) => view === props.active) ? props.active : false
        }
        indicatorColor="primary"
        textColor="primary"
        aria-label="Data mesh views"
      >
        {views.map(({ view, label }) => (
          <Tab
            key={view}
            value={view}
            label={label}
            component={Link}
            to={links[view]}
          />
        ))}
      </Tabs>
      <RefreshButton />
    </Box>
  );
}
