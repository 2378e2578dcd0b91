import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';

/**
 * Says that a contract answer comes from an older snapshot because the
 * last refresh failed; nothing while it is fresh.
 */
export function StaleNote(props: { stale?: boolean }) {
  if (!props.stale) return null;
  return (
    <Box mb={2}>
      <Alert severity="warning">
        This may be out of date: the last refresh of the portfolio failed.
      </Alert>
    </Box>
  );
}
