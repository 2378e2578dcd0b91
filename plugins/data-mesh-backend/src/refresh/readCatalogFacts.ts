import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  FactReuse,
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
  addEntityToFacts,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  CatalogReadThreadFailure,
  FactsPage,
  readPagesInWorkerThread,
} from './catalogReadThread';

/** What one pass over the catalog reads. */
export interface CatalogRead {
  /** The portfolio's facts. */
  facts: PortfolioFacts;
  /** How many of them are the held facts, reused unchanged. */
  reused: number;
  /** How many entities the catalog gave, facts or not. */
  entities: number;
}

/** How {@link readCatalogFacts} reads. */
export interface CatalogReadOptions {
  /** Entities per page; 500 by default. */
  pageSize?: number;
  /** Once it fires, the read stops between pages, throwing its reason. */
  signal?: AbortSignal;
  /**
   * The facts this replica serves meanwhile: read facts equal to held ones
   * are replaced by them, so that the two are not held twice.
   */
  held?: PortfolioFacts;
  /**
   * With them, the pages are fetched and parsed in a worker thread
   * (catalogReadThread.ts), from where discovery says the catalog is; a
   * thread that fails is logged and the read is done on the event loop.
   * Without them (tests with a catalog of their own), on the event loop.
   */
  thread?: {
    discovery: DiscoveryService;
    logger: LoggerService;
    /** The thread's read; tests pass one that fails. */
    read?: typeof readPagesInWorkerThread;
  };
}

/** The catalog's pages as facts, fetched and parsed on the event loop. */
async function* pagesOnEventLoop(
  catalog: CatalogService,
  auth: AuthService,
  pageSize: number,
): AsyncGenerator<FactsPage> {
  const pages = catalog.streamEntities(
    {
      filter: { kind: PORTFOLIO_ENTITY_KINDS },
      fields: PORTFOLIO_ENTITY_FIELDS,
      pageSize,
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  for await (const page of pages) {
    const facts = emptyFacts();
    for (const entity of page) addEntityToFacts(facts, entity);
    yield { facts, entities: page.length };
  }
}

/** The catalog's pages as facts, fetched and parsed in a worker thread. */
async function* pagesInWorkerThread(
  auth: AuthService,
  discovery: DiscoveryService,
  pageSize: number,
  signal: AbortSignal | undefined,
  read: typeof readPagesInWorkerThread,
): AsyncGenerator<FactsPage> {
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'catalog',
  });
  const baseUrl = await discovery.getBaseUrl('catalog');
  yield* read({ baseUrl, token, pageSize }, signal);
}

/** Gathers pages of facts, reusing held facts that did not change. */
async function gather(
  pages: AsyncIterable<FactsPage>,
  held?: PortfolioFacts,
  signal?: AbortSignal,
): Promise<CatalogRead> {
  const facts = emptyFacts();
  const reuse = new FactReuse(held);
  let reused = 0;
  let entities = 0;
  for await (const page of pages) {
    // Reading 100,000 entities takes seconds: a run the scheduler gave up
    // on (timed out, claimed by another replica, or the backend stopping)
    // ends here rather than reading on.
    signal?.throwIfAborted();
    facts.domains.push(...page.facts.domains);
    facts.dataProducts.push(...page.facts.dataProducts);
    facts.useCases.push(...page.facts.useCases);
    facts.capabilities.push(...page.facts.capabilities);
    facts.groups.push(...page.facts.groups);
    facts.apis!.push(...(page.facts.apis ?? []));
    entities += page.entities;
    // Page by page, so that the copies are let go as the read goes on.
    reused += reuse.reuse(facts);
  }
  return { facts, reused, entities };
}

/**
 * Reads every entity the portfolio needs, page by page, as plain facts.
 */
export async function readCatalogFacts(
  catalog: CatalogService,
  auth: AuthService,
  { pageSize = 500, signal, held, thread }: CatalogReadOptions = {},
): Promise<CatalogRead> {
  if (thread) {
    try {
      const started = performance.now();
      const read = await gather(
        pagesInWorkerThread(
          auth,
          thread.discovery,
          pageSize,
          signal,
          thread.read ?? readPagesInWorkerThread,
        ),
        held,
        signal,
      );
      thread.logger.info(
        `Read ${
          read.entities
        } entities of the catalog in a worker thread in ${Math.round(
          performance.now() - started,
        )} ms`,
      );
      return read;
    } catch (error) {
      if (!(error instanceof CatalogReadThreadFailure)) throw error;
      // From the start: what the thread gave is let go.
      thread.logger.warn(
        `Could not read the catalog in a worker thread, reading it on the event loop instead: ${error.message}`,
      );
    }
  }
  return gather(pagesOnEventLoop(catalog, auth, pageSize), held, signal);
}
