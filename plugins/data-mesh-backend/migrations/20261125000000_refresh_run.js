// @ts-check

/**
 * What the last successful recompute took (read, compute, store) and how
 * many entities it read, for `GET /status` and the benchmarks.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('data_mesh_refresh_status', table => {
    table.text('last_run').nullable().comment('The last run, as JSON');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('data_mesh_refresh_status', table => {
    table.dropColumn('last_run');
  });
};
