import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { RequestHandler } from 'express';

/*
 * Many callers ask for the same answer: every engineer opening the teams
 * page of one snapshot, a page polling, fifty clients of a benchmark. The
 * portal's compression middleware compresses each answer anew on the
 * backend's one thread (a stream per response); measured apart, that was
 * more than half of a 12 KiB JSON answer's cost per request. Here each
 * distinct answer text is compressed once, off the main thread, and the
 * bytes are reused while the same text is answered again.
 *
 * The key is the answer's whole text: a caller gets the compressed bytes
 * of exactly the answer it was given, so nothing one caller may read can
 * reach another.
 */

/**
 * The encodings answered from the cache: brotli for a client that accepts
 * it (every current browser), as the portal's middleware prefers it, else
 * gzip.
 */
export const CACHED_ENCODINGS = ['br', 'gzip'] as const;

/** One of {@link CACHED_ENCODINGS}. */
export type CachedEncoding = (typeof CACHED_ENCODINGS)[number];

/** Compresses one answer's text. */
export type Encode = (
  encoding: CachedEncoding,
  text: string,
) => Promise<Buffer>;

/**
 * Answers shorter than this are left to the portal's middleware, which
 * does not compress them either (its default threshold).
 */
export const MIN_COMPRESSED_LENGTH = 1024;

/** The texts and compressed bytes kept at most, about. */
export const COMPRESSED_CACHE_BYTES = 8 * 1024 * 1024;

const gzip = promisify(zlib.gzip);
const brotliCompress = promisify(zlib.brotliCompress);

/**
 * Compresses as the portal's compression middleware would (its default
 * levels), in libuv's thread pool.
 */
export const encodeAnswer: Encode = (encoding, text) =>
  encoding === 'gzip'
    ? gzip(text)
    : brotliCompress(text, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
      });

interface Entry {
  bytes: Promise<Buffer>;
  size: number;
}

/**
 * Compressed answers by encoding and text, the least recently used going
 * first once they hold more than `maxBytes`. Callers asking for a text
 * while it is compressed share the one compression; a failed one is not
 * kept.
 */
export class CompressedAnswers {
  private readonly entries = new Map<string, Entry>();
  private held = 0;

  constructor(
    private readonly maxBytes = COMPRESSED_CACHE_BYTES,
    private readonly encode: Encode = encodeAnswer,
  ) {}

  /** The compressed bytes of `text`. */
  get(encoding: CachedEncoding, text: string): Promise<Buffer> {
    const key = `${encoding}\n${text}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.bytes;
    }
    const entry: Entry = {
      bytes: this.encode(encoding, text),
      size: key.length,
    };
    this.entries.set(key, entry);
    this.held += entry.size;
    entry.bytes.then(
      bytes => {
        if (this.entries.get(key) !== entry) return;
        entry.size += bytes.length;
        this.held += bytes.length;
        this.evict();
      },
      () => this.drop(key, entry),
    );
    this.evict();
    return entry.bytes;
  }

  /** Bytes held, texts and compressed answers, about. */
  get size(): number {
    return this.held;
  }

  private drop(key: string, entry: Entry) {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.held -= entry.size;
  }

  private evict() {
    // Maps iterate in insertion order: the first key is the least used.
    for (const [key, entry] of this.entries) {
      if (this.held <= this.maxBytes || this.entries.size === 1) break;
      this.drop(key, entry);
    }
  }
}

/**
 * Middleware that answers `res.json` with compressed bytes from `cache`
 * when the client accepts one of {@link CACHED_ENCODINGS} and the answer
 * is long enough to be compressed at all. The text is the one Express
 * would send (its `json spaces` and `json replacer`), and `res.send`
 * still sets the ETag and answers 304 to a client that has it. Anything
 * else, and a failed compression, goes to Express's own `res.json`.
 */
export function compressedAnswers(
  cache = new CompressedAnswers(),
): RequestHandler {
  return (req, res, next) => {
    const json = res.json.bind(res);
    res.json = (value?: unknown) => {
      const encoding = CACHED_ENCODINGS.find(
        e => req.acceptsEncodings(e) === e,
      );
      if (!encoding || req.method !== 'GET') return json(value);
      const text: string | undefined = JSON.stringify(
        value,
        req.app.get('json replacer'),
        req.app.get('json spaces'),
      );
      if (text === undefined || text.length < MIN_COMPRESSED_LENGTH) {
        return json(value);
      }
      cache.get(encoding, text).then(
        bytes => {
          res.set({
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Encoding': encoding,
          });
          res.vary('Accept-Encoding');
          res.send(bytes);
        },
        () => json(value),
      );
      return res;
    };
    next();
  };
}
