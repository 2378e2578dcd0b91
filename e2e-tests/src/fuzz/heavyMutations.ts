/*
 * Mutations that make an entity large: 1 MB strings, deep nesting,
 * thousands of ports. Each says, as the others in fuzz/mutations.ts do,
 * which rule its result breaks.
 */
import { Mutation, pick, specField } from './mutations';

function nested(depth: number): any {
  let value: any = 'bottom';
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
}

/**
 * Mutations that make an entity large (1 MB strings, deep nesting,
 * thousands of ports): applied to one entity in forty, so that the run
 * stays within CI's time and memory.
 */
export const HEAVY_MUTATIONS: Mutation[] = [
  // 1 MB strings: a long description is allowed, a long name is not.
  e => {
    e.metadata.description = 'd'.repeat(1024 * 1024);
    return [{ field: 'metadata.description', did: 'a 1 MB description' }];
  },
  e =>
    specField(
      e,
      'owner',
      `group:${'o'.repeat(1024 * 1024)}`,
      'spec.owner has a name of 1 MB',
      'a 1 MB owner',
    ),
  // Deep nesting: where an object is allowed, its fields are fixed.
  (e, r) => {
    const key = pick(r, ['description', 'outputPorts', 'personas']);
    return specField(
      e,
      key,
      nested(500),
      `spec.${key} is 500 levels of objects, which it may not be`,
      `nested spec.${key} 500 deep`,
    );
  },
  // Thousands of ports, each of its own name.
  (e, r) => {
    const count = 2000 + Math.floor(r() * 2000);
    return specField(
      e,
      'outputPorts',
      Array.from({ length: count }, (_, i) => ({
        name: `port-${i}`,
        type: 'table',
      })),
      undefined,
      `${count} output ports`,
    );
  },
];
