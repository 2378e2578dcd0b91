import Alert from '@material-ui/lab/Alert';
import { ComputedAt } from './ComputedAt';

/**
 * Says that figures come from an older snapshot because the last refresh
 * failed, so nobody takes them for today's state.
 */
export function StaleWarning(props: { computedAt: string }) {
  return (
    <Alert severity="warning">
      These figures may be out of date: the last refresh failed, so they show
      the snapshot computed <ComputedAt value={props.computedAt} />.
    </Alert>
  );
}
