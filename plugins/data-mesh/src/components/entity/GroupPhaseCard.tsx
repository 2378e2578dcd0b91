import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { PhaseCard } from '../PhaseCard/PhaseCard';
import { LoadedPhase } from '../PhaseCard/ScopePhaseCard';
import { AdoptionCurveCard } from '../SCurveChart/AdoptionCurveCard';

const TITLE = 'Business unit phase';

/**
 * The phase of the Group being viewed as a business unit (its scope is
 * `group:<namespace>/<name>`: the domains owned within its subtree), with
 * its own S-curve, history and forecast.
 *
 * Most groups are not business units. The backend answers 404 for a group
 * that owns no domain within its subtree (or has not been assessed since it
 * began to), and the card says so in one line; it answers 400 when it does
 * not take group scopes at all, and then the card shows nothing, since
 * nothing about this group could change that.
 */
export function GroupPhaseCard() {
  const { entity } = useEntity();
  return (
    <LoadedPhase
      scope={stringifyEntityRef(entity)}
      title={TITLE}
      hideWhenRefused
      notFound={
        <Typography variant="body2" data-testid="not-a-business-unit">
          Not a business unit: no domain is owned by this group or a group below
          it, or none was when the portfolio was last computed.
        </Typography>
      }
    >
      {phase => (
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <PhaseCard phase={phase} title={TITLE} />
          </Grid>
          <Grid item xs={12}>
            <AdoptionCurveCard
              phase={phase}
              scopeLabel={entity.metadata.title ?? entity.metadata.name}
            />
          </Grid>
        </Grid>
      )}
    </LoadedPhase>
  );
}
