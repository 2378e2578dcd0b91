import type { TestDatabaseId } from '@backstage/backend-test-utils';

/**
 * The databases a store test runs on: SQLite always, PostgreSQL 15
 * whenever its connection string is set (the test command sets it). In CI
 * a missing PostgreSQL fails the test file rather than skipping it; locally
 * it is said out loud, since a run on SQLite only tests less than it seems.
 */
export function testDatabaseIds(suite: string): TestDatabaseId[] {
  const ids: TestDatabaseId[] = ['SQLITE_3'];
  if (process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING) {
    ids.push('POSTGRES_15');
  } else if (process.env.CI) {
    throw new Error(
      'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set; run the tests through scripts/test.sh',
    );
  } else {
    // eslint-disable-next-line no-console
    console.warn(
      `${suite} runs on SQLite only: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set (scripts/test.sh sets it)`,
    );
  }
  return ids;
}
