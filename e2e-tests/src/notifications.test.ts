/*
 * Notifications on the real backend with the example organisation: once
 * the Returns domain gets two active data products and a live use case, the
 * next recompute moves it from bootstrap to scale, and its owners (here the
 * guest, made a member of the returns team by the test's own catalog file)
 * find exactly one notification saying so in the notifications backend;
 * further recomputes add none. In Chromium, the portal's notifications
 * page, open before the change, shows it with a link to the domain's
 * data-mesh tab without being loaded again: the backend's signal told it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitFor,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';
import { openPortalAsGuest } from './chromium';

jest.setTimeout(300_000);

const RETURNS = 'domain:default/returns';
const SCOPE = `data-mesh:phase:${RETURNS}`;

/** The guest in the team that owns Returns, so that it is told. */
const guestUser = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'guest', namespace: 'development' },
  spec: { memberOf: ['group:default/returns-team'] },
};

const product = (name: string) => ({
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'DataProduct',
  metadata: { name },
  spec: {
    owner: 'group:default/returns-team',
    domain: 'returns',
    lifecycle: 'active',
    outputPorts: [{ name: 'events', type: 'table' }],
  },
});

/** Two active products and a live use case: the default scale criteria. */
const returnsAtScale = [
  product('return-requests'),
  product('refunds'),
  {
    apiVersion: 'data-mesh-portfolio.io/v1alpha1',
    kind: 'UseCase',
    metadata: { name: 'refund-times' },
    spec: {
      owner: 'group:default/returns-team',
      domain: 'returns',
      status: 'live',
      personas: ['data-analyst'],
      consumes: ['refunds#events'],
    },
  },
];

describe('notifications on the real backend', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-notify-'));
  const file = path.join(workDir, 'returns.yaml');
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
  /** The guest's notifications about the Returns domain's phase. */
  const aboutReturns = async () => {
    const { notifications } = await get('/api/notifications?limit=100');
    return notifications.filter((n: any) => n.payload.scope === SCOPE);
  };
  /** Waits for a recompute that started after now to be stored. */
  async function recomputeOnce() {
    const before = (await get('/api/data-mesh/status')).lastSuccessAt;
    await refresh();
    await waitFor(
      async () => {
        const { lastSuccessAt } = await get('/api/data-mesh/status');
        if (lastSuccessAt !== before) return lastSuccessAt;
        await refresh();
        return undefined;
      },
      60_000,
      'another recompute',
    );
  }

  beforeAll(async () => {
    fs.writeFileSync(file, stringify(guestUser));
    const { catalog } = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    backend = await startBackend({
      port: E2E_PORTS.notifications.backend,
      extraConfig: {
        catalog: {
          // The changed file is read again within seconds.
          processingInterval: { seconds: 3 },
          locations: [...catalog.locations, { type: 'file', target: file }],
        },
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
      },
    });
    guest = await backend.getGuestToken();
    await waitForExamplePortfolio(backend, guest);
  });

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("tells the domain's owners once when its phase changes, live on their open notifications page", async () => {
    if (!fs.existsSync(path.join(repoRoot, 'packages/app/dist/index.html'))) {
      throw new Error(
        'packages/app/dist is missing: build the app first (yarn workspace app build)',
      );
    }
    const phase = await get(`/api/data-mesh/phase?scope=${RETURNS}`);
    expect(phase.phase).toBe('bootstrap');
    expect(await aboutReturns()).toEqual([]);

    // The guest has the notifications page open before anything changes.
    let told: any[];
    const { browser, page } = await openPortalAsGuest(backend.baseUrl);
    try {
      const sent: any[] = [];
      const received: any[] = [];
      const frames = (into: any[]) => (frame: { payload: string | Buffer }) =>
        into.push(JSON.parse(frame.payload.toString()));
      page.on('websocket', socket => {
        if (!socket.url().includes('/api/signals')) return;
        socket.on('framesent', frames(sent));
        socket.on('framereceived', frames(received));
      });
      await page.goto(`${backend.baseUrl}/notifications`);
      await waitFor(
        async () =>
          sent.some(
            f => f.action === 'subscribe' && f.channel === 'notifications',
          )
            ? true
            : undefined,
        60_000,
        'the notifications page to subscribe to its signals',
      );
      const link = page.getByRole('link', {
        name: 'Returns moved from bootstrap to scale',
      });
      expect(await link.count()).toBe(0);
      // Gone if the page were loaded again.
      await page.evaluate(() => ((window as any).openedBeforeTheChange = true));

      fs.writeFileSync(
        file,
        [guestUser, ...returnsAtScale].map(e => stringify(e)).join('---\n'),
      );
      const started = Date.now();
      await waitFor(
        async () => {
          const now = await get(`/api/data-mesh/phase?scope=${RETURNS}`);
          if (now.phase === 'scale') return now;
          await refresh();
          await new Promise(resolve => setTimeout(resolve, 1000));
          return undefined;
        },
        120_000,
        'Returns in scale',
      );
      // The run that stored the change sent the notification.
      told = await waitFor(
        async () => {
          const found = await aboutReturns();
          return found.length > 0 ? found : undefined;
        },
        30_000,
        'the notification about Returns',
      );
      expect(told).toHaveLength(1);
      expect(told[0].payload).toMatchObject({
        title: 'Returns moved from bootstrap to scale',
        link: '/catalog/default/domain/returns/data-mesh',
        topic: 'Data mesh phase',
        severity: 'normal',
      });
      // eslint-disable-next-line no-console
      console.log(`Returns notified ${Date.now() - started} ms after the edit`);

      // The open page shows it without being loaded again: the backend's
      // signal told it.
      await link.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe(
        '/catalog/default/domain/returns/data-mesh',
      );
      expect(
        await page.evaluate(() => (window as any).openedBeforeTheChange),
      ).toBe(true);
      expect(received).toContainEqual(
        expect.objectContaining({
          channel: 'notifications',
          message: expect.objectContaining({
            action: 'new_notification',
            notification_id: told[0].id,
          }),
        }),
      );
      const screenshots = path.join(repoRoot, 'e2e-results');
      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({
        path: path.join(screenshots, 'notifications.png'),
        fullPage: true,
      });
    } finally {
      await browser.close();
    }

    // Two more recomputes see no change: nothing is sent or updated.
    await recomputeOnce();
    await recomputeOnce();
    expect(await aboutReturns()).toEqual(told);
  });
});
