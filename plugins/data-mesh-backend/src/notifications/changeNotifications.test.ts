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
      '1 live use case newly needs Streaming',
      '1 committed use case newly needs a capability nobody offers',
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
    // The capability's owners are told about it, and only counts of use
    // cases they may not be allowed to read.
    expect(sent[4]).toEqual({
      recipients: {
        type: 'entity',
        entityRef: ['platformcapability:default/streaming'],
      },
      payload: {
        title: '1 live use case newly needs Streaming',
        description:
          'Since the previous recompute, 1 live use case started needing Streaming, which is planned. Its page lists the use cases that need it.',
        link: '/catalog/default/platformcapability/streaming',
        severity: 'high',
        topic: 'Data mesh capability demand',
        scope: 'data-mesh:blocked:platformcapability:default/streaming',
      },
    });
    // A capability nobody offers is text from the use case: not named.
    expect(sent[5]).toEqual({
      recipients: { type: 'entity', entityRef: ['group:default/platform'] },
      payload: {
        title: '1 committed use case newly needs a capability nobody offers',
        description:
          'Since the previous recompute, 1 committed use case started needing 1 capability that no entity offers. The platform view lists them.',
        link: '/data-mesh/capabilities/platform',
        severity: 'normal',
        topic: 'Data mesh capability demand',
        scope: 'data-mesh:blocked-not-offered:group:default/platform',
      },
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
      '1 committed use case newly needs a capability nobody offers',
    );
    expect(sent).toHaveLength(5);
  });

  it('tells the most urgent capabilities one by one and the rest to all their owners in one summary', () => {
    const sent = portfolioNotifications(before, after, {
      ...recipients,
      organizationRecipients: [],
      maxBlockersPerRun: 0,
    });
    const blockers = sent.filter(n => n.payload.topic === BLOCKED_TOPIC);
    expect(blockers.map(n => n.payload.title)).toEqual([
      'More capabilities you own are newly needed by committed or live use cases',
      '1 committed use case newly needs a capability nobody offers',
    ]);
    expect(blockers[0]).toEqual({
      recipients: {
        type: 'entity',
        entityRef: ['platformcapability:default/streaming'],
      },
      payload: {
        title:
          'More capabilities you own are newly needed by committed or live use cases',
        description:
          'This recompute found more newly needed capabilities than are told one by one. The platform view lists each capability with the use cases that need it.',
        link: '/data-mesh/capabilities/platform',
        severity: 'high',
        topic: BLOCKED_TOPIC,
        scope: 'data-mesh:blocked-more',
      },
    });
  });

  it('counts each use case once per capability, live before committed', () => {
    const sent = portfolioNotifications(
      { ...before, facts: { ...before.facts, useCases: [] } },
      after,
      { ...recipients, organizationRecipients: [], maxBlockersPerRun: 20 },
    ).filter(n => n.payload.topic === BLOCKED_TOPIC);
    // Against a snapshot without use cases, every pair is new: invoicing,
    // forecast and order-kpis (all live) need Streaming; churn the rest.
    expect(sent.map(n => [n.payload.title, n.payload.severity])).toEqual([
      ['3 live use cases newly need Streaming', 'high'],
      ['1 committed use case newly needs a capability nobody offers', 'normal'],
    ]);
  });
});
