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
    ).toEqual({
      changed: ['dataproduct:default/orders', 'group:platform/team-a'],
      firstSight: [],
    });
  });

  it('keeps first sights apart', () => {
    expect(
      toldRefs({
        entityRefs: ['usecase:default/churn'],
        firstSightRefs: ['Domain:default/Sales', 'not a ref'],
      }),
    ).toEqual({
      changed: ['usecase:default/churn'],
      firstSight: ['domain:default/sales'],
    });
  });

  it('tells nothing for a payload of another shape', () => {
    const nothing = { changed: [], firstSight: [] };
    expect(toldRefs(undefined)).toEqual(nothing);
    expect(toldRefs({ entityRefs: 'dataproduct:default/orders' })).toEqual(
      nothing,
    );
    expect(toldRefs('dataproduct:default/orders')).toEqual(nothing);
  });
});
