import type { Entity } from '@backstage/catalog-model';
import { PORTFOLIO_ENTITY_FIELDS } from './facts';

/**
 * One entity as the catalog holds it now, after a change: the entity (with
 * at least the fields the facts read), or `null` once it is gone.
 *
 * @public
 */
export interface EntityChange {
  /** The entity's ref, normalised (`kind:namespace/name`, lower case). */
  ref: string;
  /** The entity now, or `null` when the catalog no longer has it. */
  entity: Entity | null;
}

/**
 * The topic on which the catalog module tells the backend plugin which
 * portfolio entities its processing found changed.
 *
 * @public
 */
export const DATA_MESH_ENTITY_CHANGES_TOPIC = 'data-mesh.entity-changes';

/**
 * The payload of an event on {@link DATA_MESH_ENTITY_CHANGES_TOPIC}.
 *
 * @public
 */
export interface EntityChangesEvent {
  /**
   * Refs of entities whose fields the portfolio reads changed in a
   * processing pass, normalised. The catalog stores each shortly after.
   */
  entityRefs: string[];
  /**
   * Refs of entities seen for the first time since the teller started
   * (after a restart, every entity): they may have changed while it was
   * down, and most did not, so they are checked after those in
   * `entityRefs`, and once.
   */
  firstSightRefs?: string[];
}

/**
 * The fields of an entity that its portfolio facts are read from
 * ({@link PORTFOLIO_ENTITY_FIELDS}), as one plain value in a fixed key
 * order: two versions of an entity whose projections are equal have equal
 * facts, so a change elsewhere in the entity (a description, a link, a
 * relation) tells the portfolio nothing.
 *
 * @public
 */
export function portfolioFieldsOf(entity: Entity): unknown[] {
  return PORTFOLIO_ENTITY_FIELDS.map(path => {
    let value: unknown = entity;
    for (const key of path.split('.')) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  });
}
