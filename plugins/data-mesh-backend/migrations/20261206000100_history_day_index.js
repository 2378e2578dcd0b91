// @ts-check

/**
 * Every run prunes the history older than the retention (`day < ?`), and
 * the primary key (scope, day) cannot serve a condition on the day alone:
 * without this index each run scans the whole table.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('data_mesh_phase_history', table => {
    table.index(['day'], 'data_mesh_phase_history_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('data_mesh_phase_history', table => {
    table.dropIndex(['day'], 'data_mesh_phase_history_day_idx');
  });
};
