import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import type { ContractSummary } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useId, useState } from 'react';
import { ContractView } from './ContractView';

/**
 * A button that opens the whole contract in a dialog over the card. The
 * dialog is named by its title, keeps the keyboard inside while open (its
 * scrolling content a tab stop of its own), closes on Escape and gives the
 * focus back to the button.
 */
export function ContractDialogButton(props: {
  /** The dialog's title, e.g. "Contract of port order-lines". */
  title: string;
  summary: ContractSummary;
}) {
  const { title, summary } = props;
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-haspopup="dialog"
        // The visible words come first in the name (WCAG 2.5.3).
        aria-label={`Show ${title
          .charAt(0)
          .toLocaleLowerCase('en-US')}${title.slice(1)}`}
        onClick={() => setOpen(true)}
      >
        Show contract
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          aria-labelledby={titleId}
          fullWidth
          maxWidth="lg"
          scroll="paper"
        >
          <DialogTitle id={titleId}>{title}</DialogTitle>
          {/* The content scrolls inside the dialog: a tab stop, named as
              the dialog, so the keyboard can scroll a contract that holds
              no control (WCAG 2.1.1). */}
          <DialogContent
            dividers
            tabIndex={0}
            role="region"
            aria-labelledby={titleId}
          >
            <ContractView summary={summary} headingLevel={3} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Close</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
