// @ts-check

/**
 * A snapshot's long lists as rows of lines, a bounded number of items
 * each, beside the snapshot's row, which keeps the rest. Written and read
 * a few rows at a time, a snapshot of 100,000 data products is never held
 * whole as one text (58 MB) while it is stored or loaded.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_snapshot_lines', table => {
    table.comment('Lines of the long lists of a snapshot, in order');
    table
      .bigInteger('snapshot_id')
      .notNullable()
      .comment('The snapshot (data_mesh_snapshots.id) the line belongs to');
    table.integer('line').notNullable().comment('Its place, from 0');
    table
      .text('text', 'longtext')
      .notNullable()
      .comment('[path, items] as JSON: items appended to the list at path');
    table.primary(['snapshot_id', 'line']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_mesh_snapshot_lines');
};
