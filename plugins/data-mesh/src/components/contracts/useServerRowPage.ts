import type { PageRequest } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useEffect, useState } from 'react';
import type { RowPage } from './RowPager';

/** One server-paged list as a {@link RowPage}, with its last answer. */
export interface ServerRowPage<Row, Response> {
  /** The current page's rows and how to move, for `RowPager`. */
  pages: RowPage<Row>;
  /** The last answer for this list (kept while the next page loads). */
  response?: Response;
  /** Why the last page failed. */
  error?: Error;
  /** True until the first answer or error for this list. */
  loading: boolean;
}

/**
 * Reads a list the server pages, `pageSize` rows at a time, for a plain
 * table with a row header and the same previous/next pager as a
 * contract's own tables (a Backstage Table has no row headers). A change
 * of `listKey` starts again from the first page; an answer for an earlier
 * list or page is dropped.
 */
export function useServerRowPage<Row, Response>(options: {
  listKey: string;
  pageSize: number;
  fetchPage(page: Required<PageRequest>): Promise<Response>;
  rows(response: Response): Row[];
  total(response: Response): number;
}): ServerRowPage<Row, Response> {
  const { listKey, pageSize } = options;
  const [at, setAt] = useState({ listKey, page: 0 });
  const page = at.listKey === listKey ? at.page : 0;
  const [state, setState] = useState<{
    key: string;
    response?: Response;
    error?: Error;
  }>({ key: '' });

  // The fetch function is a new closure each render; the key says what to read.
  const fetchPage = options.fetchPage;
  useEffect(() => {
    let current = true;
    fetchPage({ limit: pageSize, offset: page * pageSize }).then(
      response => current && setState({ key: listKey, response }),
      error => current && setState({ key: listKey, error }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listKey, page, pageSize]);

  const mine = state.key === listKey ? state : { key: listKey };
  const rows = mine.response ? options.rows(mine.response) : [];
  const total = mine.response ? options.total(mine.response) : 0;
  const start = page * pageSize;
  return {
    pages: {
      rows,
      page,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
      first: rows.length ? start + 1 : 0,
      last: start + rows.length,
      total,
      setPage: next => setAt({ listKey, page: next }),
    },
    response: mine.response,
    error: mine.error,
    loading: !mine.response && !mine.error,
  };
}
