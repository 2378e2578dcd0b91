/*
 * What a production deployment actually runs with: app-config.yaml, then
 * app-config.production.yaml over it, merged the way the backend merges them
 * (objects key by key, so a development value survives unless the production
 * file replaces or removes it), and checked against every plugin's schema.
 */
import path from 'node:path';
import { readSchedulerServiceTaskScheduleDefinitionFromConfig } from '@backstage/backend-plugin-api';
import {
  Config,
  ConfigReader,
  readDurationFromConfig,
} from '@backstage/config';
import { ConfigSources, loadConfigSchema } from '@backstage/config-loader';
import { HumanDuration, durationToMilliseconds } from '@backstage/types';

// This package runs from source in its tests; the config files sit at the
// repository's root, two folders up.
// eslint-disable-next-line no-restricted-syntax
const repoRoot = path.resolve(__dirname, '../../..');

/** What app-config.production.yaml reads from the environment. */
const ENV: Record<string, string> = {
  APP_BASE_URL: 'https://portal.example.com',
  BACKEND_BASE_URL: 'https://portal.example.com',
  POSTGRES_HOST: 'db.example.com',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'backstage',
  POSTGRES_PASSWORD: 'secret',
  GITHUB_TOKEN: 'token',
  GITHUB_OWNER: 'example',
};

/** The files' configs, read and substituted as the backend reads them. */
async function load(files: string[]) {
  const source = ConfigSources.defaultForTargets({
    rootDir: repoRoot,
    watch: false,
    targets: files.map(file => ({
      type: 'path' as const,
      target: path.join(repoRoot, file),
    })),
    substitutionFunc: async name => ENV[name],
  });
  for await (const { configs } of source.readConfigData()) return configs;
  throw new Error(`No configuration read from ${files.join(', ')}`);
}

const MINUTE = 60_000;
const ms = (value: HumanDuration) => durationToMilliseconds(value);

/** A scheduled task's timing, read as Backstage's scheduler reads it. */
function schedule(config: Config, key: string) {
  return readSchedulerServiceTaskScheduleDefinitionFromConfig(
    config.getConfig(key),
  );
}

/** A duration in config, in milliseconds, as the plugins read it. */
function duration(config: Config, key: string): number {
  return ms(readDurationFromConfig(config, { key }));
}

describe('app-config.yaml with app-config.production.yaml over it', () => {
  let config: Config;

  beforeAll(async () => {
    const appConfigs = await load([
      'app-config.yaml',
      'app-config.production.yaml',
    ]);
    // Fails naming the key when a value breaks a plugin's config schema, as
    // the backend would at start-up.
    const schema = await loadConfigSchema({
      dependencies: [require('../package.json').name],
    });
    schema.process(appConfigs);
    config = ConfigReader.fromConfigs(appConfigs);
  }, 60_000);

  it("recomputes the portfolio at the plugin's default cadence or slower", () => {
    // Defaults in plugins/data-mesh-backend/src/config.ts: a full read
    // every six hours while changes are followed, the complementary search
    // every hour, a minute after start-up.
    expect(duration(config, 'dataMesh.schedule.frequency')).toBe(360 * MINUTE);
    expect(
      duration(config, 'dataMesh.complementary.schedule.frequency'),
    ).toBeGreaterThanOrEqual(60 * MINUTE);
    expect(
      duration(config, 'dataMesh.complementary.schedule.initialDelay'),
    ).toBeGreaterThanOrEqual(MINUTE);
    expect(config.getOptionalBoolean('dataMesh.exampleHistory')).toBe(false);
    expect(
      config.getOptionalConfigArray('dataMesh.exampleContractVersions'),
    ).toEqual([]);
  });

  it("processes the catalog no more often than the catalog's default", () => {
    // The catalog's default is between 100 and 150 seconds.
    expect(
      duration(config, 'catalog.processingInterval'),
    ).toBeGreaterThanOrEqual(150_000);
  });

  it('allows cross-origin calls from the portal only, never from localhost', () => {
    const origin = config.getOptional('backend.cors.origin');
    expect(origin).toBe('https://portal.example.com');
  });

  it('signs nobody in as a guest', () => {
    expect(config.getOptionalConfig('auth.providers')?.keys() ?? []).toEqual(
      [],
    );
  });

  it('indexes search into PostgreSQL on one schedule shared by every replica', () => {
    expect(config.getString('backend.database.client')).toBe('pg');
    const collator = schedule(config, 'search.collators.catalog.schedule');
    expect(collator.scope ?? 'global').toBe('global');
    expect(ms(collator.frequency as HumanDuration)).toBeGreaterThanOrEqual(
      10 * MINUTE,
    );
  });
});

describe('app-config.yaml alone, for local use', () => {
  it('rebuilds the in-memory search index in every start of the process', async () => {
    const config = ConfigReader.fromConfigs(await load(['app-config.yaml']));
    const collator = schedule(config, 'search.collators.catalog.schedule');
    // A global schedule is stored in the database: after a restart it would
    // wait out the rest of its interval with an empty index.
    expect(collator.scope).toBe('local');
  });
});
