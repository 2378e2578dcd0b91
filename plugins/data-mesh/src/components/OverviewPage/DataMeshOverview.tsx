import Grid from '@material-ui/core/Grid';
import { ScopePhaseOverview } from '../PhaseCard/ScopePhaseOverview';
import { DataProductsTable } from './DataProductsTable';
import { DomainsTable } from './DomainsTable';

/**
 * The portfolio at a glance: the organisation's phase and S-curve, the
 * domains and the data products of the catalog. Each table pages through
 * its own source, so the overview holds no list itself.
 */
export function DataMeshOverview() {
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
        <DomainsTable />
      </Grid>
      <Grid item xs={12}>
        <DataProductsTable />
      </Grid>
    </Grid>
  );
}
