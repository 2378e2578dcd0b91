import { toldRefs } from './toldRefs';

describe('toldRefs', () => {
  it('keeps full refs of the kinds the portfolio reads, normalised and once each', () => {
    expect(
      toldRefs({
        entityRefs: [
          'DataProduct:default/Orders',
          'dataproduct:default/orders',
          'group:platform/team-a',
          'component:default/checkout',
          'orders',
          `usecase:default/${'x'.repeat(600)}`,
          42,
        ],
      }),
    ).toEqual(['dataproduct:default/orders', 'group:platform/team-a']);
  });

  it('tells nothing for a payload of another shape', () => {
    expect(toldRefs(undefined)).toEqual([]);
    expect(toldRefs({ entityRefs: 'dataproduct:default/orders' })).toEqual([]);
    expect(toldRefs('dataproduct:default/orders')).toEqual([]);
  });
});
