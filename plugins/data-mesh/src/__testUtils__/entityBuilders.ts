/*
 * Helpers over the test organisations' entities. The entities themselves
 * are built with the common package's test builders.
 */
import type { Entity } from '@backstage/catalog-model';

export {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';

/** The entities without the named ones (any kind), for earlier states. */
export function without(entities: Entity[], names: string[]): Entity[] {
  return entities.filter(entity => !names.includes(entity.metadata.name));
}

/** The entity of that name among `entities`; fails the test if none. */
export function entityNamed(entities: Entity[], name: string): Entity {
  const entity = entities.find(e => e.metadata.name === name);
  if (!entity) throw new Error(`No entity named ${name}`);
  return entity;
}
