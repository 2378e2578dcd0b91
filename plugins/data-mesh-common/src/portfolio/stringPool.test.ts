import { StringPool } from './stringPool';
import { factsFromEntities } from './facts';
import { organisationSize, syntheticOrganisation } from '../testUtils';

describe('StringPool', () => {
  it('gives back the first of equal strings and holds each text once', () => {
    const pool = new StringPool();
    const first = ['dataproduct:default/', 'orders'].join('');
    expect(pool.intern(first)).toBe(first);
    expect(pool.intern(`dataproduct:default/${'orders'}`)).toBe(first);
    expect(pool.intern('usecase:default/churn')).toBe('usecase:default/churn');
    expect(pool.size).toBe(2);
  });

  it('pools every string value of plain data in place, keys aside, and changes no value', () => {
    const facts = factsFromEntities(
      syntheticOrganisation(organisationSize(200)),
    );
    const copy = JSON.parse(JSON.stringify(facts));
    const pool = new StringPool();
    expect(pool.internAll(copy)).toBe(copy);
    expect(copy).toEqual(facts);

    // Every string value was seen, at every depth; no key was.
    const values = new Set<string>();
    const keys = new Set<string>();
    let occurrences = 0;
    const walk = (data: unknown): void => {
      if (typeof data === 'string') {
        values.add(data);
        occurrences++;
      } else if (Array.isArray(data)) data.forEach(walk);
      else if (data && typeof data === 'object') {
        for (const [key, value] of Object.entries(data)) {
          keys.add(key);
          walk(value);
        }
      }
    };
    walk(facts);
    expect(pool.size).toBe(values.size);
    expect([...keys].some(key => !values.has(key))).toBe(true);
    // What the pool is for: most strings repeat another.
    expect(pool.size).toBeLessThan(occurrences / 2);
  });

  it('pools a string given alone', () => {
    const pool = new StringPool();
    pool.internAll(['a', { b: ['c', 1, null, true] }]);
    expect(pool.internAll('c')).toBe('c');
    expect(pool.size).toBe(2);
  });
});
