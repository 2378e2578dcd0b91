/**
 * Asks `source` for its next item as soon as one is handed out, so that
 * fetching the next page overlaps with the caller's work on this one.
 *
 * The catalog's pages come from its database, in another process: read one
 * after the other, the backend waits for each query, then works on its page
 * while the database idles. Asking one page ahead holds at most two pages
 * at a time.
 *
 * A failure of the page asked ahead is thrown where that page would have
 * been handed out. When the caller stops early (a `break`, or a throw in its
 * loop), the source is closed once the page asked ahead has come.
 *
 * @public
 */
export async function* readAhead<T>(
  source: AsyncIterable<T>,
): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = iterator.next();
      // Awaited on the next turn of the loop above; until then, a failure
      // must not count as unhandled if the caller has stopped meanwhile.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    // Not awaiting the page asked ahead first would leave the source's
    // request running after the read ended.
    await next.catch(() => undefined);
    await iterator.return?.();
  }
}
