import TableCell, { TableCellProps } from '@material-ui/core/TableCell';

/**
 * A column heading that never breaks inside a word: narrow cards squeeze
 * tables, and "Ty pe" helps nobody.
 */
export function HeaderCell(props: TableCellProps) {
  return (
    <TableCell {...props} style={{ whiteSpace: 'nowrap', ...props.style }} />
  );
}
