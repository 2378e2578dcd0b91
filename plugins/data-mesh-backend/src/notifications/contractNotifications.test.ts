import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { portfolioService } from '../__testUtils__/portfolioService';
import {
  changingCatalog,
  contractOrganisation,
  contractV1,
  contractV2,
} from '../__testUtils__/contractOrganisation';
import { CONTRACT_TOPIC } from './contractNotifications';
import { FULL_READ_EACH_RUN } from '../__testUtils__/portfolioService';

jest.setTimeout(60_000);

/*
 * A contract changed under the running backend (see contractOrganisation.ts
 * for who reads what and who owns what): after the run that stores the
 * breaking version, each owner of a reached real use case or data product
 * hears once, about what they own only; the owner of a proposed use case
 * does not; the next run tells nobody again.
 */
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('the notifications of a breaking contract change', () => {
  async function setup(notificationsEnabled = true) {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const { catalog, change } = changingCatalog(
      contractOrganisation(contractV1),
    );
    const sent: NotificationSendOptions[] = [];
    const service = portfolioService({
      store,
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh-task',
      options: readDataMeshBackendOptions(
        new ConfigReader({
          dataMesh: {
            ...FULL_READ_EACH_RUN,
            notifications: { enabled: notificationsEnabled },
          },
        }),
      ),
      notifications: {
        async send(options) {
          sent.push(options);
        },
      },
    });
    return { service, change, sent };
  }

  const contractNotes = (sent: NotificationSendOptions[]) =>
    sent.filter(n => n.payload.topic === CONTRACT_TOPIC);

  it('tells each owner of what the change reaches once, naming only what they own', async () => {
    const { service, change, sent } = await setup();
    await service.refresh.recompute();
    expect(contractNotes(sent)).toEqual([]);

    change(contractOrganisation(contractV2));
    await service.refresh.recompute();
    const told = contractNotes(sent).map(n => [
      (n.recipients as { entityRef: string }).entityRef,
      n.payload.title,
      n.payload.link,
      n.payload.severity,
    ]);
    // Derived by hand: orders-contract reaches fraud (team-fraud), dash,
    // kpi-board and finance-kpis (team-bi), secret-plan (team-secret) and
    // revenue (team-finance); idea is proposed. secret-contract reaches
    // planning (team-a).
    expect(told).toEqual([
      [
        'group:default/team-bi',
        'A breaking data contract change reaches dash, kpi-board and finance-kpis',
        '/catalog/default/usecase/dash',
        'high',
      ],
      [
        'group:default/team-finance',
        'A breaking data contract change reaches revenue',
        '/catalog/default/dataproduct/revenue',
        'normal',
      ],
      [
        'group:default/team-fraud',
        'A breaking data contract change reaches fraud',
        '/catalog/default/usecase/fraud',
        'high',
      ],
      [
        'group:default/team-secret',
        'A breaking data contract change reaches secret-plan',
        '/catalog/default/usecase/secret-plan',
        'normal',
      ],
      [
        'group:default/team-a',
        'A breaking data contract change reaches planning',
        '/catalog/default/usecase/planning',
        'high',
      ],
    ]);
    // Neither the contract nor anyone else's entity is named.
    for (const n of contractNotes(sent)) {
      const text = JSON.stringify(n.payload);
      expect(text).not.toMatch(/orders-contract|secret-contract|customer_id/);
      if (!text.includes('secret-plan')) continue;
      expect(n.recipients).toEqual({
        type: 'entity',
        entityRef: 'group:default/team-secret',
      });
    }
    expect(contractNotes(sent)[0].payload.description).toBe(
      'Since the previous recompute, a data contract that dash, kpi-board and finance-kpis read directly or through upstream data products changed in a way that can break their reads, without a new major version. Their pages say which contract and what changed.',
    );

    // Nothing changed since: nobody is told again.
    const before = sent.length;
    await service.refresh.recompute();
    expect(contractNotes(sent.slice(before))).toEqual([]);
  });

  it('tells nobody when notifications are off', async () => {
    const { service, change, sent } = await setup(false);
    await service.refresh.recompute();
    change(contractOrganisation(contractV2));
    await service.refresh.recompute();
    expect(sent).toEqual([]);
  });
});
