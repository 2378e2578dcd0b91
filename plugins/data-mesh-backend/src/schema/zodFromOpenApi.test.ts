import { registryZod } from '../__testUtils__/registryZod';
import { spec } from './openapi.generated';
import {
  JsonSchema,
  Z,
  ZodObjectSchema,
  answerOf,
  answerSchema,
  zodFromJsonSchema,
} from './zodFromOpenApi';

let z: Z;
beforeAll(async () => {
  z = await registryZod();
});

const schemas: Record<string, JsonSchema> = spec.components.schemas;
const named = (name: string) => zodFromJsonSchema(z, schemas[name], name);

const refSample = { count: 7, sample: ['domain:default/orders'] };
const freshness = { computedAt: '2026-11-26T10:00:00.000Z', stale: false };

describe('zodFromJsonSchema over the OpenAPI document', () => {
  it('converts every schema and every JSON answer the document holds', () => {
    for (const name of Object.keys(schemas)) {
      expect(() => named(name)).not.toThrow();
    }
    const routes = Object.entries(spec.paths).filter(
      ([, item]) => 'get' in item,
    );
    expect(routes.length).toBeGreaterThan(20);
    const zod = z;
    for (const [path] of routes) {
      expect(() =>
        zodFromJsonSchema(zod, answerSchema(path as keyof typeof spec.paths)),
      ).not.toThrow();
    }
  });

  it('reads enums, nullable types and integers as the document states them', () => {
    const level = named('Level');
    expect(level.safeParse('high').success).toBe(true);
    expect(level.safeParse(null).success).toBe(true);
    expect(level.safeParse('extreme').success).toBe(false);

    const status = named('CapabilityStatus');
    expect(status.safeParse('not-offered').success).toBe(true);
    expect(status.safeParse(null).success).toBe(false);

    const page = named('PageInfo');
    expect(
      page.safeParse({ totalItems: 3, offset: 0, limit: 50 }).success,
    ).toBe(true);
    expect(
      page.safeParse({ totalItems: 1.5, offset: 0, limit: 50 }).success,
    ).toBe(false);
  });

  it('requires the required fields, keeps the optional ones optional and drops unnamed ones', () => {
    const error = named('Error');
    expect(
      error.parse({ error: { name: 'InputError', message: 'm' } }),
    ).toEqual({ error: { name: 'InputError', message: 'm' } });
    expect(error.safeParse({ request: { url: '/x' } }).success).toBe(false);
    expect(named('RefSample').parse({ ...refSample, secret: 'x' })).toEqual(
      refSample,
    );
  });

  it('bounds arrays by maxItems', () => {
    const sample = named('RefSample');
    const six = Array.from({ length: 6 }, (_, i) => `domain:default/d${i}`);
    expect(sample.safeParse({ count: 6, sample: six }).success).toBe(false);
    expect(
      sample.safeParse({ count: 6, sample: six.slice(0, 5) }).success,
    ).toBe(true);
  });

  it('merges allOf parts through $ref into one object', () => {
    const brief = {
      ref: 'usecase:default/churn',
      title: 'Churn',
      status: 'live',
      value: 'high',
      complexity: null,
      domain: null,
      personas: ['analyst'],
    };
    const item = named('PartlyUnblockedUseCase');
    expect(item.parse({ ...brief, alsoLacking: 2 })).toEqual({
      ...brief,
      alsoLacking: 2,
    });
    // Both the referenced brief's fields and the part's own are required.
    expect(item.safeParse(brief).success).toBe(false);
    const { title: _title, ...withoutTitle } = brief;
    expect(item.safeParse({ ...withoutTitle, alsoLacking: 2 }).success).toBe(
      false,
    );
  });

  it("reads a oneOf with null as nullable, in the phase answer's forecast", () => {
    const shape = answerOf('/phase')(z).shape;
    expect(shape.forecast.safeParse(null).success).toBe(true);
    expect(shape.forecast.safeParse({ outcome: 'expected' }).success).toBe(
      false,
    );
    expect(Object.keys(shape)).toEqual(
      expect.arrayContaining(['computedAt', 'stale', 'scope', 'metrics']),
    );
  });

  it('follows a response $ref to the entity-refs page', () => {
    const page = answerOf('/capabilities/{namespace}/{name}/domains')(z);
    const answer = {
      totalItems: 1,
      offset: 0,
      limit: 50,
      ...freshness,
      items: [{ ref: 'domain:default/orders' }],
    };
    expect(page.parse(answer)).toEqual(answer);
  });

  it('carries descriptions, which an AI client reads', () => {
    const item = named('CapabilityItem') as ZodObjectSchema;
    const demand = (item.shape.demand as ZodObjectSchema).shape.count;
    expect(demand.description).toBe(
      'Real (committed or live) use cases that need it.',
    );
  });

  it('refuses a keyword it does not read, naming where it stands', () => {
    expect(() =>
      zodFromJsonSchema(
        z,
        { type: 'object', properties: { a: { anyOf: [{ type: 'string' }] } } },
        'Example',
      ),
    ).toThrow(
      'JSON Schema keyword "anyOf" at Example/properties/a is not read',
    );
    expect(() =>
      zodFromJsonSchema(z, { $ref: '#/components/schemas/Nope' }),
    ).toThrow('Unknown $ref #/components/schemas/Nope at #');
  });
});
