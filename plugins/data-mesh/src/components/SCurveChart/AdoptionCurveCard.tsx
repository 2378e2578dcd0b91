import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { PhaseResponse } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { SCurveChart } from './SCurveChart';

/** Props of {@link AdoptionCurveCard}. */
export interface AdoptionCurveCardProps {
  /** The current assessment; its scope's history is loaded. */
  phase: PhaseResponse;
  /** Who the curve is about, in words. */
  scopeLabel: string;
}

/**
 * The S-curve with a scope's current position and its stored snapshots.
 */
export function AdoptionCurveCard(props: AdoptionCurveCardProps) {
  const { phase, scopeLabel } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getPhaseHistory({ scope: phase.scope }),
    [dataMeshApi, phase.scope],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} title="No adoption history" />;
  } else {
    const history = value?.points ?? [];
    content = (
      <>
        <SCurveChart
          scopeLabel={scopeLabel}
          adoption={phase.metrics.adoption}
          adopterCategory={phase.adopterCategory}
          history={history}
        />
        {history.length === 0 && (
          <Typography variant="caption" color="textSecondary">
            No earlier snapshots yet: the history grows with every refresh.
          </Typography>
        )}
      </>
    );
  }
  return <InfoCard title="Adoption on the S-curve">{content}</InfoCard>;
}
