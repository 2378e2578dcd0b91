// @ts-check

/**
 * The entities the catalog module told the portfolio changed, waiting to be
 * read and applied, and when the portfolio was last computed from a full
 * read of the catalog (and last asked to be). In the database, not in a
 * replica's memory: the replica that hears of a change need not be the one
 * that runs the next recompute.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_pending_changes', table => {
    table.comment('Entities told changed and not yet applied');
    table
      .string('entity_ref', 512)
      .primary()
      .comment("The changed entity's normalised ref");
    table
      .timestamp('noticed_at', { useTz: true })
      .notNullable()
      .comment('When the change was last told');
    table
      .integer('checks')
      .notNullable()
      .defaultTo(0)
      .comment('How often the catalog was read without finding the change');
    table.index(['noticed_at'], 'data_mesh_pending_changes_noticed_idx');
  });
  await knex.schema.alterTable('data_mesh_refresh_status', table => {
    table
      .timestamp('last_full_at', { useTz: true })
      .nullable()
      .comment('When the last recompute from a full catalog read started');
    table
      .timestamp('full_requested_at', { useTz: true })
      .nullable()
      .comment('When a full recompute was last asked for');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('data_mesh_refresh_status', table => {
    table.dropColumn('full_requested_at');
    table.dropColumn('last_full_at');
  });
  await knex.schema.dropTable('data_mesh_pending_changes');
};
