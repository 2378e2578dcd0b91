import { Client } from 'pg';

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
