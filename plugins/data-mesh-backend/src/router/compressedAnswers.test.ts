import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import zlib from 'node:zlib';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import {
  CachedEncoding,
  CompressedAnswers,
  MIN_COMPRESSED_LENGTH,
  compressedAnswers,
  encodeAnswer,
} from './compressedAnswers';

const LONG = {
  items: Array.from({ length: 40 }, (_, i) => ({
    ref: `platformcapability:default/capability-${i}`,
    title: `Capability ${i}`,
  })),
};
const SHORT = { status: 'ok' };

/** An app as the portal serves plugins: its compression before the router. */
function app(cache: CompressedAnswers, jsonSpaces?: number) {
  const served = express();
  if (jsonSpaces !== undefined) served.set('json spaces', jsonSpaces);
  const portal = MiddlewareFactory.create({
    config: mockServices.rootConfig(),
    logger: mockServices.logger.mock(),
  });
  served.use(portal.compression());
  const router = express.Router();
  router.use(compressedAnswers(cache));
  router.get('/long', (_req, res) => {
    res.json(LONG);
  });
  router.get('/short', (_req, res) => {
    res.json(SHORT);
  });
  served.use(router);
  return served;
}

/** A GET's status, headers and raw bytes, not decoded. */
async function rawGet(
  served: express.Express,
  path: string,
  headers: Record<string, string>,
) {
  const server = served.listen(0);
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ port, path, headers }, resolve).on('error', reject),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    return {
      status: res.statusCode,
      headers: res.headers,
      body: Buffer.concat(chunks),
    };
  } finally {
    server.close();
  }
}

function counting() {
  const encoded: CachedEncoding[] = [];
  const encode = (encoding: CachedEncoding, text: string) => {
    encoded.push(encoding);
    return encodeAnswer(encoding, text);
  };
  return { encoded, encode };
}

describe('compressedAnswers', () => {
  it('answers the text Express would send, compressed once for every caller', async () => {
    const { encoded, encode } = counting();
    const served = app(new CompressedAnswers(1_000_000, encode), 2);
    for (let i = 0; i < 3; i++) {
      const res = await rawGet(served, '/long', { 'Accept-Encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-type']).toBe(
        'application/json; charset=utf-8',
      );
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      // Compressed once: the portal's middleware left it alone.
      expect(zlib.gunzipSync(res.body).toString()).toBe(
        JSON.stringify(LONG, null, 2),
      );
    }
    expect(encoded).toEqual(['gzip']);
  });

  it('prefers brotli for a client that accepts it, as browsers do', async () => {
    const { encoded, encode } = counting();
    const served = app(new CompressedAnswers(1_000_000, encode));
    const res = await rawGet(served, '/long', {
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(res.body).toString())).toEqual(
      LONG,
    );
    expect(encoded).toEqual(['br']);
  });

  it('leaves short answers and clients that accept no compression to Express', async () => {
    const { encoded, encode } = counting();
    const served = app(new CompressedAnswers(1_000_000, encode));
    expect(JSON.stringify(SHORT).length).toBeLessThan(MIN_COMPRESSED_LENGTH);
    const short = await request(served)
      .get('/short')
      .set('Accept-Encoding', 'gzip');
    expect(short.headers['content-encoding']).toBeUndefined();
    expect(short.body).toEqual(SHORT);
    const identity = await request(served)
      .get('/long')
      .set('Accept-Encoding', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toEqual(LONG);
    const none = await rawGet(served, '/long', {});
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(none.body.toString())).toEqual(LONG);
    expect(encoded).toEqual([]);
  });

  it('answers 304 to a client that has the answer', async () => {
    const served = app(new CompressedAnswers());
    const first = await rawGet(served, '/long', { 'Accept-Encoding': 'gzip' });
    expect(first.headers.etag).toBeDefined();
    const again = await request(served)
      .get('/long')
      .set('Accept-Encoding', 'gzip')
      .set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('answers as Express would when compressing fails', async () => {
    const served = app(
      new CompressedAnswers(1_000_000, async () => {
        throw new Error('no memory for zlib');
      }),
    );
    const res = await request(served)
      .get('/long')
      .set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(LONG);
  });
});

describe('CompressedAnswers', () => {
  it('keeps at most its bytes, the least recently used going first', async () => {
    const { encoded, encode } = counting();
    const text = (letter: string) => letter.repeat(2_000);
    // Room for two answers (2,005 characters of key and some 30 bytes each).
    const cache = new CompressedAnswers(4_100, encode);
    await cache.get('gzip', text('a'));
    await cache.get('gzip', text('b'));
    await cache.get('gzip', text('a'));
    await cache.get('gzip', text('c'));
    expect(cache.size).toBeLessThanOrEqual(4_100);
    expect(encoded).toHaveLength(3);
    // 'b' was the least recently used: gone; 'a' was kept.
    await cache.get('gzip', text('a'));
    expect(encoded).toHaveLength(3);
    await cache.get('gzip', text('b'));
    expect(encoded).toHaveLength(4);
  });

  it('shares one compression between callers asking at once, and forgets a failed one', async () => {
    let calls = 0;
    const cache = new CompressedAnswers(1_000_000, async () => {
      calls += 1;
      if (calls === 1) throw new Error('busy');
      return Buffer.from('x');
    });
    const both = await Promise.allSettled([
      cache.get('gzip', 'text'),
      cache.get('gzip', 'text'),
    ]);
    expect(both.map(r => r.status)).toEqual(['rejected', 'rejected']);
    expect(cache.size).toBe(0);
    expect(await cache.get('gzip', 'text')).toEqual(Buffer.from('x'));
    expect(calls).toBe(2);
  });
});
