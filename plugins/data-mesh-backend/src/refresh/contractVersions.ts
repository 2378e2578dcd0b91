import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ContractGraph,
  ContractImpactIndex,
  ODCS_API_TYPE,
  diffContracts,
  normalizeEntityRef,
  DAY_MS,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { parse } from 'yaml';
import { stringifyError } from '@backstage/errors';
import type { ExampleContractVersion } from '../exampleContractConfig';
import {
  contractHash,
  firstVersion,
  parseContract,
  textOf,
} from './contractDocuments';
import type {
  ContractReadState,
  ContractVersionStore,
  ContractsToSave,
  NewContractVersion,
} from '../store/ContractVersionStore';
import { exampleReachRewrites, reachedBy } from './contractReach';

/** What reading the contracts needs. */
export interface ContractReadDeps {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  store: { contracts: ContractVersionStore };
  /** Earlier versions to store first, for demonstrations; none by default. */
  options?: { exampleContractVersions?: ExampleContractVersion[] };
}

/**
 * New versions one run stores at most: a first run on a large catalog
 * holds this many definitions, not every one; the rest wait for the next
 * run (their etags are not recorded, so they are read again).
 */
export const MAX_NEW_CONTRACT_VERSIONS_PER_RUN = 100;
/** APIs whose definitions one catalog request reads. */
const DEFINITION_BATCH = 50;

/** The ref and etag of every `odcs` API: one small stream. */
async function readEtags(deps: ContractReadDeps, signal?: AbortSignal) {
  // A run the scheduler gave up on reads no further.
  signal?.throwIfAborted();
  const credentials = await deps.auth.getOwnServiceCredentials();
  const found: Array<{ api: string; etag: string | undefined }> = [];
  const pages = deps.catalog.streamEntities(
    {
      filter: { kind: 'API', 'spec.type': ODCS_API_TYPE },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.etag'],
      pageSize: 500,
    },
    { credentials },
  );
  for await (const page of pages) {
    signal?.throwIfAborted();
    for (const entity of page) {
      found.push({ api: refOf(entity), etag: entity.metadata.etag });
    }
  }
  return { found, credentials };
}

function refOf(entity: Entity): string {
  return normalizeEntityRef({
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
  });
}

/**
 * What this run stores about contracts: reads the etags of the `odcs` APIs
 * and, only for those whose etag changed since the last run, their
 * definitions; a definition whose content changed becomes a new version,
 * with its diff from the version before and, when breaking, whom it
 * reaches over the graph `graph` reads (only then). An invalid definition
 * is skipped and logged (once per etag: its etag is recorded, so it is not
 * read again until it changes). While an example contract's breaking
 * version is in its first day, whom it reaches is worked out again
 * (`contractReach.ts`). `runAt` is when the run started.
 */
export async function readContractChanges(
  deps: ContractReadDeps,
  graph: () => Promise<ContractGraph>,
  runAt: Date,
  signal?: AbortSignal,
): Promise<ContractsToSave> {
  const { found, credentials } = await readEtags(deps, signal);
  const states = await deps.store.contracts.getReadStates();
  // An entity without an etag (not from a real catalog) is always read.
  const changed = found.filter(
    f => f.etag === undefined || states.get(f.api)?.etag !== f.etag,
  );
  const saved: ContractsToSave = { versions: [], etags: [], reachRewrites: [] };
  // Built once, and only when a breaking version needs it.
  let index: Promise<ContractImpactIndex> | undefined;
  const impactIndex = () =>
    (index ??= graph().then(read => new ContractImpactIndex(read)));
  const examples = new Map(
    (deps.options?.exampleContractVersions ?? []).map(e => [e.api, e]),
  );
  let left = 0;
  for (let i = 0; i < changed.length; i += DEFINITION_BATCH) {
    if (saved.versions.length >= MAX_NEW_CONTRACT_VERSIONS_PER_RUN) {
      left += changed.length - i;
      break;
    }
    signal?.throwIfAborted();
    const batch = changed.slice(i, i + DEFINITION_BATCH);
    const { items } = await deps.catalog.getEntitiesByRefs(
      {
        entityRefs: batch.map(b => b.api),
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.etag',
          'spec.definition',
        ],
      },
      { credentials },
    );
    for (const entity of items) {
      // Gone since the stream: the next run sees what is there then.
      if (!entity) continue;
      if (saved.versions.length >= MAX_NEW_CONTRACT_VERSIONS_PER_RUN) {
        left += 1;
        continue;
      }
      const api = refOf(entity);
      const state = states.get(api);
      // The first time a contract is seen, its example earlier version (if
      // configured) is stored before it, dated as configured.
      const example = state === undefined ? examples.get(api) : undefined;
      const earlier = example && firstVersion(api, example.definition);
      if (example && earlier) {
        saved.versions.push({
          ...earlier,
          seenBeforeMs: example.daysAgo * DAY_MS,
        });
      }
      const version = await versionOf(
        deps,
        api,
        entity.spec?.definition,
        earlier ?? state,
        impactIndex,
      );
      if (version) saved.versions.push(version);
      saved.etags.push({ api, etag: entity.metadata.etag ?? '' });
    }
  }
  const storedNow = new Set(saved.versions.map(v => v.api));
  const inCatalog = new Set(found.map(f => f.api));
  saved.reachRewrites = await exampleReachRewrites(
    deps.store.contracts,
    [...examples.keys()].filter(
      api => inCatalog.has(api) && states.has(api) && !storedNow.has(api),
    ),
    runAt,
    impactIndex,
  );
  if (left > 0) {
    deps.logger.info(
      `${left} changed data contracts are left for the next run: a run stores at most ${MAX_NEW_CONTRACT_VERSIONS_PER_RUN} new versions`,
    );
  }
  return saved;
}

/**
 * The new version an API's definition is, if its content changed; the
 * version before is the stored one, or an example's `definition`.
 */
async function versionOf(
  deps: ContractReadDeps,
  api: string,
  definition: unknown,
  state: (Partial<ContractReadState> & { definition?: string }) | undefined,
  impactIndex: () => Promise<ContractImpactIndex>,
): Promise<NewContractVersion | undefined> {
  const parsed = parseContract(definition);
  if ('problem' in parsed) {
    deps.logger.warn(
      `Skipped the data contract of ${api}, which is not a valid ODCS contract: ${parsed.problem}`,
    );
    return undefined;
  }
  const { document } = parsed;
  const hash = contractHash(document);
  if (state?.hash === hash) return undefined;
  const previous =
    state?.definition ??
    (state?.hash
      ? await deps.store.contracts.getLatestDefinition(api)
      : undefined);
  const diff =
    previous === undefined
      ? undefined
      : diffContracts(parse(previous), document);
  const contract = document as Record<string, unknown>;
  return {
    api,
    hash,
    version: textOf(contract.version),
    status: textOf(contract.status),
    definition: definition as string,
    changes: (diff?.changes ?? []).map(c => ({
      path: c.path,
      kind: c.kind,
      class: c.class,
    })),
    breaking: diff?.breaking ?? false,
    unannounced: diff?.unannounced ?? false,
    reached: diff?.breaking ? reachedBy(await impactIndex(), api) : [],
  };
}

/**
 * {@link readContractChanges}, except that a failure (the catalog not
 * answering the contracts' reads) stores no contract change this run
 * rather than no snapshot: the etags are not recorded, so the next run
 * reads the same contracts again. A run the scheduler gave up on still
 * stops.
 */
export async function readContractChangesOrNone(
  deps: ContractReadDeps,
  graph: () => Promise<ContractGraph>,
  runAt: Date,
  signal?: AbortSignal,
): Promise<ContractsToSave | undefined> {
  try {
    return await readContractChanges(deps, graph, runAt, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    deps.logger.warn(
      `Could not read the data contracts; their changes are read at the next run: ${stringifyError(
        error,
      )}`,
    );
    return undefined;
  }
}
