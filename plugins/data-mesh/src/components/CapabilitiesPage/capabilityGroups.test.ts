import {
  CapabilityItem,
  emptyCapabilityItem,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  byDemandDescending,
  groupForPlatform,
  needsByUseCase,
} from './capabilityGroups';

function capability(
  name: string,
  demand: number,
  options: { offered?: boolean; emerging?: number } = {},
): CapabilityItem {
  const { offered = true, emerging = 0 } = options;
  const empty = emptyCapabilityItem(`platformcapability:default/${name}`);
  return {
    ...empty,
    status: offered ? 'available' : 'not-offered',
    offered,
    demand: { ...empty.demand, count: demand },
    emergingDemand: { count: emerging, useCases: [] },
  };
}

describe('capability groups', () => {
  it('orders by demand, keeping the given order for ties', () => {
    const items = [
      capability('a', 1),
      capability('b', 3),
      capability('c', 1),
      capability('d', 2),
    ];
    expect(byDemandDescending(items).map(item => item.title)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('groups the platform view by what the platform team should do', () => {
    const groups = groupForPlatform([
      capability('unused', 0),
      capability('wanted', 2),
      capability('missing', 1, { offered: false }),
      capability('future', 0, { emerging: 2 }),
      capability('future-missing', 0, { offered: false, emerging: 1 }),
    ]);
    expect(groups.demanded.map(item => item.title)).toEqual(['wanted']);
    expect(groups.notOffered.map(item => item.title)).toEqual(['missing']);
    expect(groups.emergingOnly.map(item => item.title)).toEqual([
      'future',
      'future-missing',
    ]);
    expect(groups.noDemand.map(item => item.title)).toEqual(['unused']);
  });

  it('says for each use case whether it needs a capability directly or via products', () => {
    const needs = needsByUseCase({
      count: 2,
      useCases: ['usecase:default/a', 'usecase:default/b'],
      direct: ['usecase:default/a'],
      viaDataProducts: {
        'dataproduct:default/y': ['usecase:default/a', 'usecase:default/b'],
        'dataproduct:default/x': ['usecase:default/b'],
      },
      domains: [],
      personas: [],
      highestValue: 'high',
    });
    expect(needs).toEqual([
      {
        useCase: 'usecase:default/a',
        direct: true,
        viaDataProducts: ['dataproduct:default/y'],
      },
      {
        useCase: 'usecase:default/b',
        direct: false,
        viaDataProducts: ['dataproduct:default/x', 'dataproduct:default/y'],
      },
    ]);
  });
});
