/*
 * The pure validators on the fuzz generator's entities: whatever an author
 * writes, they return problems (never throw), every problem names its
 * field, and nothing leaks into shared prototypes.
 */
import {
  validateDataMeshEntity,
  validateDomainAnnotations,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { fuzzedEntities } from './hostileEntities';

describe('the validators on fuzzed entities', () => {
  it('answer every entity with problems that name their field', async () => {
    const fuzzed = await fuzzedEntities(20261125, 1500);
    const unnamed: string[] = [];
    let problems = 0;
    for (const { entity } of fuzzed) {
      const found =
        entity.kind === 'Domain'
          ? validateDomainAnnotations(entity)
          : validateDataMeshEntity(entity);
      for (const problem of found) {
        problems++;
        // A path into the entity, and a message that starts with it.
        if (
          !/^(apiVersion|kind|metadata|spec)\b/.test(problem.path) ||
          !problem.message.startsWith(problem.path)
        ) {
          unnamed.push(`${entity.metadata.name}: ${problem.message}`);
        }
      }
    }
    expect(unnamed).toEqual([]);
    expect(problems).toBeGreaterThanOrEqual(1500);
    // Entities with __proto__ and constructor keys polluted nothing.
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
  });
});
