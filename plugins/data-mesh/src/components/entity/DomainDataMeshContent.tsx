import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { ScopePhaseOverview } from '../PhaseCard/ScopePhaseOverview';
import { DomainDataProductsCard } from './DomainDataProductsCard';

/**
 * The data-mesh tab of a Domain: its phase, its S-curve with history and
 * its data products.
 */
export function DomainDataMeshContent() {
  const { entity } = useEntity();
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ScopePhaseOverview
          scope={stringifyEntityRef(entity)}
          scopeLabel={entity.metadata.title ?? entity.metadata.name}
        />
      </Grid>
      <Grid item xs={12}>
        <DomainDataProductsCard />
      </Grid>
    </Grid>
  );
}
