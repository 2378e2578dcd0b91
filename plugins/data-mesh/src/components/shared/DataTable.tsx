import { makeStyles } from '@material-ui/core/styles';
import Table, { TableProps } from '@material-ui/core/Table';

const useStyles = makeStyles({
  table: {
    // Backstage's theme breaks cell text anywhere, which splits names like
    // "Fulfilment" mid-word in narrow cards; wrap between words instead.
    '& td, & th': { wordBreak: 'normal', overflowWrap: 'break-word' },
  },
});

/** A dense table whose cells wrap between words. */
export function DataTable(props: TableProps) {
  const classes = useStyles();
  return <Table size="small" {...props} className={classes.table} />;
}
