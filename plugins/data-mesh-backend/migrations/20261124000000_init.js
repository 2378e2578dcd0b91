// @ts-check

/**
 * Snapshots of the computed portfolio, the daily phase history per scope, and
 * the outcome of the last refresh attempt.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_snapshots', table => {
    table.comment('Computed portfolio snapshots; the newest is served');
    table.bigIncrements('id').primary();
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.text('payload', 'longtext').notNullable().comment('Snapshot as JSON');
  });
  await knex.schema.createTable('data_mesh_phase_history', table => {
    table.comment('One point per scope and day, for the adoption curve');
    table.string('scope', 512).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('phase', 32).notNullable();
    table.double('adoption').notNullable();
    table.integer('adopting_domains').notNullable();
    table.integer('active_data_products').notNullable();
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.primary(['scope', 'day']);
  });
  await knex.schema.createTable('data_mesh_refresh_status', table => {
    table.comment('Outcome of the latest refresh attempts (a single row)');
    table.integer('id').primary();
    table.timestamp('last_attempt_at', { useTz: true }).nullable();
    table.timestamp('last_success_at', { useTz: true }).nullable();
    table.text('last_error').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_mesh_refresh_status');
  await knex.schema.dropTable('data_mesh_phase_history');
  await knex.schema.dropTable('data_mesh_snapshots');
};
