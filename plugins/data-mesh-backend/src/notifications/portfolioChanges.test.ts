import { portfolioNotifications } from '../notifications/changeNotifications';
import { newBlockers, phaseChanges } from '../notifications/portfolioChanges';
import {
  after,
  before,
  recipients,
} from '../__testUtils__/changedOrganisation';

/* Fixtures and what changes between them: __testUtils__/changedOrganisation.ts. */

describe('phaseChanges', () => {
  it('finds each scope that moved up or down, with its owners', () => {
    const changes = phaseChanges(before, after, recipients).map(c => [
      c.scope,
      c.from,
      c.to,
      c.recipients,
    ]);
    expect(changes).toEqual([
      ['organization', 'bootstrap', 'scale', ['group:default/leads']],
      ['domain:default/orders', 'bootstrap', 'scale', ['group:default/team-a']],
      [
        'domain:default/billing',
        'scale',
        'bootstrap',
        ['group:default/team-b'],
      ],
      ['group:default/team-a', 'bootstrap', 'scale', ['group:default/team-a']],
      ['group:default/team-b', 'scale', 'bootstrap', ['group:default/team-b']],
    ]);
  });

  it('finds nothing when nothing changed', () => {
    expect(phaseChanges(after, after, recipients)).toEqual([]);
    expect(newBlockers(after, after, recipients)).toEqual([]);
    expect(portfolioNotifications(before, before, recipients)).toEqual([]);
  });

  it('leaves business units alone when the previous snapshot had none', () => {
    const old = { ...before, businessUnits: undefined };
    expect(
      phaseChanges(old, after, recipients).map(c => c.scope),
    ).not.toContain('group:default/team-a');
  });
});

describe('newBlockers', () => {
  it('finds only pairs the previous snapshot did not have', () => {
    const found = newBlockers(before, after, recipients).map(b => [
      b.useCase.ref,
      b.capability.ref,
      b.recipients,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        // Became committed while its capability has no entity: the team.
        [
          'usecase:default/churn',
          'platformcapability:default/feature-store',
          ['group:default/platform'],
        ],
        // A capability entity: the notifications backend finds its owner.
        [
          'usecase:default/order-kpis',
          'platformcapability:default/streaming',
          ['platformcapability:default/streaming'],
        ],
      ]),
    );
    // invoicing and forecast needed Streaming before: not news.
    expect(found).toHaveLength(2);
  });
});
