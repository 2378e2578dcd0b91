// @ts-check

/**
 * The complementary use-case searches: they compare pairs of use cases, so
 * they run on their own schedule rather than in every recompute, and are
 * stored apart from the snapshots they searched.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_complementary_searches', table => {
    table.comment('Complementary use-case pairs found; the newest is served');
    table.bigIncrements('id').primary();
    table
      .bigInteger('snapshot_id')
      .notNullable()
      .comment('The snapshot whose facts were searched');
    table.timestamp('snapshot_computed_at', { useTz: true }).notNullable();
    table.timestamp('searched_at', { useTz: true }).notNullable();
    table.integer('duration_ms').notNullable();
    table
      .integer('pairs_found')
      .notNullable()
      .comment('How many pairs qualified, before the stored ones were cut');
    table
      .text('payload', 'longtext')
      .notNullable()
      .comment('Threshold and pairs as JSON');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_mesh_complementary_searches');
};
