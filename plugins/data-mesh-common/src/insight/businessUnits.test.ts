import { groupedOrganisationEntities } from '../__testUtils__/groupedOrganisation';
import { runCountingPauses } from '../testUtils/pauses';
import { factsFromEntities } from '../portfolio/facts';
import { MetricsIndex } from '../portfolio/metrics';
import { runSteps } from '../time/steps';
import { capability, dataProduct, domain, group, usecase } from '../testUtils';
import {
  BusinessUnitIndex,
  DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  assessBusinessUnits,
} from './businessUnits';

/*
 * Groups (the childOf chain declared on either side):
 *   org ─ retail      (retail names org as its parent)
 *       │   ├ team-x  (team-x names retail as its parent)
 *       │   └ team-y  (only retail lists team-y among its children)
 *       └ wholesale   (only org lists wholesale among its children)
 *   lab               (alone)
 *   platform          (alone, owns no domain)
 *
 * Domains: shop (team-x), web (team-y), web-returns (a subdomain of web,
 * owned by wholesale), bulk (wholesale), hq (org), sandbox (lab).
 *
 * Active data products: shop-1, shop-2 (team-x), web-1 (team-y), web-2
 * (wholesale, central to retail's web), bulk-1 (wholesale); shop-draft is
 * a draft.
 *
 * retail: domains shop, web (not web-returns: owned outside its subtree)
 *   adopting 2 of 2, active 4, owned within 3 of 4 (web-2 is not),
 *   real use cases u-shop (of shop) and u-web (consumes web-1), 1 live.
 *   Rules: scale holds (0.16, 2, 4, 2); exploit fails: ownership 0.75 <
 *   0.8, 4 < 10 active, 1 < 5 live. Phase: scale.
 * wholesale: domains bulk, web-returns; adopting 1 of 2 (bulk), active 1,
 *   owned 1 of 1; real: u-hq (consumes bulk-1), live; u-bulk is only
 *   proposed. Scale fails: adopting domains 1 < 2, active 1 < 4, real
 *   use cases 1 < 2. Phase: bootstrap.
 */
const facts = factsFromEntities([
  group('org', undefined, ['wholesale']),
  group('retail', 'org', ['team-y']),
  group('team-x', 'retail'),
  group('team-y'),
  group('wholesale'),
  group('lab'),
  group('platform'),
  domain('shop', 'team-x'),
  domain('web', 'team-y'),
  domain('web-returns', 'wholesale', { subdomainOf: 'web' }),
  domain('bulk', 'wholesale'),
  domain('hq', 'org'),
  domain('sandbox', 'lab'),
  dataProduct('shop-1', { domain: 'shop', owner: 'team-x' }),
  dataProduct('shop-2', { domain: 'shop', owner: 'team-x' }),
  dataProduct('shop-draft', {
    domain: 'shop',
    owner: 'team-x',
    lifecycle: 'draft',
  }),
  dataProduct('web-1', { domain: 'web', owner: 'team-y' }),
  dataProduct('web-2', { domain: 'web', owner: 'wholesale' }),
  dataProduct('bulk-1', { domain: 'bulk', owner: 'wholesale' }),
  usecase('u-shop', { status: 'live', domain: 'shop' }),
  usecase('u-web', { status: 'committed', consumes: ['web-1'] }),
  usecase('u-bulk', { status: 'proposed', domain: 'bulk' }),
  usecase('u-hq', { status: 'live', domain: 'hq', consumes: ['bulk-1'] }),
  capability('ingest', 'available'),
]);

const index = new BusinessUnitIndex(facts);
const ref = (name: string) => `group:default/${name}`;

describe('BusinessUnitIndex', () => {
  it('makes a scope of every group whose subtree owns domains', () => {
    expect(
      index.units().map(u => [u.ref, u.domains.length, u.childUnits]),
    ).toEqual([
      [ref('lab'), 1, []],
      // org's subtree owns every domain but lab's sandbox.
      [ref('org'), 5, [ref('retail'), ref('wholesale')]],
      [ref('retail'), 2, [ref('team-x'), ref('team-y')]],
      [ref('team-x'), 1, []],
      [ref('team-y'), 1, []],
      [ref('wholesale'), 2, []],
    ]);
    expect(index.unit(ref('platform'))).toBeUndefined();
  });

  it('takes exactly the domains owned within the subtree, whichever side declares the chain', () => {
    expect(index.unit(ref('retail'))?.domains).toEqual([
      'domain:default/shop',
      'domain:default/web',
    ]);
    expect(index.unit(ref('wholesale'))).toMatchObject({
      parents: [ref('org')],
      domains: ['domain:default/bulk', 'domain:default/web-returns'],
    });
    expect(index.unit(ref('team-y'))?.parents).toEqual([ref('retail')]);
  });

  it('lists the units below the root groups, and a lone root, as top level', () => {
    expect(index.topLevelUnits().map(u => u.ref)).toEqual([
      ref('lab'),
      ref('retail'),
      ref('wholesale'),
    ]);
  });

  it("measures a unit over its domains as the organisation's metrics are measured", () => {
    expect(index.assess(ref('retail'))?.metrics).toEqual({
      domains: 2,
      adoptingDomains: 2,
      adoption: 1,
      activeDataProducts: 4,
      realUseCases: 2,
      liveUseCases: 1,
      domainOwnership: 3 / 4,
      availableCapabilities: 1,
      contractCoverage: 0,
    });
    expect(index.assess(ref('wholesale'))?.metrics).toEqual({
      domains: 2,
      adoptingDomains: 1,
      adoption: 0.5,
      activeDataProducts: 1,
      realUseCases: 1,
      liveUseCases: 1,
      domainOwnership: 1,
      availableCapabilities: 1,
      contractCoverage: 0,
    });
  });

  it('puts units in their own phases and places them on their own S-curves', () => {
    const retail = index.assess(ref('retail'))!;
    expect([retail.phase, retail.adopterCategory]).toEqual([
      'scale',
      'laggards',
    ]);
    expect(
      retail.next?.criteria.filter(c => !c.met).map(c => c.metric),
    ).toEqual(['domainOwnership', 'activeDataProducts', 'liveUseCases']);
    const wholesale = index.assess(ref('wholesale'))!;
    expect([wholesale.phase, wholesale.adopterCategory]).toEqual([
      'bootstrap',
      'late-majority',
    ]);
    expect(
      wholesale.next?.criteria.filter(c => !c.met).map(c => c.metric),
    ).toEqual(['adoptingDomains', 'activeDataProducts', 'realUseCases']);
  });

  it("takes a unit's declared phase over the computed one, and shows both", () => {
    const declaring = new BusinessUnitIndex(
      factsFromEntities([
        group('org', undefined, ['wholesale']),
        group('wholesale', undefined, [], {
          phase: 'scale',
          reason: 'Agreed at the quarterly review',
        }),
        // Declared, but owns no domain: no scope, so nothing to override.
        group('platform', undefined, [], { phase: 'exploit' }),
        domain('bulk', 'wholesale'),
        dataProduct('bulk-1', { domain: 'bulk', owner: 'wholesale' }),
      ]),
    );
    const wholesale = declaring.assess(ref('wholesale'))!;
    expect([wholesale.phase, wholesale.computedPhase]).toEqual([
      'scale',
      'bootstrap',
    ]);
    expect(wholesale.declared).toEqual({
      phase: 'scale',
      reason: 'Agreed at the quarterly review',
    });
    // The criteria stay those of the phase after the computed one.
    expect(wholesale.next?.phase).toBe('scale');
    expect(declaring.assess(ref('platform'))).toBeUndefined();
    expect(index.assess(ref('wholesale'))?.declared).toBeNull();
  });

  // The catalog ingests a Group whatever its data-mesh annotations say, so
  // invalid ones reach the assessment and must count as no declaration.
  it.each([
    ['a phase that is not one', { 'data-mesh-portfolio.io/phase': 'Scale' }],
    [
      'a blank reason',
      {
        'data-mesh-portfolio.io/phase': 'exploit',
        'data-mesh-portfolio.io/phase-reason': '   ',
      },
    ],
    [
      'a reason without a phase',
      { 'data-mesh-portfolio.io/phase-reason': 'Agreed at the review' },
    ],
  ])(
    "ignores a unit's invalid declaration (%s) and keeps the computed phase",
    (_what, annotations) => {
      const unit = group('wholesale');
      unit.metadata.annotations = annotations;
      const declaring = new BusinessUnitIndex(
        factsFromEntities([
          unit,
          domain('bulk', 'wholesale'),
          dataProduct('bulk-1', { domain: 'bulk', owner: 'wholesale' }),
        ]),
      );
      const wholesale = declaring.assess(ref('wholesale'))!;
      expect(wholesale.declared).toBeNull();
      expect([wholesale.phase, wholesale.computedPhase]).toEqual([
        'bootstrap',
        'bootstrap',
      ]);
    },
  );

  it('takes other rules when configured', () => {
    const lenient = {
      ...DEFAULT_BUSINESS_UNIT_PHASE_RULES,
      scale: { adoptingDomains: 1 },
    };
    expect(index.assess(ref('wholesale'), lenient)?.phase).toBe('scale');
  });

  it('answers the same from a shared metrics index and for every unit at once', () => {
    const shared = new BusinessUnitIndex(facts, new MetricsIndex(facts));
    expect(shared.assess(ref('retail'))).toEqual(index.assess(ref('retail')));
    expect(assessBusinessUnits(facts).map(u => [u.ref, u.phase])).toEqual([
      [ref('lab'), 'bootstrap'],
      [ref('org'), 'scale'],
      [ref('retail'), 'scale'],
      [ref('team-x'), 'bootstrap'],
      [ref('team-y'), 'bootstrap'],
      [ref('wholesale'), 'bootstrap'],
    ]);
  });
});

describe('BusinessUnitIndex.steps', () => {
  const grouped = factsFromEntities(groupedOrganisationEntities(12, 4));
  const everything = (units: BusinessUnitIndex) =>
    units.units().map(u => units.assess(u.ref));

  it.each([
    ['the organisation above', facts],
    ['an organisation of 12 units', grouped],
  ])('finds and assesses the units the constructor does, in %s', (_, of) => {
    const built = new BusinessUnitIndex(of);
    expect(everything(runSteps(BusinessUnitIndex.steps(of)))).toEqual(
      everything(built),
    );
    const metrics = new MetricsIndex(of);
    expect(everything(runSteps(BusinessUnitIndex.steps(of, metrics)))).toEqual(
      everything(built),
    );
  });

  it('finds units of every kind in the organisation of 12 units', () => {
    const units = new BusinessUnitIndex(grouped);
    // Every unit, the root, lab and orphan, and every team but the four
    // whose domain another unit owns (team-0-2, team-3-2, ...); not
    // platform, which owns nothing.
    expect(units.units()).toHaveLength(12 + 3 + 36 - 4);
    expect(units.topLevelUnits().map(u => u.ref)).toEqual([
      ref('lab'),
      ref('orphan'),
      ...units
        .units()
        .map(u => u.ref)
        .filter(r => /unit-\d+$/.test(r)),
    ]);
    expect(units.assess(ref('unit-3'))).toMatchObject({
      phase: 'exploit',
      declared: { phase: 'exploit' },
    });
    // unit-0's subdomain domain-0-2 is owned by unit-1.
    expect(units.unit(ref('unit-0'))?.domains).toEqual([
      'domain:default/domain-0-0',
      'domain:default/domain-0-1',
    ]);
  });

  it('pauses after every group, domain and unit', () => {
    const units = new BusinessUnitIndex(grouped).units().length;
    const { pauses } = runCountingPauses(
      BusinessUnitIndex.steps(grouped, new MetricsIndex(grouped)),
    );
    expect(pauses).toBeGreaterThanOrEqual(
      2 * grouped.groups.length + grouped.domains.length + units,
    );
  });

  it('assesses a unit in steps as in one go, pausing per domain', () => {
    const units = new BusinessUnitIndex(grouped);
    const { result, pauses } = runCountingPauses(units.assessSteps(ref('org')));
    expect(result).toEqual(units.assess(ref('org')));
    expect(pauses).toBeGreaterThanOrEqual(
      units.unit(ref('org'))!.domains.length,
    );
    expect(runSteps(units.assessSteps(ref('platform')))).toBeUndefined();
  });

  it('leaves nothing behind for the next index built in one go', () => {
    runSteps(BusinessUnitIndex.steps(grouped));
    expect(new BusinessUnitIndex(facts).units()).toHaveLength(6);
  });
});
