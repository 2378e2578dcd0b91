// @ts-check

/**
 * The notifications a recompute is to send, written in the transaction that
 * stores its snapshot and deleted once the notifications service accepted
 * them: a crash, a restart or a notifications outage between storing and
 * sending leaves them here for the next run instead of losing them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_mesh_notification_outbox', table => {
    table.comment('Notifications stored with a snapshot and not yet sent');
    table.bigIncrements('id').primary();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table
      .string('scope', 512)
      .notNullable()
      .comment("The notification's scope: a later one replaces it");
    table
      .text('recipients')
      .notNullable()
      .comment('The recipients as JSON, to tell replaced rows apart');
    table
      .text('payload')
      .notNullable()
      .comment('The notification to send (recipients and payload) as JSON');
    table.integer('attempts').notNullable().defaultTo(0);
    table.timestamp('last_attempt_at', { useTz: true }).nullable();
    table.text('last_error').nullable();
    table.index(['scope'], 'data_mesh_notification_outbox_scope_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_mesh_notification_outbox');
};
