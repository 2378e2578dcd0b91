import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import http from 'node:http';
import { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PORTFOLIO_ENTITY_KINDS } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import {
  CatalogReadThreadFailure,
  FactsPage,
  readPagesInWorkerThread,
} from './catalogReadThread';
import { readCatalogFacts } from './readCatalogFacts';

/*
 * The read runs in a real worker thread here, loading its TypeScript
 * through the CLI's transform, against an HTTP server that pages through
 * a list of entities the way the catalog's query route does. The real
 * catalog is read this way in the end-to-end tests.
 */

jest.setTimeout(60_000);

const TOKEN = 'plugin-token-for-the-catalog';
const auth = mockServices.auth();

/** What the server was asked, and how it answers. */
interface FakeCatalog {
  baseUrl: string;
  requests: Array<{ url: string; authorization?: string }>;
  close(): Promise<void>;
}

/**
 * Answers `GET /entities/by-query` with pages of `entities` of the kinds
 * its filter names. `failAt`
 * answers that request (from 0) with a 500 instead.
 */
async function fakeCatalog(
  entities: Entity[],
  failAt?: number,
): Promise<FakeCatalog> {
  const requests: FakeCatalog['requests'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    requests.push({ url: req.url!, authorization: req.headers.authorization });
    if (requests.length - 1 === failAt) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { name: 'Error', message: 'the database went away' },
          response: { statusCode: 500 },
        }),
      );
      return;
    }
    // As the catalog's, a cursor holds the query: here, the kinds and the
    // offset of the next page.
    const cursor = url.searchParams.get('cursor');
    const { kinds, from } = cursor
      ? (JSON.parse(cursor) as { kinds: string[]; from: number })
      : {
          kinds: url.searchParams
            .getAll('filter')
            .flatMap(f => f.split(','))
            .map(f => f.replace(/^kind=/, '').toLocaleLowerCase('en-US')),
          from: 0,
        };
    const matching = entities.filter(e =>
      kinds.includes(e.kind.toLocaleLowerCase('en-US')),
    );
    const to = from + Number(url.searchParams.get('limit'));
    const nextCursor = JSON.stringify({ kinds, from: to });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        items: matching.slice(from, to),
        totalItems: matching.length,
        pageInfo: to < matching.length ? { nextCursor } : {},
      }),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

const discoveryOf = (catalog: FakeCatalog) => ({
  getBaseUrl: async () => catalog.baseUrl,
  getExternalBaseUrl: async () => catalog.baseUrl,
});

describe('readPagesInWorkerThread', () => {
  const entities = loadExampleEntities();
  let catalog: FakeCatalog;
  afterEach(() => catalog?.close());

  it('reads every page in a worker thread, as the plugin, with the same facts as a read on the event loop', async () => {
    catalog = await fakeCatalog(entities);
    const pages: FactsPage[] = [];
    for await (const page of readPagesInWorkerThread({
      baseUrl: catalog.baseUrl,
      token: TOKEN,
      pageSize: 7,
    })) {
      pages.push(page);
    }
    const portfolioEntities = entities.filter(e =>
      PORTFOLIO_ENTITY_KINDS.some(k => k === e.kind),
    );
    expect(pages.map(p => p.entities)).toEqual(
      Array.from({ length: Math.ceil(portfolioEntities.length / 7) }, (_, i) =>
        Math.min(7, portfolioEntities.length - i * 7),
      ),
    );
    expect(catalog.requests.map(r => r.authorization)).toEqual(
      pages.map(() => `Bearer ${TOKEN}`),
    );

    const onEventLoop = await readCatalogFacts(
      catalogServiceMock({ entities }),
      auth,
      { pageSize: 7 },
    );
    const logger = mockServices.logger.mock();
    const inThread = await readCatalogFacts(
      catalogServiceMock({ entities: [] }),
      auth,
      { pageSize: 7, thread: { discovery: discoveryOf(catalog), logger } },
    );
    expect(inThread.facts).toEqual(onEventLoop.facts);
    expect(inThread.entities).toBe(portfolioEntities.length);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(
          `^Read ${portfolioEntities.length} entities of the catalog in a worker thread in \\d+ ms$`,
        ),
      ),
    );
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("rejects with the catalog's error, and does not read again on the event loop", async () => {
    catalog = await fakeCatalog(entities, 2);
    const logger = mockServices.logger.mock();
    await expect(
      readCatalogFacts(catalogServiceMock({ entities }), auth, {
        pageSize: 7,
        thread: { discovery: discoveryOf(catalog), logger },
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      message: expect.stringContaining('500'),
    });
    expect(catalog.requests).toHaveLength(3);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("stops with the signal's reason, between pages", async () => {
    catalog = await fakeCatalog(entities);
    const controller = new AbortController();
    const read = readPagesInWorkerThread(
      { baseUrl: catalog.baseUrl, token: TOKEN, pageSize: 7 },
      controller.signal,
    );
    await read.next();
    controller.abort(new Error('the scheduler gave up'));
    await expect(read.next()).rejects.toThrow('the scheduler gave up');
    // The thread fetched at most the page after the one taken.
    expect(catalog.requests.length).toBeLessThanOrEqual(2);
  });

  it('starts nothing once the signal has fired', async () => {
    catalog = await fakeCatalog(entities);
    const read = readPagesInWorkerThread(
      { baseUrl: catalog.baseUrl, token: TOKEN, pageSize: 7 },
      AbortSignal.abort(new Error('already stopped')),
    );
    await expect(read.next()).rejects.toThrow('already stopped');
    expect(catalog.requests).toHaveLength(0);
  });

  it('reads on the event loop, from the start, when the thread fails', async () => {
    const logger = mockServices.logger.mock();
    async function* brokenThread(): AsyncGenerator<FactsPage> {
      yield {
        facts: {
          domains: [],
          dataProducts: [],
          useCases: [],
          capabilities: [],
          groups: [],
          apis: [],
        },
        entities: 7,
      };
      throw new CatalogReadThreadFailure('the thread ran out of memory');
    }
    const read = await readCatalogFacts(
      catalogServiceMock({ entities }),
      auth,
      {
        pageSize: 7,
        thread: {
          discovery: discoveryOf(await fakeCatalog([])),
          logger,
          read: brokenThread,
        },
      },
    );
    const onEventLoop = await readCatalogFacts(
      catalogServiceMock({ entities }),
      auth,
    );
    expect(read.facts).toEqual(onEventLoop.facts);
    expect(read.entities).toBe(onEventLoop.entities);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not read the catalog in a worker thread, reading it on the event loop instead: the thread ran out of memory',
    );
  });
});
