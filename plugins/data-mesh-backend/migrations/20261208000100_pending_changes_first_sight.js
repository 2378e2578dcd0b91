// @ts-check

/**
 * Whether a told change is a first sight: the catalog module tells every
 * entity it sees for the first time since it started (after a restart,
 * all of them), and those are checked after real changes, and once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('data_mesh_pending_changes', table => {
    table
      .boolean('first_sight')
      .notNullable()
      .defaultTo(false)
      .comment('Told as seen for the first time since the teller started');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('data_mesh_pending_changes', table => {
    table.dropColumn('first_sight');
  });
};
