import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import { ComponentProps, ReactNode } from 'react';
import type { PageInfo } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { StaleWarning } from './StaleWarning';
import type { ServerPages } from './useServerPages';

/** What a card's body shows, read off the list's last answer. */
export type PagedCardState = Pick<
  PagedCardContentProps,
  'error' | 'empty' | 'freshness'
>;

/** Props of {@link PagedCardContent}. */
export interface PagedCardContentProps {
  /** Why the list could not be read, if it could not. */
  error?: Error;
  /**
   * What to show for an error the card understands (the entity is not
   * assessed yet, the view is not permitted); `undefined` leaves the
   * error to the error panel.
   */
  explainError?: (error: Error) => JSX.Element | undefined;
  /**
   * Whether there is nothing to list at all: the server answered no rows
   * and no filter took them away. A filtered-away list keeps its table,
   * which says that nothing matches.
   */
  empty: boolean;
  /** What the empty state says, and which picture it shows. */
  emptyState: Pick<
    ComponentProps<typeof EmptyState>,
    'missing' | 'title' | 'description'
  >;
  /** The answer's freshness, for the warning over a stale snapshot. */
  freshness?: { stale: boolean; computedAt: string };
  /** The table, and whatever goes with it, for a list with rows. */
  children: ReactNode;
}

/**
 * The body of a card over a list the server pages: the error if the list
 * could not be read, an empty state that says how to fill it if there is
 * nothing to list, else the table under a warning when the figures come
 * from a stale snapshot.
 */
export function PagedCardContent(props: PagedCardContentProps) {
  const { error, explainError, empty, emptyState, freshness, children } = props;
  if (error) {
    return explainError?.(error) ?? <ResponseErrorPanel error={error} />;
  }
  if (empty) {
    return <EmptyState {...emptyState} />;
  }
  return (
    <>
      <StaleWarning freshness={freshness} />
      {children}
    </>
  );
}

/**
 * The state of a card over one server-paged list: its error, whether it is
 * empty with no filter applied, and the freshness of its last page.
 */
export function pagedCardState(
  pages: Pick<
    ServerPages<object, PageInfo & { stale: boolean; computedAt: string }>,
    'error' | 'response'
  >,
  filtered = false,
): PagedCardState {
  return {
    error: pages.error,
    empty: pages.response?.totalItems === 0 && !filtered,
    freshness: pages.response,
  };
}
