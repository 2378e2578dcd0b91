import { spec } from '../schema/openapi.generated';
import { withDefaults } from './documentDefaults';

describe('withDefaults', () => {
  it('fills in what the document states for each defaulted parameter', () => {
    expect(withDefaults('/domains', {})).toEqual({
      limit: 50,
      offset: 0,
      sort: 'title',
      order: 'asc',
    });
    expect(withDefaults('/capabilities/{namespace}/{name}/demand', {})).toEqual(
      { limit: 50, offset: 0, demand: 'real' },
    );
    expect(withDefaults('/business-units', {})).toEqual({
      limit: 50,
      offset: 0,
      level: 'top',
    });
  });

  it('keeps what the request says and leaves parameters without a default out', () => {
    expect(
      withDefaults('/domains', { sort: 'adoption', offset: 100, q: 'or' }),
    ).toEqual({
      limit: 50,
      offset: 100,
      sort: 'adoption',
      order: 'asc',
      q: 'or',
    });
    expect(withDefaults('/phase/history', { scope: 'organization' })).toEqual({
      scope: 'organization',
      limit: 50,
      offset: 0,
    });
  });

  it('follows a changed default in the document', () => {
    const wide = spec.components.parameters.wideLimit.schema as {
      default: number;
    };
    expect(wide.default).toBe(50);
    // The defaults are read when the module loads; a fresh copy reads the
    // document as it stands.
    jest.isolateModules(() => {
      jest.doMock('../schema/openapi.generated', () => {
        const copy = structuredClone(spec);
        (
          copy.components.parameters.wideLimit.schema as { default: number }
        ).default = 7;
        return { spec: copy };
      });
      const fresh =
        require('./documentDefaults') as typeof import('./documentDefaults');
      expect(fresh.withDefaults('/roadmap', {})).toEqual({
        limit: 7,
        offset: 0,
      });
    });
  });
});
