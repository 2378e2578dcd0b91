import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import type { PhaseResponse } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  METRIC_LABELS,
  PHASE_LABELS,
  formatMetricValue,
} from '../shared/presentation';

/**
 * The criteria of the phase after the computed one, each met or not with
 * its current value and threshold, so a scope knows what to work on next.
 */
export function NextPhaseCriteria(props: { next: PhaseResponse['next'] }) {
  const { next } = props;
  if (!next) {
    return (
      <Typography variant="body2">
        Exploit is the last phase: there is no next phase to reach.
      </Typography>
    );
  }
  const metCount = next.criteria.filter(criterion => criterion.met).length;
  const headingId = `next-phase-${next.phase}`;
  return (
    <>
      <Typography variant="subtitle2" component="h3" id={headingId}>
        To reach {PHASE_LABELS[next.phase]} ({metCount} of{' '}
        {next.criteria.length} criteria met)
      </Typography>
      <List dense aria-labelledby={headingId}>
        {next.criteria.map(criterion => {
          const value = formatMetricValue(criterion.metric, criterion.value);
          const threshold = formatMetricValue(
            criterion.metric,
            criterion.threshold,
          );
          return (
            <ListItem key={criterion.metric} disableGutters>
              <ListItemIcon>
                {criterion.met ? (
                  <CheckCircleIcon color="primary" titleAccess="Met" />
                ) : (
                  <RadioButtonUncheckedIcon
                    color="disabled"
                    titleAccess="Not met"
                  />
                )}
              </ListItemIcon>
              <ListItemText
                primary={METRIC_LABELS[criterion.metric]}
                secondary={`${value} of at least ${threshold} — ${
                  criterion.met ? 'met' : 'not met'
                }`}
              />
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
