import { portfolioNotifications } from '../notifications/changeNotifications';
import { ConfigReader } from '@backstage/config';
import {
  computeUseCasePortfolio,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  organisationSize,
  runCountingPauses,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { buildSnapshot } from '../refresh/snapshot';
import {
  newBlockers,
  newBlockersSteps,
  phaseChanges,
} from '../notifications/portfolioChanges';
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

  it('pauses every thousand use cases, finding every pair', () => {
    const options = readDataMeshBackendOptions(new ConfigReader({}));
    const facts = factsFromEntities(
      syntheticOrganisation(organisationSize(10_000)),
    );
    const next = buildSnapshot(facts, options, new Date());
    // Before, no use case at all: every blocked pair is news.
    const previous = buildSnapshot(
      { ...facts, useCases: [] },
      options,
      new Date(),
    );
    const portfolio = computeUseCasePortfolio(facts);
    const real = [
      ...portfolio.cells.flatMap(c => c.useCases),
      ...portfolio.unrated,
    ].filter(u => u.status === 'committed' || u.status === 'live');
    const pairs = real.flatMap(u => u.blockedBy.map(c => [u.ref, c.ref]));
    expect(real.length).toBeGreaterThan(2000);
    expect(pairs.length).toBeGreaterThan(real.length);

    const { result, pauses } = runCountingPauses(
      newBlockersSteps(previous, next, { ...recipients, platformTeam: null }),
    );
    expect(result.map(b => [b.useCase.ref, b.capability.ref]).sort()).toEqual(
      pairs.sort(),
    );
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(real.length / 1000));
    expect(pauses).toBeGreaterThanOrEqual(2);
  });
});
