import { Table, TableColumn, TableOptions } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import type { PageInfo } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useFocusRing } from './focusRing';
import { ServerPages, serverTableOptions } from './useServerPages';

/** Props of {@link PagedTable}. */
export interface PagedTableProps<Row extends object> {
  /** Accessible name of the section the table is in. */
  label: string;
  columns: TableColumn<Row>[];
  /** The server pages the table shows, from `useServerPages`. */
  pages: ServerPages<Row, PageInfo>;
  /** Options over the server-paged defaults (sorting, say). */
  options?: TableOptions<Row>;
  /** What an empty page says instead of the Table's default. */
  emptyMessage?: string;
}

/**
 * A table of server pages in a section named `label`: every paged list of
 * the plugin is drawn through it, so they page, look and read alike.
 */
export function PagedTable<Row extends object>(props: PagedTableProps<Row>) {
  const { label, columns, pages, options, emptyMessage } = props;
  const { focusRing } = useFocusRing();
  return (
    <Box component="section" aria-label={label} className={focusRing}>
      <Table<Row>
        key={pages.tableKey}
        columns={columns}
        data={pages.data}
        options={serverTableOptions(options)}
        localization={
          emptyMessage
            ? { body: { emptyDataSourceMessage: emptyMessage } }
            : undefined
        }
        style={{ boxShadow: 'none' }}
      />
    </Box>
  );
}
