import { screen } from '@testing-library/react';
import { COMPUTED_AT, mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  PagedCardContent,
  PagedCardContentProps,
  pagedCardState,
} from './PagedCardContent';

const emptyState: PagedCardContentProps['emptyState'] = {
  missing: 'content',
  title: 'Nothing here yet',
  description: 'Add one to see it listed.',
};

function render(props: Partial<PagedCardContentProps>) {
  return renderWithApis(
    <PagedCardContent empty={false} emptyState={emptyState} {...props}>
      <p>the table</p>
    </PagedCardContent>,
    { dataMeshApi: mockDataMeshApi() },
  );
}

describe('PagedCardContent', () => {
  it('shows the list under a warning when its snapshot is stale', async () => {
    await render({ freshness: { stale: true, computedAt: COMPUTED_AT } });

    expect(screen.getByText('the table')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'These figures may be out of date',
    );
  });

  it('shows the list alone when its snapshot is fresh', async () => {
    await render({ freshness: { stale: false, computedAt: COMPUTED_AT } });

    expect(screen.getByText('the table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says how to fill an empty list instead of showing it', async () => {
    await render({ empty: true });

    expect(screen.getByText('Nothing here yet')).toBeInTheDocument();
    expect(screen.getByText('Add one to see it listed.')).toBeInTheDocument();
    expect(screen.queryByText('the table')).not.toBeInTheDocument();
  });

  it('shows an error before anything else', async () => {
    await render({ empty: true, error: new Error('Backend down') });

    expect(
      screen.getByText('Error: Backend down', { selector: 'h6' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Nothing here yet')).not.toBeInTheDocument();
    expect(screen.queryByText('the table')).not.toBeInTheDocument();
  });

  it('explains the errors the card understands and leaves the rest to the panel', async () => {
    const explainError = (error: Error) =>
      error.name === 'NotFoundError' ? <p>Not assessed yet</p> : undefined;
    const notFound = Object.assign(new Error('gone'), {
      name: 'NotFoundError',
    });
    const { unmount } = await render({ error: notFound, explainError });
    expect(screen.getByText('Not assessed yet')).toBeInTheDocument();
    expect(
      screen.queryByText('Error: gone', { selector: 'h6' }),
    ).not.toBeInTheDocument();
    unmount();

    await render({ error: new Error('Backend down'), explainError });
    expect(
      screen.getByText('Error: Backend down', { selector: 'h6' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not assessed yet')).not.toBeInTheDocument();
  });
});

describe('pagedCardState', () => {
  const answer = (totalItems: number) => ({
    items: [],
    totalItems,
    limit: 20,
    offset: 0,
    stale: false,
    computedAt: COMPUTED_AT,
  });

  it('calls a list empty only when no filter took its rows away', () => {
    expect(pagedCardState({ response: answer(0) }).empty).toBe(true);
    expect(pagedCardState({ response: answer(0) }, true).empty).toBe(false);
    expect(pagedCardState({ response: answer(3) }).empty).toBe(false);
    // Before the first answer, nothing is known to be empty.
    expect(pagedCardState({}).empty).toBe(false);
  });

  it("passes on the list's error and its last answer's freshness", () => {
    const error = new Error('Backend down');
    const response = answer(3);
    expect(pagedCardState({ error, response })).toEqual({
      error,
      empty: false,
      freshness: response,
    });
  });
});
