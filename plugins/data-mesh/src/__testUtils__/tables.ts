import { waitFor, within } from '@testing-library/react';

/**
 * The body rows of the tables in an element: not the header, and not the
 * pager (which the Table draws as a table footer).
 */
export function bodyRows(container: HTMLElement): HTMLElement[] {
  return within(container)
    .queryAllByRole('row')
    .filter(row => row.closest('tbody') && !row.closest('tfoot'));
}

/**
 * The body rows of the table in the region named `name`, once the page has
 * `count` of them (a remote Table fills its body after the answer).
 */
export async function findBodyRows(
  name: string | RegExp,
  count: number,
  container: HTMLElement = document.body,
): Promise<HTMLElement[]> {
  const region = await within(container).findByRole('region', { name });
  await waitFor(() => expect(bodyRows(region)).toHaveLength(count));
  return bodyRows(region);
}

/** The text of each cell of a row, trimmed. */
export function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent?.trim() ?? '');
}

/**
 * The pager's "from-to of count" text, e.g. "1-20 of 23" (the pager of
 * Table draws it twice: in Material UI's pager caption and next to its own
 * page buttons).
 */
export function pagerText(container: HTMLElement = document.body) {
  const texts = within(container)
    .getAllByText(/^\d+-\d+ of \d+$/)
    .map(element => element.textContent);
  expect(new Set(texts).size).toBe(1);
  return texts[0];
}
