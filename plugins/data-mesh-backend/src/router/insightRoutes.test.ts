import express from 'express';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import {
  ALICE,
  BOB,
  CAROL,
  HIDDEN_FROM_BOB,
  getAs,
  makeRouterApp,
} from '../__testUtils__/routerApp';

/*
 * The use-case portfolio, complementary pairs and the roadmap over HTTP,
 * on the example organisation: what each route answers, how it pages, and
 * what a caller who may not read some entities sees (Bob and Carol may not
 * read payment-fraud-detection, the marketing domain, the finance group
 * and the report mailer; only Carol has the platform view).
 */

const TODAY = '2026-11-26';
const now = () => new Date(`${TODAY}T10:00:00.000Z`);

describe('the execution insights routes', () => {
  let app: express.Express;

  beforeAll(async () => {
    ({ app } = await makeRouterApp({
      entities: loadExampleEntities(),
      compute: true,
      now,
    }));
  });

  const get = (path: string, user = ALICE) => getAs(app, path, user);
  const titles = (list: Array<{ title: string }>) => list.map(u => u.title);

  describe('GET /use-cases', () => {
    it('places the use cases in nine cells, flags where to start and says what blocks each', async () => {
      const { body } = await get('/use-cases');
      expect(body.cells.map((c: any) => `${c.value}/${c.complexity}`)).toEqual([
        'high/low',
        'high/medium',
        'high/high',
        'medium/low',
        'medium/medium',
        'medium/high',
        'low/low',
        'low/medium',
        'low/high',
      ]);
      expect(body.cells.map((c: any) => c.startHere)).toEqual([
        true,
        ...Array(8).fill(false),
      ]);
      // The retired consent audit report is no choice to make.
      expect(body.cells.map((c: any) => c.count)).toEqual([
        2, 1, 2, 0, 1, 1, 0, 0, 0,
      ]);
      const [start] = body.cells;
      expect(titles(start.useCases)).toEqual([
        'Checkout Conversion Dashboard',
        'Delivery SLA Monitoring',
      ]);
      expect(start.useCases[1]).toMatchObject({
        ref: 'usecase:default/delivery-sla-monitoring',
        status: 'live',
        personas: ['business-user', 'data-analyst'],
        consumes: { count: 1, sample: ['dataproduct:default/shipments'] },
        needs: 3,
        blockedBy: {
          count: 1,
          sample: [
            {
              ref: 'platformcapability:default/alerting',
              title: 'alerting',
              status: 'not-offered',
            },
          ],
        },
      });
      expect(body.unrated).toEqual({ count: 0, useCases: [] });
      expect(body.stale).toBe(false);
    });

    it('leaves out what the caller may not read, keeping the counts', async () => {
      const { body } = await get('/use-cases', BOB);
      const highHigh = body.cells[2];
      expect(highHigh.count).toBe(2);
      expect(titles(highHigh.useCases)).toEqual([
        'Personalised Recommendations',
      ]);
      expect(highHigh.useCases[0].domain).toBeNull();
      const attribution = body.cells[4].useCases[0];
      expect(attribution.blockedBy).toEqual({
        count: 2,
        sample: [
          {
            ref: 'platformcapability:default/pii-masking',
            title: 'PII Masking',
            status: 'beta',
          },
        ],
      });
      for (const hidden of HIDDEN_FROM_BOB) {
        expect(JSON.stringify(body)).not.toContain(hidden);
      }
    });

    it('pages through one cell in the order of the matrix', async () => {
      const whole = (await get('/use-cases')).body.cells[2].useCases;
      const pages = [];
      for (const offset of [0, 1, 2]) {
        const res = await get(
          `/use-cases/cell?value=high&complexity=high&limit=1&offset=${offset}`,
        );
        expect(res.body).toMatchObject({ totalItems: 2, offset, limit: 1 });
        pages.push(...res.body.items);
      }
      expect(pages).toEqual(whole);
      const unrated = await get('/use-cases/unrated');
      expect(unrated.body).toMatchObject({ totalItems: 0, items: [] });
    });

    it.each([
      ['/use-cases/cell?value=extreme&complexity=low', 'value'],
      ['/use-cases/cell?value=high', 'complexity'],
      ['/use-cases/cell?value=high&complexity=low&limit=51', 'limit'],
      ['/use-cases/complementary?threshold=0.2', 'threshold'],
    ])('answers 400 to %s, naming %s', async (path, named) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(named);
    });
  });

  describe('GET /use-cases/complementary', () => {
    it('ranks the pairs and says what they share', async () => {
      const { body } = await get('/use-cases/complementary?limit=2');
      expect(body).toMatchObject({ totalItems: 5, limit: 2, threshold: 0.5 });
      const [closest, next] = body.items;
      expect([closest.first.title, closest.second.title]).toEqual([
        'Demand Planning',
        'Finance Close Automation',
      ]);
      expect(closest.similarity).toBe(4 / 6);
      expect(closest.neededByEither).toBe(6);
      expect(closest.shared.count).toBe(4);
      expect(titles(closest.shared.sample)).toEqual([
        'Batch Ingestion',
        'Data Quality Checks',
        'Lakehouse Storage',
        'Stream Ingestion',
      ]);
      expect(next.similarity).toBeLessThanOrEqual(closest.similarity);
      const rest = await get('/use-cases/complementary?offset=2');
      expect(rest.body.items).toHaveLength(3);
    });

    it("hides a domain the caller may not read from a pair's use cases", async () => {
      const { body } = await get('/use-cases/complementary', BOB);
      const pair = body.items.find(
        (p: any) => p.first.title === 'Marketing Attribution',
      );
      expect([pair.first.domain, pair.second.domain]).toEqual([null, null]);
      expect(JSON.stringify(body)).not.toContain('domain:default/marketing');
    });
  });

  describe('GET /roadmap', () => {
    it('orders capabilities by the value they would fully unblock', async () => {
      const { body } = await get('/roadmap');
      expect(body.items.map((i: any) => i.capability.title)).toEqual([
        'Feature Store',
        'alerting',
        'PII Masking',
        'ml-training',
        'Data Marketplace',
        'Reverse ETL',
        'gpu-notebooks',
      ]);
      expect(body.items[0]).toMatchObject({
        capability: { status: 'building' },
        fullyUnblocks: {
          count: 1,
          byValue: { high: 1, medium: 0, low: 0, unrated: 0 },
          sample: [{ ref: 'usecase:default/payment-fraud-detection' }],
        },
        partlyUnblocks: {
          count: 1,
          sample: [{ title: 'Personalised Recommendations', alsoLacking: 2 }],
        },
      });
      const page = await get('/roadmap?limit=2&offset=2');
      expect(page.body.items.map((i: any) => i.capability.title)).toEqual([
        'PII Masking',
        'ml-training',
      ]);
    });

    it('filters by the capability status, counting and paging what is left', async () => {
      const all = (await get('/roadmap')).body.items;
      const statuses = [...new Set(all.map((i: any) => i.capability.status))];
      expect(statuses.length).toBeGreaterThan(1);
      for (const status of statuses) {
        const expected = all
          .filter((i: any) => i.capability.status === status)
          .map((i: any) => i.capability.title);
        const { body } = await get(`/roadmap?status=${status}`);
        expect(body.totalItems).toBe(expected.length);
        expect(body.items.map((i: any) => i.capability.title)).toEqual(
          expected,
        );
      }
      const notOffered = all
        .filter((i: any) => i.capability.status === 'not-offered')
        .map((i: any) => i.capability.title);
      const second = await get('/roadmap?status=not-offered&limit=1&offset=1');
      expect(second.body.items.map((i: any) => i.capability.title)).toEqual(
        notOffered.slice(1, 2),
      );
      const bad = await get('/roadmap?status=available');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/status/);
    });

    it('is the platform view: 403 without its permission', async () => {
      for (const path of [
        '/roadmap',
        '/roadmap/deprecated',
        '/roadmap/default/feature-store/use-cases',
      ]) {
        expect((await get(path, BOB)).status).toBe(403);
      }
    });

    it('leaves out use cases the caller may not read, keeping the counts', async () => {
      const { body } = await get('/roadmap', CAROL);
      expect(body.items[0].fullyUnblocks).toMatchObject({
        count: 1,
        sample: [],
      });
      const drill = await get(
        '/roadmap/default/feature-store/use-cases',
        CAROL,
      );
      expect(drill.body).toMatchObject({ totalItems: 1, items: [] });
    });

    it('pages the use cases a capability fully or partly unblocks', async () => {
      const fully = await get('/roadmap/default/feature-store/use-cases');
      expect(fully.body).toMatchObject({
        capabilityRef: 'platformcapability:default/feature-store',
        unblocks: 'fully',
        totalItems: 1,
      });
      expect(fully.body.items).toEqual([
        expect.objectContaining({
          title: 'Payment Fraud Detection',
          alsoLacking: 0,
        }),
      ]);
      const partly = await get(
        '/roadmap/default/pii-masking/use-cases?unblocks=partly',
      );
      expect(
        partly.body.items.map((u: any) => [u.title, u.alsoLacking]),
      ).toEqual([
        ['Marketing Attribution', 1],
        ['Personalised Recommendations', 2],
      ]);
      const available = await get(
        '/roadmap/default/stream-ingestion/use-cases',
      );
      expect(available.status).toBe(404);
      expect(available.body.error.message).toContain('not available');
    });

    it('lists the deprecated capabilities real use cases still need', async () => {
      const { body } = await get('/roadmap/deprecated');
      expect(body.totalItems).toBe(1);
      expect(body.items[0]).toMatchObject({
        capability: {
          ref: 'platformcapability:default/report-mailer',
          title: 'Scheduled Report Mailer',
          status: 'deprecated',
        },
        useCases: { count: 1, sample: [{ title: 'Marketing Attribution' }] },
        domains: { count: 1, sample: ['domain:default/marketing'] },
        personas: ['data-analyst'],
      });
      // Carol may not read the report mailer: a list she filters by
      // nothing still counts only what she may see.
      const carol = await get('/roadmap/deprecated', CAROL);
      expect(carol.body).toMatchObject({ totalItems: 0, items: [] });
    });
  });
});
