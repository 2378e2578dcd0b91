// @ts-check

/**
 * Marks history points that are example data (`dataMesh.exampleHistory`)
 * rather than measurements, so that answers can say which is which.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('data_mesh_phase_history', table => {
    table
      .boolean('example')
      .notNullable()
      .defaultTo(false)
      .comment('True for a synthetic point seeded as example data');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('data_mesh_phase_history', table => {
    table.dropColumn('example');
  });
};
