/*
 * The one wait every end-to-end suite polls with: it gives up at its
 * deadline and says what it waited for and what it saw last.
 */
import { waitFor } from './backendProcess';

describe('waitFor', () => {
  it('fails at its deadline naming what it waited for and what it last saw', async () => {
    let polls = 0;
    const started = Date.now();
    const failure = await waitFor(
      async saw => {
        polls++;
        saw({ lastSuccessAt: `run ${polls}` });
        return undefined;
      },
      1500,
      'a recompute that succeeds',
    ).catch((error: Error) => error.message);
    const waited = Math.round((Date.now() - started) / 1000);
    // Polled once a second until past the deadline, and no longer.
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(waited).toBeLessThan(5);
    expect(failure).toBe(
      `Timed out after ${waited} s waiting for a recompute that succeeds; last saw {"lastSuccessAt":"run ${polls}"}`,
    );
  });

  it('reports the last error when the probe never answered', async () => {
    await expect(
      waitFor(
        async () => {
          throw new Error('connect ECONNREFUSED');
        },
        500,
        'the backend to answer',
      ),
    ).rejects.toThrow(
      /^Timed out after \d+ s waiting for the backend to answer; last error: Error: connect ECONNREFUSED$/,
    );
  });

  it('does not blame an error that a later poll got past', async () => {
    let polls = 0;
    await expect(
      waitFor(
        async saw => {
          if (++polls === 1) throw new Error('connect ECONNREFUSED');
          saw(`poll ${polls}`);
          return undefined;
        },
        1500,
        'the catalog to ingest',
      ),
    ).rejects.toThrow(
      /^Timed out after \d+ s waiting for the catalog to ingest; last saw "poll \d+"$/,
    );
  });

  it('returns the first value the probe gives', async () => {
    let polls = 0;
    const value = await waitFor(
      async () => (++polls === 2 ? { done: polls } : undefined),
      10_000,
      'the second poll',
    );
    expect(value).toEqual({ done: 2 });
  });
});
