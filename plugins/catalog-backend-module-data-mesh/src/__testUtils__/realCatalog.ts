/*
 * A real catalog backend with this module, reading catalog files from a
 * temporary folder through `file` locations, for the integration tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleDataMesh from '..';

/** The kinds the test catalogs allow. */
const KINDS = [
  'Group',
  'Domain',
  'DataProduct',
  'UseCase',
  'PlatformCapability',
  'API',
  'Location',
];

/** A running catalog and what a test asks of it. */
export interface RealCatalog {
  /** The folder the catalog files are in; rewrite one to change it. */
  dir: string;
  /** The latest processing errors of each entity, by its ref. */
  processingErrors: Map<string, string>;
  /** The module's logger. */
  logger: ReturnType<typeof mockServices.logger.mock>;
  /** The entity as the catalog serves it, or undefined when it has none. */
  getEntity(ref: string): Promise<Entity | undefined>;
  /** Stops the backend and removes the folder. */
  stop(): Promise<void>;
}

/** Polls until the probe gives a value (at most 40 s). */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

/** An entity's relations as sorted `type targetRef` lines. */
export const relationsOf = (entity: Entity) =>
  (entity.relations ?? []).map(r => `${r.type} ${r.targetRef}`).sort();

/**
 * Starts a catalog backend with this module on SQLite, reading `files`
 * (name → YAML) from a fresh folder, processing every second. `besides`
 * are written there first too (relative path → text), without being
 * locations: what the catalog files read through `$text`. `features` are
 * added to the backend (e.g. a module listening to the catalog's events).
 */
export async function startRealCatalog(
  files: Record<string, string>,
  besides: Record<string, string> = {},
  features: BackendFeature[] = [],
): Promise<RealCatalog> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-catalog-'));
  for (const [file, text] of Object.entries({ ...besides, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const processingErrors = new Map<string, string>();
  const logger = mockServices.logger.mock();

  // Collects processing errors the way the catalog's logs module does.
  const errorCollector = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-error-collector',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.setOnProcessingErrorHandler(event => {
            processingErrors.set(
              stringifyEntityRef(event.unprocessedEntity),
              event.errors.map(e => String(e)).join('\n'),
            );
          });
        },
      });
    },
  });

  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleDataMesh,
      errorCollector,
      ...features,
      logger.factory,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            processingInterval: { seconds: 1 },
            rules: [{ allow: KINDS }],
            locations: Object.keys(files).map(file => ({
              type: 'file',
              target: path.join(dir, file),
            })),
          },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}/api/catalog`;

  return {
    dir,
    processingErrors,
    logger,
    async getEntity(ref) {
      const [kind, rest] = ref.split(':');
      const [namespace, name] = rest.split('/');
      const res = await fetch(
        `${baseUrl}/entities/by-name/${kind}/${namespace}/${name}`,
        { headers: { Authorization: mockCredentials.user.header() } },
      );
      return res.ok ? ((await res.json()) as Entity) : undefined;
    },
    async stop() {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
