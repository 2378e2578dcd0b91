import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import useAsync from 'react-use/esm/useAsync';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { AdoptionCurveCard } from '../SCurveChart/AdoptionCurveCard';
import { isNotFoundError } from '../shared/errors';
import { PhaseCard } from './PhaseCard';
import { NoAssessmentYet } from './ScopePhaseCard';

/** Props of {@link ScopePhaseOverview}. */
export interface ScopePhaseOverviewProps {
  /** `organization` or a domain entity reference. */
  scope: string;
  /** Who the scope is, in words, e.g. "The organisation". */
  scopeLabel: string;
  /** Title of the phase card. */
  title?: string;
}

/**
 * A scope's phase card next to its S-curve, from one phase request.
 */
export function ScopePhaseOverview(props: ScopePhaseOverviewProps) {
  const { scope, scopeLabel, title = 'Data mesh phase' } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getPhase({ scope }),
    [dataMeshApi, scope],
  );

  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <InfoCard title={title}>
        {isNotFoundError(error) ? (
          <NoAssessmentYet />
        ) : (
          <ResponseErrorPanel error={error ?? new Error('No answer')} />
        )}
      </InfoCard>
    );
  }
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <PhaseCard phase={value} title={title} />
      </Grid>
      <Grid item xs={12} md={6}>
        <AdoptionCurveCard phase={value} scopeLabel={scopeLabel} />
      </Grid>
    </Grid>
  );
}
