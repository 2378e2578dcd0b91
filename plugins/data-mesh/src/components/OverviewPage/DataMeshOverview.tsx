import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import { BusinessUnitsTable } from '../BusinessUnits/BusinessUnitsTable';
import { ScopePhaseOverview } from '../PhaseCard/ScopePhaseOverview';
import { useCasesRouteRef } from '../../routes';
import { TextWithLinks } from '../shared/links';
import { DataProductsTable } from './DataProductsTable';
import { DomainsTable } from './DomainsTable';

/**
 * The portfolio at a glance: the organisation's phase and S-curve, a way
 * to the use-case portfolio, the business units, the domains and the data
 * products of the catalog. Each table pages through
 * its own source, so the overview holds no list itself.
 */
export function DataMeshOverview() {
  const useCasesLink = useRouteRef(useCasesRouteRef);
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
        <TextWithLinks variant="body1">
          Which use cases to start with, what blocks them and which complement
          each other: <Link to={useCasesLink()}>the use-case portfolio</Link>.
        </TextWithLinks>
      </Grid>
      <Grid item xs={12}>
        <BusinessUnitsTable />
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
