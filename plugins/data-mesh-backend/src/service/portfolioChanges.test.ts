import { ConfigReader } from '@backstage/config';
import { factsFromEntities } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import {
  newBlockers,
  phaseChanges,
  portfolioNotifications,
} from './portfolioChanges';
import { buildSnapshot } from './snapshot';

/*
 * Two snapshots of one small organisation, a day apart. Rules: the
 * organisation reaches scale with 4 active data products, a business unit
 * with 2; domains keep the defaults (2 active products, 1 real use case,
 * half the products owned within the domain's owner).
 *
 * Before: Orders (team-a) has 1 active product: bootstrap. Billing
 * (team-b) has 2 and a live use case: scale. team-a 1 product: bootstrap;
 * team-b 2: scale; unit 3: scale; organisation 3: bootstrap.
 * After: Orders has 3 active products and a live use case: scale. Billing
 * deprecates one product, 1 active: bootstrap. team-a 3: scale; team-b 1:
 * bootstrap; unit 4: still scale; organisation 4: scale.
 *
 * Blockers (committed or live use case, capability not available):
 * before, invoicing (live) and forecast (committed) need Streaming
 * (planned); churn is proposed. After, those two pairs are known (forecast
 * went live), churn became committed while needing the Feature Store (no
 * entity), and order-kpis (live) newly needs Streaming.
 */
const options = readDataMeshBackendOptions(
  new ConfigReader({
    dataMesh: {
      phaseRules: {
        organization: { scale: { activeDataProducts: 4 } },
        businessUnit: { scale: { activeDataProducts: 2 } },
      },
    },
  }),
);
const recipients = {
  organizationRecipients: ['group:default/leads'],
  platformTeam: 'group:default/platform',
};

const common = [
  group('unit'),
  group('team-a', 'unit'),
  group('team-b', 'unit'),
  domain('orders', 'team-a', { title: 'Orders' }),
  domain('billing', 'team-b', { title: 'Billing' }),
  capability('streaming', 'planned', { title: 'Streaming' }),
  capability('bi', 'available', { title: 'BI' }),
  dataProduct('orders-raw', { domain: 'orders', owner: 'team-a' }),
  dataProduct('invoices', { domain: 'billing', owner: 'team-b' }),
  usecase('invoicing', {
    status: 'live',
    domain: 'billing',
    consumes: ['invoices'],
    caps: ['bi', 'streaming'],
  }),
];
const before = buildSnapshot(
  factsFromEntities([
    ...common,
    dataProduct('payments', { domain: 'billing', owner: 'team-b' }),
    usecase('forecast', { status: 'committed', caps: ['streaming'] }),
    usecase('churn', { status: 'proposed', caps: ['feature-store'] }),
  ]),
  options,
  new Date('2026-11-25T10:00:00.000Z'),
);
const after = buildSnapshot(
  factsFromEntities([
    ...common,
    dataProduct('payments', {
      domain: 'billing',
      owner: 'team-b',
      lifecycle: 'deprecated',
    }),
    dataProduct('order-lines', { domain: 'orders', owner: 'team-a' }),
    dataProduct('order-events', { domain: 'orders', owner: 'team-a' }),
    usecase('order-kpis', {
      status: 'live',
      domain: 'orders',
      consumes: ['orders-raw'],
      caps: ['streaming'],
    }),
    usecase('forecast', { status: 'live', caps: ['streaming'] }),
    usecase('churn', { status: 'committed', caps: ['feature-store'] }),
  ]),
  options,
  new Date('2026-11-26T10:00:00.000Z'),
);

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

describe('portfolioNotifications', () => {
  it('words, links and scopes each notification', () => {
    const sent = portfolioNotifications(before, after, {
      ...recipients,
      organizationRecipients: [],
    });
    // Without organisation recipients the organisation's change is not sent.
    expect(sent.map(n => n.payload.title)).toEqual([
      'Orders moved from bootstrap to scale',
      'Billing moved from scale to bootstrap',
      'team-a moved from bootstrap to scale',
      'team-b moved from scale to bootstrap',
      expect.stringMatching(/needs/),
      expect.stringMatching(/needs/),
    ]);
    expect(sent[0]).toEqual({
      recipients: { type: 'entity', entityRef: ['group:default/team-a'] },
      payload: {
        title: 'Orders moved from bootstrap to scale',
        description:
          'The domain Orders now meets the scale criteria; at the previous recompute it was in bootstrap.',
        link: '/catalog/default/domain/orders/data-mesh',
        severity: 'normal',
        topic: 'Data mesh phase',
        scope: 'data-mesh:phase:domain:default/orders',
      },
    });
    expect(sent[1].payload).toMatchObject({
      severity: 'high',
      description:
        'The domain Billing no longer meets the scale criteria and is back in bootstrap.',
    });
    expect(sent[2].payload.link).toBe('/catalog/default/group/team-a');
    const kpis = sent.find(n => n.payload.title.startsWith('order-kpis'));
    expect(kpis?.payload).toEqual({
      title: 'order-kpis needs Streaming, which is planned',
      description:
        'The live use case order-kpis needs Streaming, which is not available (planned).',
      link: '/catalog/default/platformcapability/streaming',
      severity: 'high',
      topic: 'Data mesh capability demand',
      scope:
        'data-mesh:blocked:platformcapability:default/streaming:usecase:default/order-kpis',
    });
    const churn = sent.find(n => n.payload.title.startsWith('churn'));
    expect(churn?.payload).toMatchObject({
      title: 'churn needs feature-store, which is not offered',
      link: '/data-mesh/capabilities/platform',
      severity: 'normal',
    });
  });

  it('sends the organisation change to its configured recipients', () => {
    const [first] = portfolioNotifications(before, after, recipients);
    expect(first).toMatchObject({
      recipients: { type: 'entity', entityRef: ['group:default/leads'] },
      payload: {
        title: 'The organisation moved from bootstrap to scale',
        link: '/data-mesh',
        scope: 'data-mesh:phase:organization',
      },
    });
  });

  it('leaves a capability without an entity out when no platform team is configured', () => {
    const sent = portfolioNotifications(before, after, {
      organizationRecipients: [],
      platformTeam: null,
    });
    expect(sent.map(n => n.payload.title)).not.toContain(
      'churn needs feature-store, which is not offered',
    );
    expect(sent).toHaveLength(5);
  });
});
