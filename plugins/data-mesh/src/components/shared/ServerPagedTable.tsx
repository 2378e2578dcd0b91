import { ResponseErrorPanel, TableColumn } from '@backstage/core-components';
import type {
  PageInfo,
  PageRequest,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { PagedTable } from './PagedTable';
import { useServerPages } from './useServerPages';

/** Props of {@link ServerPagedTable}. */
export interface ServerPagedTableProps<
  Row extends object,
  Response extends PageInfo & { items: Row[] },
> {
  /** Accessible name of the list, e.g. "Domains of Lakehouse Storage". */
  label: string;
  /** Which list this is; a change starts again from the first page. */
  listKey: string;
  columns: TableColumn<Row>[];
  /** Fetches one page of the list. */
  fetchPage(page: Required<PageRequest>): Promise<Response>;
}

/**
 * A list the server pages, as a table in a section named `label`: the
 * drill-downs and full lists behind every sample on the pages. A failed
 * page shows the error instead.
 */
export function ServerPagedTable<
  Row extends object,
  Response extends PageInfo & { items: Row[] },
>(props: ServerPagedTableProps<Row, Response>) {
  const { label, listKey, columns, fetchPage } = props;
  const pages = useServerPages<Row, Response>({
    listKey,
    fetchPage,
    rows: response => response.items,
  });
  if (pages.error) {
    return <ResponseErrorPanel error={pages.error} />;
  }
  return <PagedTable<Row> label={label} columns={columns} pages={pages} />;
}
