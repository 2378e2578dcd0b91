import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { ReactNode } from 'react';

/** Props of {@link DrillDownDialog}. */
export interface DrillDownDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog over the page that lists the whole of a sampled list, a page at
 * a time, without leaving the view the sample was shown in.
 */
export function DrillDownDialog(props: DrillDownDialogProps) {
  const { title, onClose, children } = props;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
