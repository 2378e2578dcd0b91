import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import { ComputedAt } from './ComputedAt';

/**
 * Says that figures come from an older snapshot because the last refresh
 * failed, so nobody takes them for today's state. Renders nothing while the
 * answer is fresh.
 */
export function StaleWarning(props: {
  freshness?: { stale: boolean; computedAt: string };
}) {
  const { freshness } = props;
  if (!freshness?.stale) return null;
  return (
    <Box mb={2}>
      <Alert severity="warning">
        These figures may be out of date: the last refresh failed, so they show
        the snapshot computed <ComputedAt value={freshness.computedAt} />.
      </Alert>
    </Box>
  );
}
