import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useEffect, useRef, useState } from 'react';

/** One page of a list held in memory, and how to move between pages. */
export interface RowPage<T> {
  /** The rows of the current page. */
  rows: T[];
  /** 0-based. */
  page: number;
  pageCount: number;
  /** 1-based positions of the page's first and last rows. */
  first: number;
  last: number;
  total: number;
  setPage: (page: number) => void;
}

/**
 * Pages a list the browser already holds, `pageSize` rows at a time: a
 * contract's tables can have thousands of rows, and a page shows a few.
 */
export function useRowPage<T>(rows: T[], pageSize: number): RowPage<T> {
  const [page, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // A shorter list (another contract) must not leave the page past its end.
  const current = Math.min(page, pageCount - 1);
  const start = current * pageSize;
  const pageRows = rows.slice(start, start + pageSize);
  return {
    rows: pageRows,
    page: current,
    pageCount,
    first: pageRows.length ? start + 1 : 0,
    last: start + pageRows.length,
    total: rows.length,
    setPage,
  };
}

/**
 * Previous/next buttons and the rows shown, announced politely. The
 * buttons are named after what they page (several tables share a dialog),
 * and a button that becomes disabled hands the focus to the other one so
 * the keyboard is never dropped onto the page's body.
 */
export function RowPager<T>(props: { pages: RowPage<T>; label: string }) {
  const { pages, label } = props;
  const { page, pageCount, setPage } = pages;
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<'previous' | 'next' | undefined>();

  useEffect(() => {
    const target = focusAfterMove.current;
    focusAfterMove.current = undefined;
    if (target === 'previous') previousRef.current?.focus();
    if (target === 'next') nextRef.current?.focus();
  }, [page]);

  if (pageCount <= 1) {
    return null;
  }
  const move = (to: number) => {
    if (to === 0) focusAfterMove.current = 'next';
    if (to === pageCount - 1) focusAfterMove.current = 'previous';
    setPage(to);
  };
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <Button
        ref={previousRef}
        size="small"
        aria-label={`Previous page of ${label}`}
        disabled={page === 0}
        onClick={() => move(page - 1)}
      >
        Previous page
      </Button>
      <Button
        ref={nextRef}
        size="small"
        aria-label={`Next page of ${label}`}
        disabled={page >= pageCount - 1}
        onClick={() => move(page + 1)}
      >
        Next page
      </Button>
      <Typography variant="body2" role="status">
        {`${label}: ${pages.first}–${pages.last} of ${pages.total}`}
      </Typography>
    </div>
  );
}
