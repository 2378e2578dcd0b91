import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import type {
  PhaseForecast,
  PhaseResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DAY_MS, dayOf } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  PhaseHistoryOptions,
  PhaseScope,
  dataMeshApiRef,
} from '../../api/DataMeshApi';
import { SCurveChart } from './SCurveChart';
import {
  forecastBasisText,
  forecastExampleText,
  forecastSentence,
} from './forecastText';

/** Days of history the curve shows: a year, today included. */
export const HISTORY_DAYS = 366;

/**
 * Points per request: the history has one point a day, so a year fits in
 * one page (the API allows up to 500).
 */
export const HISTORY_PAGE_LIMIT = 500;

/** The history request for the last {@link HISTORY_DAYS} days before `now`. */
export function historyRequest(
  scope: PhaseScope,
  now: Date = new Date(),
): PhaseHistoryOptions {
  const from = new Date(now.getTime() - (HISTORY_DAYS - 1) * DAY_MS);
  return {
    scope,
    from: dayOf(from),
    limit: HISTORY_PAGE_LIMIT,
  };
}

/**
 * The forecast of the phase answer in words: the date or why there is
 * none, and what it rests on.
 */
export function ForecastText(props: {
  forecast: PhaseForecast | null | undefined;
  computedPhase: PhaseResponse['computedPhase'];
}) {
  const { forecast, computedPhase } = props;
  return (
    <Box mt={1} data-testid="forecast">
      <Typography variant="body2" data-testid="forecast-sentence">
        {forecast
          ? forecastSentence(forecast, computedPhase)
          : 'No forecast: the history could not be read just now.'}
      </Typography>
      {forecast && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          data-testid="forecast-basis"
        >
          {forecastBasisText(forecast)} {forecastExampleText(forecast)}
        </Typography>
      )}
    </Box>
  );
}

/** Props of {@link AdoptionCurveCard}. */
export interface AdoptionCurveCardProps {
  /** The current assessment and its forecast; its scope's history is loaded. */
  phase: PhaseResponse & { forecast?: PhaseForecast | null };
  /** Who the curve is about, in words. */
  scopeLabel: string;
}

/**
 * The S-curve with a scope's current position, its daily history over the
 * last year (read as one page) as a trail, and the forecast of when it
 * reaches the next phase's adoption threshold.
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
    const examples = history.filter(point => point.example).length;
    content = (
      <>
        {examples > 0 && (
          <Chip
            size="small"
            variant="outlined"
            data-testid="example-data"
            label={
              examples === history.length
                ? 'example data'
                : `example data: ${examples} of ${history.length} days`
            }
          />
        )}
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
  // The forecast comes with the phase answer, whatever the history did.
  return (
    <InfoCard title="Adoption on the S-curve">
      {content}
      <ForecastText
        forecast={phase.forecast}
        computedPhase={phase.computedPhase}
      />
    </InfoCard>
  );
}
