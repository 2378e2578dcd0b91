import type {
  ContractVersionAnswer,
  ReachedEntityAnswer,
} from '../api/contractTypes';
import {
  MAX_ANSWERED_CHANGES,
  MAX_RISK_PATHS,
  breakingFirst,
  contractImpactAnswer,
  contractRiskAnswer,
  contractVersionAnswer,
} from './contractAnswers';

const change = (
  i: number,
  breaking: boolean,
): ContractVersionAnswer['changes'][number] => ({
  path: `schema.orders.properties.p${i}`,
  kind: breaking ? 'property-removed' : 'property-added',
  class: breaking ? 'breaking' : 'non-breaking',
});

// 70 changes, every third breaking (24 of them), breaking ones first.
const changes = breakingFirst(
  Array.from({ length: 70 }, (_, i) => change(i, i % 3 === 0)),
);

const version: ContractVersionAnswer = {
  sequence: 3,
  seenAt: '2026-11-03T08:00:00.000Z',
  version: '1.2.0',
  status: 'active',
  breaking: true,
  unannounced: true,
  changeCount: 70,
  breakingCount: 24,
  changes,
};

describe('the contract answers', () => {
  it('put breaking changes first, each class in its own order', () => {
    expect(changes.slice(0, 3).map(c => c.path)).toEqual([
      'schema.orders.properties.p0',
      'schema.orders.properties.p3',
      'schema.orders.properties.p6',
    ]);
    expect(changes[24]).toMatchObject({
      path: 'schema.orders.properties.p1',
      class: 'non-breaking',
    });
  });

  it("cut a version's changes to the document's bound, keeping the counts", () => {
    const answer = contractVersionAnswer(version);
    expect(answer.changes).toHaveLength(MAX_ANSWERED_CHANGES);
    expect(answer).toMatchObject({ changeCount: 70, breakingCount: 24 });
  });

  it('name the first breaking paths of a risk', () => {
    const risk = contractRiskAnswer('api:default/orders', version, {
      reach: 'lineage',
      through: 'dataproduct:default/revenue',
    });
    expect(risk.breakingPaths).toHaveLength(MAX_RISK_PATHS);
    expect(risk.breakingPaths[MAX_RISK_PATHS - 1]).toBe(
      'schema.orders.properties.p27',
    );
    expect(risk).toMatchObject({ sequence: 3, breakingCount: 24 });
  });

  it('page the use cases and data products a change reaches by one window', () => {
    const reached: ReachedEntityAnswer[] = [
      ...['a', 'b', 'c'].map((n, i) => ({
        ref: `usecase:default/${n}`,
        title: n,
        reach: 'port' as const,
        through: 'dataproduct:default/orders',
        status: i < 2 ? ('live' as const) : ('proposed' as const),
        real: i < 2,
      })),
      {
        ref: 'dataproduct:default/revenue',
        title: 'Revenue',
        reach: 'port',
        through: 'dataproduct:default/orders',
      },
    ];
    const second = contractImpactAnswer(
      'api:default/orders',
      version,
      reached,
      {
        offset: 1,
        limit: 1,
      },
    );
    expect(second.useCases).toEqual({
      totalItems: 3,
      realItems: 2,
      items: [reached[1]],
    });
    expect(second.dataProducts).toEqual({ totalItems: 1, items: [] });
  });
});
