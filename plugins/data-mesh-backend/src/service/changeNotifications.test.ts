import { BLOCKED_TOPIC, portfolioNotifications } from './changeNotifications';
import {
  after,
  before,
  recipients,
} from '../__testUtils__/changedOrganisation';

/* Fixtures and what changes between them: __testUtils__/changedOrganisation.ts. */

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

  it('tells the most urgent blockers one by one and summarises the rest per recipient', () => {
    const sent = portfolioNotifications(before, after, {
      ...recipients,
      organizationRecipients: [],
      maxBlockersPerRun: 1,
    });
    const blockers = sent.filter(n => n.payload.topic === BLOCKED_TOPIC);
    // The live order-kpis comes before the committed churn.
    expect(blockers.map(n => n.payload.title)).toEqual([
      'order-kpis needs Streaming, which is planned',
      '1 more use case newly needs a capability that is not available',
    ]);
    expect(blockers[1]).toEqual({
      recipients: { type: 'entity', entityRef: ['group:default/platform'] },
      payload: {
        title: '1 more use case newly needs a capability that is not available',
        description:
          'Among them: churn needs feature-store. The platform roadmap lists every use case each capability would unblock.',
        link: '/data-mesh/capabilities/platform',
        severity: 'normal',
        topic: BLOCKED_TOPIC,
        scope: 'data-mesh:blocked-more:group:default/platform',
      },
    });
    expect(
      portfolioNotifications(before, after, {
        ...recipients,
        maxBlockersPerRun: 0,
      }).filter(n => n.payload.topic === BLOCKED_TOPIC),
    ).toHaveLength(2);
  });
});
