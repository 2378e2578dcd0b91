import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { PhaseResponse } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  PhaseHistoryOptions,
  PhaseScope,
  dataMeshApiRef,
} from '../../api/DataMeshApi';
import { SCurveChart } from './SCurveChart';

/** Days of history the curve shows: a year, today included. */
export const HISTORY_DAYS = 366;

/**
 * Points per request: the history has one point a day, so a year fits in
 * one page (the API allows up to 500).
 */
export const HISTORY_PAGE_LIMIT = 500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The history request for the last {@link HISTORY_DAYS} days before `now`. */
export function historyRequest(
  scope: PhaseScope,
  now: Date = new Date(),
): PhaseHistoryOptions {
  const from = new Date(now.getTime() - (HISTORY_DAYS - 1) * DAY_MS);
  return {
    scope,
    from: from.toISOString().slice(0, 10),
    limit: HISTORY_PAGE_LIMIT,
  };
}

/** Props of {@link AdoptionCurveCard}. */
export interface AdoptionCurveCardProps {
  /** The current assessment; its scope's history is loaded. */
  phase: PhaseResponse;
  /** Who the curve is about, in words. */
  scopeLabel: string;
}

/**
 * The S-curve with a scope's current position and its daily history over
 * the last year, read as one page.
 */
export function AdoptionCurveCard(props: AdoptionCurveCardProps) {
  const { phase, scopeLabel } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getPhaseHistory(historyRequest(phase.scope)),
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
