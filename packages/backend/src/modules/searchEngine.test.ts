import { mockServices } from '@backstage/backend-test-utils';
import {
  LunrSearchEngine,
  MissingIndexError,
  TestPipeline,
} from '@backstage/plugin-search-backend-node';
import { StartingLunrSearchEngine } from './searchEngine';

const query = { term: 'order', types: ['software-catalog'] };

const orderHistory = {
  title: 'Order History',
  text: 'Every order placed, one row per order line.',
  location: '/catalog/default/dataproduct/order-history',
};

async function index(
  engine: LunrSearchEngine,
  documents: (typeof orderHistory)[],
) {
  const indexer = await engine.getIndexer('software-catalog');
  return TestPipeline.fromIndexer(indexer).withDocuments(documents).execute();
}

describe('StartingLunrSearchEngine', () => {
  const logger = mockServices.logger.mock();

  it('answers no results, where the built-in engine fails, before the first index is built', async () => {
    await expect(new LunrSearchEngine({ logger }).query(query)).rejects.toThrow(
      MissingIndexError,
    );
    const engine = new StartingLunrSearchEngine({ logger });
    expect(await engine.query(query)).toEqual({
      results: [],
      numberOfResults: 0,
    });

    await index(engine, [orderHistory]);
    const found = await engine.query(query);
    expect(found.results.map(r => r.document.title)).toEqual(['Order History']);
  });

  it('answers no results when indexing found no documents', async () => {
    const engine = new StartingLunrSearchEngine({ logger });
    await index(engine, []);
    expect((await engine.query(query)).results).toEqual([]);
  });

  it('still fails when indexing failed and left no index, until one succeeds', async () => {
    const engine = new StartingLunrSearchEngine({ logger });
    const indexer = await engine.getIndexer('software-catalog');
    const closed = new Promise(resolve => indexer.on('close', resolve));
    indexer.on('error', () => {});
    indexer.destroy(new Error('the catalog did not answer'));
    await closed;
    await expect(engine.query(query)).rejects.toThrow(MissingIndexError);

    await index(engine, [orderHistory]);
    expect((await engine.query(query)).numberOfResults).toBe(1);
  });

  it('keeps answering from the last index when a later indexing fails', async () => {
    const engine = new StartingLunrSearchEngine({ logger });
    await index(engine, [orderHistory]);
    const indexer = await engine.getIndexer('software-catalog');
    const closed = new Promise(resolve => indexer.on('close', resolve));
    indexer.on('error', () => {});
    indexer.destroy(new Error('the catalog did not answer'));
    await closed;
    expect((await engine.query(query)).numberOfResults).toBe(1);
  });
});
