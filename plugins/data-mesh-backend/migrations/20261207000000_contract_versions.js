// @ts-check

/**
 * Every version of each data contract (an `odcs` API entity) the scheduled
 * recompute has seen, the change from the version before, and whom a
 * breaking change reaches, indexed by the reached entity so that a use
 * case's or data product's page can ask which breaking changes reach it.
 * Rows are never deleted with the API: a contract that leaves the catalog
 * keeps its history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_contract_apis', table => {
    table.comment('Per contract API: what the last run read of it');
    table.string('api_ref', 512).primary();
    table
      .string('etag', 256)
      .notNullable()
      .comment(
        "The entity's etag when last read: unchanged, it is not read again",
      );
    table
      .string('definition_hash', 64)
      .nullable()
      .comment('SHA-256 of the canonical form of the newest stored version');
    table.integer('latest_sequence').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('data_mesh_contract_versions', table => {
    table.comment('Each version of a contract seen, with its change');
    table.bigIncrements('id').primary();
    table.string('api_ref', 512).notNullable();
    table.integer('sequence').notNullable().comment('1 for the first seen');
    table.timestamp('seen_at', { useTz: true }).notNullable();
    table.string('definition_hash', 64).notNullable();
    table.string('contract_version', 256).nullable();
    table.string('contract_status', 256).nullable();
    table.boolean('breaking').notNullable();
    table.boolean('unannounced').notNullable();
    table.integer('change_count').notNullable();
    table.integer('breaking_count').notNullable();
    table
      .text('changes')
      .notNullable()
      .comment(
        'The changes from the version before as JSON, breaking first, bounded',
      );
    table.text('definition').notNullable().comment("The contract's text");
    table.unique(['api_ref', 'sequence'], {
      indexName: 'data_mesh_contract_versions_api_sequence_uq',
    });
  });
  await knex.schema.createTable('data_mesh_contract_impact', table => {
    table.comment('The consumers a breaking contract version reaches');
    table
      .bigInteger('version_id')
      .notNullable()
      .references('id')
      .inTable('data_mesh_contract_versions')
      .onDelete('CASCADE');
    table.string('entity_ref', 512).notNullable();
    table.text('title').notNullable();
    table.string('reach', 16).notNullable().comment("'port' or 'lineage'");
    table
      .string('through', 512)
      .notNullable()
      .comment('The data product that carries the change to it');
    table
      .boolean('real')
      .nullable()
      .comment('For a use case: committed or live; null for a data product');
    table.string('status', 64).nullable();
    table.integer('position').notNullable().comment('Order of the answer');
    table.primary(['version_id', 'entity_ref']);
    table.index(['entity_ref'], 'data_mesh_contract_impact_entity_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_mesh_contract_impact');
  await knex.schema.dropTable('data_mesh_contract_versions');
  await knex.schema.dropTable('data_mesh_contract_apis');
};
