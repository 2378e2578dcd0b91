import { registryZod } from '../__testUtils__/registryZod';
import { queryInputOf, queryParameters } from './queryInput';
import type { Z } from './zodFromOpenApi';

let z: Z;
beforeAll(async () => {
  z = await registryZod();
});

describe('queryInputOf', () => {
  const input = (path: Parameters<typeof queryInputOf>[0], omit: string[]) =>
    z.object(queryInputOf(path, omit)(z));

  it("takes a route's query parameters, but those omitted, each optional", () => {
    const schema = input('/capabilities', ['view', 'group', 'limit', 'offset']);
    expect(Object.keys(schema.shape).sort()).toEqual(['category', 'status']);
    expect(schema.parse({})).toEqual({});
    expect(
      schema.parse({ status: 'not-offered', category: 'storage' }),
    ).toEqual({ status: 'not-offered', category: 'storage' });
  });

  it("keeps the document's values and text bounds", () => {
    const schema = input('/capabilities', ['view', 'group', 'limit', 'offset']);
    expect(schema.safeParse({ status: 'retired' }).success).toBe(false);
    expect(schema.safeParse({ category: '' }).success).toBe(false);
    expect(schema.safeParse({ category: 'x'.repeat(100) }).success).toBe(true);
    expect(schema.safeParse({ category: 'x'.repeat(101) }).success).toBe(false);
  });

  it('resolves shared parameters and reads only the query', () => {
    const names = queryParameters(
      '/capabilities/{namespace}/{name}/demand',
    ).map(p => p.name);
    expect(names).toEqual(['demand', 'limit', 'offset']);
    const paging = input('/capabilities/{namespace}/{name}/demand', ['demand']);
    expect(paging.safeParse({ limit: 51 }).success).toBe(false);
    expect(paging.safeParse({ limit: 50, offset: 0 }).success).toBe(true);
  });
});
