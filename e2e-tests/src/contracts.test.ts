/*
 * A data contract changed on disk under the real backend (SQLite, the real
 * permission policy): a small organisation in its own folder, its contract
 * an `odcs` API reading `orders.odcs.yaml` next to the catalog file through
 * `$text`. Once the first version is stored, the file loses a property: the
 * backend stores a second, breaking version, says whom it reaches (only
 * what the caller may read), and tells each owner of what it reaches once,
 * naming only what they own; further recomputes tell nobody again. A
 * contract made invalid on disk is refused by the catalog, which keeps the
 * last good one.
 *
 *   orders#events (orders-contract)
 *     ├─▶ Fraud Watch (live, team-a: the guest)
 *     ├─▶ Loyalty Idea (proposed, team-e: reached, but only an idea)
 *     └─▶ Revenue (data product, team-b)
 *           ├─▶ Revenue Board (live, team-c)
 *           └─▶ Merger Model (live, team-d, restricted: only team-d reads it)
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  dataProduct,
  domain,
  group,
  odcsApi,
  odcsContract,
  usecase,
  withPorts,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { stringify } from 'yaml';
import { RunningBackend, startBackend, waitFor } from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(600_000);

const RESTRICTED = { 'portal.example/restricted': 'true' };
const CONTRACT_TOPIC = 'Data mesh contract changes';
const API = 'api:default/orders-contract';
const ORDERS = 'dataproduct:default/orders';
const REVENUE = 'dataproduct:default/revenue';

/** Version 1 of the contract, as its owner first writes it: 1.2.0. */
const contractV1 = odcsContract();

/**
 * Version 2: `customer_id` removed, the version raised to 1.3.0. By §8 a
 * removed property breaks a reader, and the major number stayed: one
 * breaking, unannounced change, plus the version's own change.
 */
const contractV2 = (() => {
  const contract = odcsContract();
  contract.version = '1.3.0';
  contract.schema[0].properties = contract.schema[0].properties.filter(
    (p: { name: string }) => p.name !== 'customer_id',
  );
  return contract;
})();

/** Not a contract: `text` is no ODCS logical type. */
const invalidContract = (() => {
  const contract = structuredClone(contractV2);
  contract.version = '1.4.0';
  contract.schema[0].properties.push({ name: 'note', logicalType: 'text' });
  return contract;
})();

const titled = (
  entity: Entity,
  title: string,
  labels?: Record<string, string>,
): Entity => ({
  ...entity,
  metadata: { ...entity.metadata, title, ...(labels ? { labels } : {}) },
});

const user = (name: string, namespace: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace },
  spec: { memberOf: [`group:default/${team}`] },
});

/** The organisation of the diagram above, with one user per team. */
const organisation: Entity[] = [
  ...['producers', 'team-a', 'team-b', 'team-c', 'team-d', 'team-e'].map(name =>
    group(name),
  ),
  // The guest signs in as this user: a member of team-a only.
  user('guest', 'development', 'team-a'),
  user('bea', 'default', 'team-b'),
  user('cy', 'default', 'team-c'),
  user('dee', 'default', 'team-d'),
  user('eve', 'default', 'team-e'),
  user('pat', 'default', 'producers'),
  domain('sales', 'producers'),
  (() => {
    // The definition is read from the file next to the catalog file.
    const api = odcsApi('orders-contract', '', {
      owner: 'group:default/producers',
    });
    api.spec!.definition = { $text: './orders.odcs.yaml' };
    return titled(api, 'Orders contract');
  })(),
  titled(
    withPorts(dataProduct('orders', { domain: 'sales', owner: 'producers' }), [
      { name: 'events', api: 'orders-contract' },
    ]),
    'Orders',
  ),
  titled(
    withPorts(
      dataProduct('revenue', { domain: 'sales', owner: 'team-b' }),
      [{ name: 'out' }],
      [{ dataProduct: 'orders', port: 'events' }],
    ),
    'Revenue',
  ),
  titled(
    usecase('fraud-watch', {
      status: 'live',
      owner: 'team-a',
      consumes: ['orders#events'],
    }),
    'Fraud Watch',
  ),
  titled(
    usecase('loyalty-idea', {
      status: 'proposed',
      owner: 'team-e',
      consumes: ['orders#events'],
    }),
    'Loyalty Idea',
  ),
  titled(
    usecase('revenue-board', {
      status: 'live',
      owner: 'team-c',
      consumes: ['revenue'],
    }),
    'Revenue Board',
  ),
  titled(
    usecase('merger-model', {
      status: 'live',
      owner: 'team-d',
      consumes: ['revenue'],
    }),
    'Merger Model',
    RESTRICTED,
  ),
];

/** Words that would name the restricted use case. */
const namesHidden = (value: unknown) =>
  /merger/i.test(JSON.stringify(value ?? null));

/** A notification as the notifications backend stores it, per user. */
interface StoredNotification {
  user: string;
  title: string;
  description: string;
  link: string;
  severity: string;
  scope: string;
  created: string;
  updated: string | null;
}

describe('a data contract changed on disk under the real backend', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-contracts-'));
  const sqliteDir = path.join(workDir, 'sqlite');
  const catalogFile = path.join(workDir, 'catalog-info.yaml');
  const contractFile = path.join(workDir, 'orders.odcs.yaml');
  let backend: RunningBackend;
  let guest: string;

  const get = async (route: string) => {
    const res = await fetch(`${backend.baseUrl}${route}`, {
      headers: { Authorization: `Bearer ${guest}` },
    });
    if (res.status !== 200) {
      throw new Error(`${route} answered ${res.status}: ${await res.text()}`);
    }
    return res.json();
  };
  const refresh = () =>
    fetch(`${backend.baseUrl}/api/data-mesh/refresh`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${guest}` },
    });
  const versions = () =>
    get('/api/data-mesh/contracts/default/orders-contract/versions');

  /** Waits for a recompute that started after now to be stored. */
  async function recomputeOnce() {
    const before = (await get('/api/data-mesh/status')).lastSuccessAt;
    await refresh();
    await waitFor(
      async saw => {
        const { lastSuccessAt } = await get('/api/data-mesh/status');
        saw(lastSuccessAt);
        if (lastSuccessAt !== before) return lastSuccessAt;
        await refresh();
        return undefined;
      },
      120_000,
      'another recompute',
    );
  }

  /** Every user's notifications about contract changes, as stored. */
  function storedContractNotifications(): StoredNotification[] {
    const file = path.join(sqliteDir, 'notifications.sqlite');
    if (!fs.existsSync(file)) return [];
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare(
          `SELECT user, title, description, link, severity, scope, created, updated
             FROM notification WHERE topic = ? ORDER BY user`,
        )
        .all(CONTRACT_TOPIC) as StoredNotification[];
    } finally {
      db.close();
    }
  }

  /** The guest's own notifications about contract changes, over HTTP. */
  async function guestContractNotifications() {
    const { notifications } = await get('/api/notifications?limit=100');
    return notifications.filter((n: any) => n.payload.topic === CONTRACT_TOPIC);
  }

  beforeAll(async () => {
    fs.writeFileSync(contractFile, stringify(contractV1));
    fs.writeFileSync(
      catalogFile,
      organisation.map(e => stringify(e)).join('---\n'),
    );
    backend = await startBackend({
      port: E2E_PORTS.contracts.backend,
      database: {
        client: 'better-sqlite3',
        connection: { directory: sqliteDir },
      },
      extraConfig: {
        catalog: {
          // A changed contract file is read again within seconds.
          processingInterval: { seconds: 3 },
          locations: [{ type: 'file', target: catalogFile }],
        },
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
      },
    });
    guest = await backend.getGuestToken();
    // The guest's groups are in its token once the catalog has its User.
    await waitFor(
      async saw => {
        const res = await fetch(
          `${backend.baseUrl}/api/catalog/entities/by-name/user/development/guest`,
          { headers: { Authorization: `Bearer ${guest}` } },
        );
        const entity = res.ok ? await res.json() : undefined;
        saw(entity?.relations);
        return entity?.relations?.some(
          (r: any) =>
            r.type === 'memberOf' && r.targetRef === 'group:default/team-a',
        )
          ? true
          : undefined;
      },
      180_000,
      'the guest in team-a',
    );
    guest = await backend.getGuestToken();
    // The first version is stored by a run that read the whole
    // organisation.
    await waitFor(
      async saw => {
        const { lastRun } = await get('/api/data-mesh/status');
        saw(lastRun?.entities);
        const res = await fetch(
          `${backend.baseUrl}/api/data-mesh/contracts/default/orders-contract/versions`,
          { headers: { Authorization: `Bearer ${guest}` } },
        );
        if (
          lastRun?.entities.dataProducts === 2 &&
          lastRun.entities.useCases === 4 &&
          res.status === 200
        ) {
          return true;
        }
        await refresh();
        return undefined;
      },
      180_000,
      'the first version of orders-contract',
    );
  });

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('stores the first version, breaking nothing and telling nobody', async () => {
    const first = await versions();
    expect(first).toMatchObject({ api: API, totalItems: 1 });
    expect(first.items[0]).toMatchObject({
      sequence: 1,
      version: '1.2.0',
      status: 'active',
      breaking: false,
      unannounced: false,
      changeCount: 0,
      changes: [],
    });
    expect(storedContractNotifications()).toEqual([]);
  });

  it('stores a breaking version when a property is removed on disk, and tells each owner reached once', async () => {
    const editedAt = Date.now();
    fs.writeFileSync(contractFile, stringify(contractV2));
    const second = await waitFor(
      async saw => {
        const found = await versions();
        saw(found.totalItems);
        if (found.totalItems === 2) return found;
        await refresh();
        return undefined;
      },
      180_000,
      'the second version of orders-contract',
    );
    const [newest, oldest] = second.items;
    expect(oldest).toMatchObject({ sequence: 1, version: '1.2.0' });
    expect(newest).toMatchObject({
      sequence: 2,
      version: '1.3.0',
      status: 'active',
      breaking: true,
      unannounced: true,
      changeCount: 2,
      breakingCount: 1,
      // Breaking changes first.
      changes: [
        {
          path: 'schema.orders.properties.customer_id',
          kind: 'property-removed',
          class: 'breaking',
        },
        { path: 'version', kind: 'version-changed', class: 'non-breaking' },
      ],
    });
    expect(Date.parse(newest.seenAt)).toBeGreaterThanOrEqual(editedAt - 1000);

    // Whom it reaches, as the guest may read it: the restricted Merger
    // Model is neither listed nor counted.
    const impact = await get(
      '/api/data-mesh/contracts/default/orders-contract/impact',
    );
    expect(impact).toMatchObject({
      api: API,
      change: { sequence: 2, breaking: true },
      useCases: {
        totalItems: 3,
        realItems: 2,
        items: [
          {
            ref: 'usecase:default/fraud-watch',
            title: 'Fraud Watch',
            reach: 'port',
            through: ORDERS,
            status: 'live',
            real: true,
          },
          {
            ref: 'usecase:default/revenue-board',
            title: 'Revenue Board',
            reach: 'lineage',
            through: REVENUE,
            status: 'live',
            real: true,
          },
          {
            ref: 'usecase:default/loyalty-idea',
            title: 'Loyalty Idea',
            reach: 'port',
            through: ORDERS,
            status: 'proposed',
            real: false,
          },
        ],
      },
      dataProducts: {
        totalItems: 1,
        items: [
          { ref: REVENUE, title: 'Revenue', reach: 'port', through: ORDERS },
        ],
      },
    });
    expect(impact.useCases.items).toHaveLength(3);
    expect(namesHidden(impact)).toBe(false);
    expect(namesHidden(second)).toBe(false);

    // The risk shows on a reached use case's own route.
    const risks = await get(
      '/api/data-mesh/entities/UseCase/default/revenue-board/contract-risks',
    );
    expect(risks).toMatchObject({
      totalItems: 1,
      items: [
        {
          api: API,
          sequence: 2,
          seenAt: newest.seenAt,
          version: '1.3.0',
          unannounced: true,
          breakingCount: 1,
          breakingPaths: ['schema.orders.properties.customer_id'],
          reach: 'lineage',
          through: REVENUE,
        },
      ],
    });

    const productRisks = await get(
      '/api/data-mesh/entities/DataProduct/default/revenue/contract-risks',
    );
    expect(productRisks).toMatchObject({
      totalItems: 1,
      items: [{ api: API, sequence: 2, reach: 'port', through: ORDERS }],
    });
    // The restricted use case's risk is its owners' to read: to the guest
    // it is no entity at all.
    const hiddenRisks = await fetch(
      `${backend.baseUrl}/api/data-mesh/entities/UseCase/default/merger-model/contract-risks`,
      { headers: { Authorization: `Bearer ${guest}` } },
    );
    expect(hiddenRisks.status).toBe(404);

    // One notification per owner of a reached real use case or data
    // product, each naming only what its recipient owns: nothing for the
    // owner of the proposed use case, nor for the contract's producers.
    const told = await waitFor(
      async saw => {
        const found = storedContractNotifications();
        saw(found.map(n => n.user));
        return found.length >= 4 ? found : undefined;
      },
      60_000,
      'the notifications about the breaking change',
    );
    // eslint-disable-next-line no-console
    console.log(
      `Version 2 stored ${
        Date.parse(newest.seenAt) - editedAt
      } ms and its owners told ${Date.now() - editedAt} ms after the edit`,
    );
    expect(
      told.map(({ user: to, title, link, severity }) => ({
        to,
        title,
        link,
        severity,
      })),
    ).toEqual([
      {
        to: 'user:default/bea',
        title: 'A breaking data contract change reaches Revenue',
        link: '/catalog/default/dataproduct/revenue',
        severity: 'normal',
      },
      {
        to: 'user:default/cy',
        title: 'A breaking data contract change reaches Revenue Board',
        link: '/catalog/default/usecase/revenue-board',
        severity: 'high',
      },
      {
        to: 'user:default/dee',
        title: 'A breaking data contract change reaches Merger Model',
        link: '/catalog/default/usecase/merger-model',
        severity: 'high',
      },
      {
        to: 'user:development/guest',
        title: 'A breaking data contract change reaches Fraud Watch',
        link: '/catalog/default/usecase/fraud-watch',
        severity: 'high',
      },
    ]);
    // Only team-d's member, who may read it, is told of Merger Model.
    expect(told.filter(namesHidden).map(n => n.user)).toEqual([
      'user:default/dee',
    ]);
    expect(told.find(n => n.user === 'user:default/cy')!.description).toBe(
      'Since the previous recompute, a data contract that Revenue Board reads directly or through upstream data products changed in a way that can break its reads, without a new major version. Its page says which contract and what changed.',
    );

    // The guest reads its own as every user does, over HTTP.
    const guestTold = await guestContractNotifications();
    expect(guestTold).toHaveLength(1);
    expect(guestTold[0].payload).toMatchObject({
      title: 'A breaking data contract change reaches Fraud Watch',
      link: '/catalog/default/usecase/fraud-watch',
      topic: CONTRACT_TOPIC,
    });
    expect(namesHidden(guestTold)).toBe(false);

    // Two more recomputes see no change: nothing is sent or updated.
    await recomputeOnce();
    await recomputeOnce();
    expect(storedContractNotifications()).toEqual(told);
    expect(await guestContractNotifications()).toEqual(guestTold);
    expect((await versions()).totalItems).toBe(2);
  });

  it('keeps the last good contract when the file on disk becomes invalid', async () => {
    const entityRoute =
      '/api/catalog/entities/by-name/api/default/orders-contract';
    const good = await get(entityRoute);
    expect(good.spec.definition).toBe(stringify(contractV2));
    const toldBefore = storedContractNotifications();

    fs.writeFileSync(contractFile, stringify(invalidContract));
    // The catalog refuses it, naming the field, and keeps the last good
    // definition.
    const refused = await waitFor(
      async saw => {
        const entity = await get(entityRoute);
        const errors = (entity.status?.items ?? []).filter(
          (item: any) => item.level === 'error',
        );
        saw(errors);
        return errors.length > 0 ? { entity, errors } : undefined;
      },
      120_000,
      'the catalog to refuse the invalid contract',
    );
    expect(refused.errors[0].error.message).toContain(
      'API "orders-contract" spec.definition is invalid: schema[0].properties[2].logicalType',
    );
    expect(refused.entity.spec.definition).toBe(stringify(contractV2));

    // The portfolio keeps the versions it had: no third, no notification.
    await recomputeOnce();
    const after = await versions();
    expect(after.totalItems).toBe(2);
    expect(after.items[0]).toMatchObject({ sequence: 2, version: '1.3.0' });
    expect(storedContractNotifications()).toEqual(toldBefore);
  });
});
