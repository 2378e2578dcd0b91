import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { usePermission } from '@backstage/plugin-permission-react';
import { dataMeshRefreshPermission } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';

/**
 * Asks the backend to recompute the portfolio now, for people allowed to;
 * everyone else waits for the scheduled refresh and sees no button.
 */
export function RefreshButton() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed } = usePermission({ permission: dataMeshRefreshPermission });
  const [requesting, setRequesting] = useState(false);

  if (!allowed) {
    return null;
  }
  const requestRefresh = async () => {
    setRequesting(true);
    try {
      await dataMeshApi.requestRefresh();
      alertApi.post({
        message:
          'Refresh requested: the portfolio is being recomputed. Reload in a moment to see the new figures.',
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      alertApi.post({
        message: `Could not request a refresh: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setRequesting(false);
    }
  };
  return (
    <Button
      variant="outlined"
      size="small"
      onClick={requestRefresh}
      disabled={requesting}
    >
      Refresh now
    </Button>
  );
}
