import { ConfigReader } from '@backstage/config';
import type { Entity } from '@backstage/catalog-model';
import { factsFromEntities } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  domain,
  group,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { buildSnapshot } from '../refresh/snapshot';
import { portfolioNotifications } from './changeNotifications';

/*
 * The plugin cannot know what each member of a group may read, so a
 * notification names only the entity its recipients are told about because
 * they own it, and counts the rest. Here a restricted use case, owned by
 * another team, starts needing a capability with an entity (told to its
 * owners) and one nobody offers (told to the platform team): neither the
 * use case nor the name written only in it may appear in what is sent.
 */
const options = readDataMeshBackendOptions(new ConfigReader({}));

const secret: Entity = {
  ...usecase('merger-analytics', {
    status: 'live',
    owner: 'mergers-team',
    caps: ['streaming', 'secret-initiative-tooling'],
  }),
};
secret.metadata = {
  ...secret.metadata,
  title: 'Falcon Acquisition Dashboard',
  description: 'Models the takeover of Northwind Retail before it is public',
  labels: { 'data-mesh-portfolio.io/visibility': 'restricted' },
};
const proposed: Entity = {
  ...secret,
  spec: { ...secret.spec, status: 'proposed' },
};

const common = [
  group('platform'),
  group('mergers-team'),
  domain('orders', 'platform', { title: 'Orders' }),
  capability('streaming', 'planned', { title: 'Streaming' }),
];
const at = (day: string) => new Date(`2026-11-${day}T10:00:00.000Z`);
const before = buildSnapshot(
  factsFromEntities([...common, proposed]),
  options,
  at('25'),
);
const after = buildSnapshot(
  factsFromEntities([...common, secret]),
  options,
  at('26'),
);

const HIDDEN = [
  'merger-analytics',
  'Falcon Acquisition Dashboard',
  'Northwind',
  'usecase:',
  'secret-initiative-tooling',
];

describe('what the notifications name', () => {
  it.each([20, 0])(
    'names neither a use case nor a capability nobody offers (%i told one by one)',
    maxBlockersPerRun => {
      const sent = portfolioNotifications(before, after, {
        organizationRecipients: ['group:default/platform'],
        platformTeam: 'group:default/platform',
        maxBlockersPerRun,
      });
      // Both blockers are told: to Streaming's owners and the platform team.
      expect(
        sent
          .map(n =>
            n.recipients.type === 'entity' ? n.recipients.entityRef : [],
          )
          .sort(),
      ).toEqual([
        ['group:default/platform'],
        ['platformcapability:default/streaming'],
      ]);
      for (const { payload } of sent) {
        const told = [payload.title, payload.description, payload.link].join(
          '\n',
        );
        for (const hidden of HIDDEN) expect(told).not.toContain(hidden);
        expect(JSON.stringify(payload)).not.toMatch(/merger|falcon|secret/i);
      }
    },
  );
});
