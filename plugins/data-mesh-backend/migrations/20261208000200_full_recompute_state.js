// @ts-check

/**
 * When the last full recompute started and when one was last asked for, in
 * a table of their own: on the refresh-status row, which every snapshot's
 * save locks until it commits, asking for a recompute waited for the save
 * in progress (seconds at 100,000 data products).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_full_recompute', table => {
    table.comment('When the portfolio was last read whole, and asked to be');
    table.integer('id').primary();
    table
      .timestamp('last_full_at', { useTz: true })
      .nullable()
      .comment('When the last recompute from a full catalog read started');
    table
      .timestamp('full_requested_at', { useTz: true })
      .nullable()
      .comment('When a full recompute was last asked for');
  });
  await knex.schema.alterTable('data_mesh_refresh_status', table => {
    table.dropColumn('full_requested_at');
    table.dropColumn('last_full_at');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('data_mesh_refresh_status', table => {
    table.timestamp('last_full_at', { useTz: true }).nullable();
    table.timestamp('full_requested_at', { useTz: true }).nullable();
  });
  await knex.schema.dropTable('data_mesh_full_recompute');
};
