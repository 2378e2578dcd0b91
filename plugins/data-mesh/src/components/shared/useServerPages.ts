import type { TableOptions, TableProps } from '@backstage/core-components';
import {
  MAX_WIDE_PAGE_LIMIT,
  PageInfo,
  PageRequest,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useRef, useState } from 'react';

/** The remote form of a Backstage Table's `data`: a page per query. */
export type RemoteTableData<Row extends object> = Extract<
  TableProps<Row>['data'],
  (...args: any[]) => unknown
>;

/** What the Table asks its remote data for: page, size, order. */
export type TableQuery<Row extends object> = Parameters<
  RemoteTableData<Row>
>[0];

/** Rows per page of every server-paged table. */
export const SERVER_PAGE_SIZE = 20;

/**
 * Options of a Table that pages through the server: no client-side search
 * or sorting (a page of rows cannot be searched or sorted on its own), and
 * no toolbar, as the surrounding card has the title and the filters.
 */
export function serverTableOptions<Row extends object>(
  overrides: TableOptions<Row> = {},
): TableOptions<Row> {
  return {
    paging: true,
    pageSize: SERVER_PAGE_SIZE,
    // The server allows 50 rows at most on its widest lists.
    pageSizeOptions: [SERVER_PAGE_SIZE, MAX_WIDE_PAGE_LIMIT],
    emptyRowsWhenPaging: false,
    search: false,
    sorting: false,
    toolbar: false,
    draggable: false,
    padding: 'dense',
    ...overrides,
  };
}

/** A server-paged list as a Table shows it, and its last answer. */
export interface ServerPages<Row extends object, Response extends PageInfo> {
  /**
   * Give the Table this `key`: when the list's filters change the Table is
   * remounted and starts again from the first page, which a remote Table
   * does not do on its own.
   */
  tableKey: string;
  /** The Table's `data`. */
  data: RemoteTableData<Row>;
  /** The last page answered for the current filters. */
  response?: Response;
  /** Why the last page failed, for the current filters. */
  error?: Error;
}

/** Options of {@link useServerPages}. */
export interface ServerPagesOptions<
  Row extends object,
  Response extends PageInfo,
> {
  /** Fetches one page; the query carries the Table's order, if sortable. */
  fetchPage(
    page: Required<PageRequest>,
    query: TableQuery<Row>,
  ): Promise<Response>;
  /** The rows of a page. */
  rows(response: Response): Row[];
  /** What is listed (its filters), as text: a change restarts paging. */
  listKey: string;
  onResponse?(response: Response): void;
  onError?(error: Error): void;
}

/**
 * Connects a Backstage Table to a paginated backend list: the Table asks
 * for a page (`limit`, `offset`), the backend answers it with `totalItems`,
 * and the answer (for freshness, counts and summaries) and any error are
 * kept for the component around the Table.
 */
export function useServerPages<Row extends object, Response extends PageInfo>(
  options: ServerPagesOptions<Row, Response>,
): ServerPages<Row, Response> {
  const { listKey } = options;
  const [state, setState] = useState<{
    listKey: string;
    response?: Response;
    error?: Error;
  }>({ listKey });
  // An answer for earlier filters says nothing about the current ones: it
  // may arrive after the Table for the new filters has asked for its page.
  const currentKey = useRef(listKey);
  currentKey.current = listKey;
  const current = state.listKey === listKey ? state : { listKey };
  const settle = (next: { response?: Response; error?: Error }) => {
    if (currentKey.current !== listKey) return false;
    setState({ listKey, ...next });
    return true;
  };

  const data: RemoteTableData<Row> = async query => {
    const page = { limit: query.pageSize, offset: query.page * query.pageSize };
    try {
      const response = await options.fetchPage(page, query);
      if (settle({ response })) options.onResponse?.(response);
      return {
        // The Table writes its own bookkeeping into row objects; copies
        // keep the answer itself as the backend sent it.
        data: options.rows(response).map(row => ({ ...row })),
        page: query.page,
        totalCount: response.totalItems,
      };
    } catch (error) {
      if (settle({ error: error as Error })) options.onError?.(error as Error);
      throw error;
    }
  };

  return {
    tableKey: listKey,
    data,
    response: current.response,
    error: current.error,
  };
}
