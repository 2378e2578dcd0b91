/*
 * Search on a database other than PostgreSQL: the built-in engine (Lunr),
 * which holds its index in the process's memory, so that every start of the
 * process begins with no index. The built-in engine answers every query with
 * an error (500 MissingIndexError) until its first index is built; this one
 * answers an empty result instead while the first indexing of a type has not
 * ended, or found no documents, and still fails when it failed.
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  IndexableResultSet,
  SearchQuery,
} from '@backstage/plugin-search-common';
import {
  LunrSearchEngine,
  MissingIndexError,
} from '@backstage/plugin-search-backend-node';
import { searchEngineRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';

/**
 * The built-in in-memory engine, answering no results rather than an error
 * while a document type has not been indexed yet.
 */
export class StartingLunrSearchEngine extends LunrSearchEngine {
  /** Types whose last indexing failed: for them a missing index is an error. */
  private readonly failed = new Set<string>();

  override async getIndexer(type: string) {
    const indexer = await super.getIndexer(type);
    let errored = false;
    indexer.on('error', () => {
      errored = true;
      this.failed.add(type);
    });
    indexer.on('close', () => {
      if (!errored) this.failed.delete(type);
    });
    return indexer;
  }

  override async query(query: SearchQuery): Promise<IndexableResultSet> {
    try {
      return await super.query(query);
    } catch (error) {
      // Only thrown when none of the asked types has an index: before the
      // first indexing ended, or when every one found nothing (the engine
      // keeps no index of zero documents), there is nothing to find yet.
      const failedType = query.types?.some(type => this.failed.has(type));
      if (error instanceof MissingIndexError && !failedType) {
        return { results: [], numberOfResults: 0 };
      }
      throw error;
    }
  }
}

/**
 * Gives the search plugin {@link StartingLunrSearchEngine} wherever
 * `@backstage/plugin-search-backend-module-pg` stands aside, that is on any
 * database but a supported PostgreSQL, so that exactly one engine is set.
 */
export const searchStartingEngineModule = createBackendModule({
  pluginId: 'search',
  moduleId: 'starting-engine',
  register(reg) {
    reg.registerInit({
      deps: {
        registry: searchEngineRegistryExtensionPoint,
        database: coreServices.database,
        logger: coreServices.logger,
      },
      async init({ registry, database, logger }) {
        if (await PgSearchEngine.supported(database)) return;
        registry.setSearchEngine(new StartingLunrSearchEngine({ logger }));
      },
    });
  },
});
