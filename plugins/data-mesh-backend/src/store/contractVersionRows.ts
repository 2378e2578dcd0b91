import type { Knex } from 'knex';
import {
  PageWindow,
  breakingFirst,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  ContractReadState,
  ContractVersionStore,
  ContractsToSave,
  StoredContractRisk,
  StoredContractVersion,
  StoredReachedEntity,
} from './ContractVersionStore';

/*
 * The rows of the contracts' versions (`data_mesh_contract_apis`,
 * `data_mesh_contract_versions`, `data_mesh_contract_impact`): written in
 * the snapshot's transaction, read by the contract routes.
 */

const APIS = 'data_mesh_contract_apis';
const VERSIONS = 'data_mesh_contract_versions';
const IMPACT = 'data_mesh_contract_impact';
/** Rows per insert: under SQLite's limit of 999 variables. */
const BATCH = 100;
/**
 * Changes kept per version, breaking ones first: a contract rewritten
 * whole would otherwise store (and answer) thousands.
 */
export const MAX_STORED_CHANGES = 200;

function toIso(value: unknown): string {
  return (
    value instanceof Date ? value : new Date(value as string | number)
  ).toISOString();
}

function versionOf(row: Record<string, any>): StoredContractVersion {
  return {
    api: row.api_ref,
    sequence: Number(row.sequence),
    seenAt: toIso(row.seen_at),
    version: row.contract_version ?? null,
    status: row.contract_status ?? null,
    // SQLite keeps booleans as 0 and 1.
    breaking: Boolean(row.breaking),
    unannounced: Boolean(row.unannounced),
    changeCount: Number(row.change_count),
    breakingCount: Number(row.breaking_count),
    changes: JSON.parse(row.changes),
  };
}

const VERSION_COLUMNS = [
  'api_ref',
  'sequence',
  'seen_at',
  'contract_version',
  'contract_status',
  'breaking',
  'unannounced',
  'change_count',
  'breaking_count',
  'changes',
];

/**
 * Writes what a recompute read of the contracts within `tx`: the etags,
 * then each new version after its API's newest, with whom it reaches, then
 * whom the rewritten versions reach.
 */
export async function saveContracts(
  tx: Knex.Transaction,
  contracts: ContractsToSave | undefined,
  seenAt: Date,
): Promise<void> {
  if (!contracts) return;
  const etags = contracts.etags.map(e => ({ api_ref: e.api, etag: e.etag }));
  for (let i = 0; i < etags.length; i += BATCH) {
    await tx(APIS)
      .insert(etags.slice(i, i + BATCH))
      .onConflict('api_ref')
      .merge(['etag']);
  }
  for (const v of contracts.versions) {
    const state = await tx(APIS).where({ api_ref: v.api }).first();
    const sequence = Number(state?.latest_sequence ?? 0) + 1;
    const changes = breakingFirst(v.changes);
    const [row] = await tx(VERSIONS)
      .insert({
        api_ref: v.api,
        sequence,
        seen_at: new Date(seenAt.getTime() - (v.seenBeforeMs ?? 0)),
        definition_hash: v.hash,
        contract_version: v.version,
        contract_status: v.status,
        breaking: v.breaking,
        unannounced: v.unannounced,
        change_count: changes.length,
        breaking_count: changes.filter(c => c.class === 'breaking').length,
        changes: JSON.stringify(changes.slice(0, MAX_STORED_CHANGES)),
        definition: v.definition,
      })
      .returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    await tx(APIS)
      .insert({
        api_ref: v.api,
        etag: state?.etag ?? '',
        definition_hash: v.hash,
        latest_sequence: sequence,
      })
      .onConflict('api_ref')
      .merge(['definition_hash', 'latest_sequence']);
    await insertReached(tx, id, v.reached);
  }
  for (const rewrite of contracts.reachRewrites) {
    const row = await tx(VERSIONS)
      .where({ api_ref: rewrite.api, sequence: rewrite.sequence })
      .first('id');
    if (!row) continue;
    await tx(IMPACT).where({ version_id: row.id }).delete();
    await insertReached(tx, Number(row.id), rewrite.reached);
  }
}

/** Stores whom the version with row id `id` reaches, in their order. */
async function insertReached(
  tx: Knex.Transaction,
  id: number,
  reached: StoredReachedEntity[],
): Promise<void> {
  const rows = reached.map((r, position) => ({
    version_id: id,
    entity_ref: r.ref,
    title: r.title,
    reach: r.reach,
    through: r.through,
    real: r.real,
    status: r.status,
    position,
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx(IMPACT).insert(rows.slice(i, i + BATCH));
  }
}

/** {@link ContractVersionStore} on the plugin's database. */
export class KnexContractVersionStore implements ContractVersionStore {
  constructor(private readonly knex: Knex) {}

  async getReadStates(): Promise<Map<string, ContractReadState>> {
    const rows = await this.knex(APIS).select(
      'api_ref',
      'etag',
      'definition_hash',
    );
    return new Map(
      rows.map(r => [
        r.api_ref,
        { etag: r.etag, hash: r.definition_hash ?? null },
      ]),
    );
  }

  async getLatestDefinition(api: string): Promise<string | undefined> {
    const row = await this.knex(VERSIONS)
      .where({ api_ref: api })
      .orderBy('sequence', 'desc')
      .first('definition');
    return row?.definition;
  }

  async listVersions(
    api: string,
    page: PageWindow,
  ): Promise<{ items: StoredContractVersion[]; totalItems: number }> {
    const [{ count }] = await this.knex(VERSIONS)
      .where({ api_ref: api })
      .count({ count: '*' });
    const rows = await this.knex(VERSIONS)
      .select(VERSION_COLUMNS)
      .where({ api_ref: api })
      .orderBy('sequence', 'desc')
      .offset(page.offset)
      .limit(page.limit);
    return { items: rows.map(versionOf), totalItems: Number(count) };
  }

  async getVersion(
    api: string,
    sequence?: number,
  ): Promise<StoredContractVersion | undefined> {
    const rows = this.knex(VERSIONS).where({ api_ref: api });
    const row =
      sequence === undefined
        ? await rows
            .where('breaking', true)
            .orderBy('sequence', 'desc')
            .first(VERSION_COLUMNS)
        : await rows.where({ sequence }).first(VERSION_COLUMNS);
    return row ? versionOf(row) : undefined;
  }

  async getReached(
    api: string,
    sequence: number,
  ): Promise<StoredReachedEntity[]> {
    const rows = await this.knex(IMPACT)
      .join(VERSIONS, `${VERSIONS}.id`, `${IMPACT}.version_id`)
      .where({
        [`${VERSIONS}.api_ref`]: api,
        [`${VERSIONS}.sequence`]: sequence,
      })
      .select(`${IMPACT}.*`)
      .orderBy(`${IMPACT}.position`, 'asc');
    return rows.map(r => ({
      ref: r.entity_ref,
      title: r.title,
      reach: r.reach,
      through: r.through,
      real: r.real === null ? null : Boolean(r.real),
      status: r.status ?? null,
    }));
  }

  async listRisks(
    entityRef: string,
    limit: number,
  ): Promise<StoredContractRisk[]> {
    const rows = await this.knex(IMPACT)
      .join(VERSIONS, `${VERSIONS}.id`, `${IMPACT}.version_id`)
      .where(`${IMPACT}.entity_ref`, entityRef)
      .select(
        ...VERSION_COLUMNS.map(c => `${VERSIONS}.${c}`),
        `${IMPACT}.reach`,
        `${IMPACT}.through`,
      )
      .orderBy([
        { column: `${VERSIONS}.seen_at`, order: 'desc' },
        { column: `${VERSIONS}.id`, order: 'desc' },
      ])
      .limit(limit);
    return rows.map(r => ({
      version: versionOf(r),
      reach: r.reach,
      through: r.through,
    }));
  }
}
