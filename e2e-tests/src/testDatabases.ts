import { Client } from 'pg';

/** The shared PostgreSQL server of the test run, from scripts/postgres.sh. */
export const sharedPostgres: string | undefined =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

/**
 * The shared PostgreSQL server's connection string; fails the test loudly
 * when it is missing, rather than skipping what needs it.
 */
export function requireSharedPostgres(): string {
  if (!sharedPostgres) {
    throw new Error(
      'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set; run the tests through scripts/test.sh, or source scripts/postgres.sh first',
    );
  }
  return sharedPostgres;
}

/** Drops the PostgreSQL databases a test run created under its prefix. */
export async function dropDatabases(
  connectionString: string,
  prefix: string,
): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`);
    }
  } finally {
    await client.end();
  }
}
