import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { ScopePhaseOverview } from '../PhaseCard/ScopePhaseOverview';
import { DataProductsTable } from './DataProductsTable';
import { DomainsTable } from './DomainsTable';

/**
 * The portfolio at a glance: the organisation's phase and S-curve, every
 * domain, and the data products of the catalog.
 */
export function DataMeshOverview() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const domains = useAsync(() => dataMeshApi.getDomains(), [dataMeshApi]);
  const domainTitles = useMemo(
    () =>
      new Map(
        (domains.value?.items ?? []).map(domain => [
          normalizeEntityRef(domain.scope),
          domain.title,
        ]),
      ),
    [domains.value],
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ScopePhaseOverview
          scope="organization"
          scopeLabel="The organisation"
          title="Organisation phase"
        />
      </Grid>
      <Grid item xs={12}>
        <DomainsTable
          loading={domains.loading}
          error={domains.error}
          domains={domains.value}
        />
      </Grid>
      <Grid item xs={12}>
        <DataProductsTable domainTitles={domainTitles} />
      </Grid>
    </Grid>
  );
}
