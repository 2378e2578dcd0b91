/**
 * Answers whether the caller may read an entity, by its normalised ref.
 * `unconfirmed` says that the catalog could not be asked about some of the
 * refs: they count as unreadable (fail closed), and the answer should say
 * so.
 */
export type CanRead = ((ref: string) => boolean) & {
  readonly unconfirmed?: boolean;
};

/** Asks the catalog, as a caller, which refs of one batch it may read. */
export type LookUpReads = (batch: string[]) => Promise<CanRead>;

/** Options of {@link PassingRefs}. */
export interface PassingRefsOptions {
  /** How long an answer is used after its lookup began; 0 or less: never. */
  ttlMs: number;
  /** Age after which an answer in use is looked up again in the background. */
  refreshAfterMs: number;
  /** Refs per lookup. */
  batchSize: number;
  /** Refs kept before the answers start afresh. */
  maxRefs: number;
  /** The clock. */
  now: () => number;
}

/** One ref's answer: whether it passes, or the lookup that will say. */
interface Answer {
  passes: boolean | Promise<CanRead>;
  askedAt: number;
  refreshing: boolean;
}

/**
 * Which refs pass one set of the policy's conditions, known ref by ref.
 * Each answer is used for the TTL from when its lookup began, so a change
 * to an entity shows once the TTL is over. An answer in use is looked up
 * again in the background once it is older than `refreshAfterMs`: refs
 * that answers keep naming (the teams view names about a thousand) then
 * never expire together, and no request waits for their lookups, which on
 * SQLite hold the backend's one thread.
 */
export class PassingRefs {
  private readonly answers = new Map<string, Answer>();
  private lastUsedAt: number;

  constructor(private readonly options: PassingRefsOptions) {
    this.lastUsedAt = options.now();
  }

  /** Whether no answer held is still fresh: the set may be dropped. */
  isUnused(now: number): boolean {
    return this.lastUsedAt + this.options.ttlMs <= now;
  }

  /** Resolves which of these refs pass, looking up those not known. */
  async check(refs: Iterable<string>, lookUp: LookUpReads): Promise<CanRead> {
    const { ttlMs, refreshAfterMs, maxRefs } = this.options;
    const now = this.options.now();
    this.lastUsedAt = now;
    if (this.answers.size > maxRefs) this.answers.clear();
    const unique = new Set(refs);
    const missing: string[] = [];
    const due: string[] = [];
    for (const ref of unique) {
      const known = this.answers.get(ref);
      if (!known || known.askedAt + ttlMs <= now) missing.push(ref);
      else if (
        known.askedAt + refreshAfterMs <= now &&
        !known.refreshing &&
        typeof known.passes === 'boolean'
      ) {
        due.push(ref);
      }
    }
    this.lookUpMissing(missing, lookUp, now);
    if (due.length > 0) void this.refresh(due, lookUp);
    return this.answerFor(unique);
  }

  private lookUpMissing(missing: string[], lookUp: LookUpReads, now: number) {
    const { batchSize } = this.options;
    for (let i = 0; i < missing.length; i += batchSize) {
      const batch = missing.slice(i, i + batchSize);
      const lookup = lookUp(batch);
      const answer = { passes: lookup, askedAt: now, refreshing: false };
      for (const ref of batch) this.answers.set(ref, answer);
      lookup.then(
        // Settled answers are kept as booleans: a request whose refs are
        // all known then needs no promise at all.
        readable => {
          for (const ref of batch) {
            if (this.answers.get(ref) === answer) {
              this.answers.set(ref, {
                passes: readable(ref),
                askedAt: now,
                refreshing: false,
              });
            }
          }
        },
        // A failed lookup is not remembered: the next request asks again.
        () => {
          for (const ref of batch) {
            if (this.answers.get(ref) === answer) this.answers.delete(ref);
          }
        },
      );
    }
  }

  /**
   * Looks these refs up again, one batch after another so that requests
   * run between them. An answer replaced meanwhile is left alone; a
   * failed lookup leaves the answers to expire as they would have, and
   * the next request then asks (and says if the catalog did not answer).
   */
  private async refresh(due: string[], lookUp: LookUpReads): Promise<void> {
    const marked = due.map(ref => {
      const answer = this.answers.get(ref)!;
      answer.refreshing = true;
      return answer;
    });
    const { batchSize, now } = this.options;
    for (let i = 0; i < due.length; i += batchSize) {
      const batch = due.slice(i, i + batchSize);
      const startedAt = now();
      let readable: CanRead;
      try {
        readable = await lookUp(batch);
      } catch {
        continue;
      }
      batch.forEach((ref, j) => {
        if (this.answers.get(ref) !== marked[i + j]) return;
        this.answers.set(ref, {
          passes: readable(ref),
          askedAt: startedAt,
          refreshing: false,
        });
      });
    }
  }

  private async answerFor(refs: Set<string>): Promise<CanRead> {
    const allowed = new Set<string>();
    const pending: Array<Promise<unknown>> = [];
    const state = { unconfirmed: false };
    for (const ref of refs) {
      const { passes } = this.answers.get(ref)!;
      if (passes === true) allowed.add(ref);
      else if (passes !== false) {
        pending.push(
          passes.then(
            readable => readable(ref) && allowed.add(ref),
            // The catalog did not answer: the ref is not named, and the
            // caller learns that the answer is incomplete, not a 5xx.
            () => (state.unconfirmed = true),
          ),
        );
      }
    }
    await Promise.all(pending);
    return Object.assign((ref: string) => allowed.has(ref), {
      unconfirmed: state.unconfirmed,
    });
  }
}
