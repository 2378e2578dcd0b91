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
 * The execution insights over HTTP, on the example organisation computed on
 * 2026-11-26 with a year of example history: what each route answers, how
 * it pages, and what a caller who may not read some entities sees (Bob and
 * Carol may not read payment-fraud-detection, the marketing domain, the
 * finance group and the report mailer; only Carol has the platform view).
 */

const TODAY = '2026-11-26';
const now = () => new Date(`${TODAY}T10:00:00.000Z`);

describe('the execution insights routes', () => {
  let app: express.Express;
  let freshApp: express.Express;

  beforeAll(async () => {
    ({ app } = await makeRouterApp({
      entities: loadExampleEntities(),
      compute: true,
      dataMesh: { exampleHistory: true },
      now,
    }));
    ({ app: freshApp } = await makeRouterApp({
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
      const carol = await get('/roadmap/deprecated', CAROL);
      expect(carol.body).toMatchObject({ totalItems: 1, items: [] });
    });
  });

  describe('business units', () => {
    it('lists the top-level units by title with a month of adoption', async () => {
      const { body } = await get('/business-units');
      expect(
        body.items.map((u: any) => [
          u.title,
          u.computedPhase,
          u.adopterCategory,
        ]),
      ).toEqual([
        ['Central Analytics', 'bootstrap', 'innovators'],
        ['Commerce', 'bootstrap', 'late-majority'],
        ['Customer Experience', 'scale', 'late-majority'],
        ['Finance', 'bootstrap', 'innovators'],
        ['Operations', 'bootstrap', 'early-majority'],
      ]);
      const commerce = body.items[1];
      expect(commerce).toMatchObject({
        scope: 'group:default/commerce',
        topLevel: true,
        domains: { count: 3 },
        metrics: { domains: 3, adoptingDomains: 2 },
      });
      expect(commerce.history).toHaveLength(30);
      expect(commerce.history.at(-1)).toEqual({
        date: TODAY,
        adoption: 2 / 3,
        example: false,
      });
      expect(commerce.history[0]).toMatchObject({
        date: '2026-10-28',
        example: true,
      });
      const all = await get('/business-units?level=all&limit=1');
      expect(all.body).toMatchObject({ totalItems: 16, limit: 1 });
    });

    it('leaves out units the caller may not read', async () => {
      const { body } = await get('/business-units', BOB);
      expect(body.totalItems).toBe(5);
      expect(titles(body.items)).not.toContain('Finance');
      expect(body.items).toHaveLength(4);
    });

    it('takes a business unit as a scope, with its history', async () => {
      const phase = await get('/phase?scope=group:default/commerce');
      expect(phase.body).toMatchObject({
        scope: 'group:default/commerce',
        phase: 'bootstrap',
        declared: null,
        metrics: { domains: 3, adoptingDomains: 2, activeDataProducts: 3 },
        next: { phase: 'scale' },
      });
      const history = await get(
        '/phase/history?scope=Group:default/Operations&limit=500',
      );
      expect(history.body.totalItems).toBe(366);
      expect(history.body.points[0]).toMatchObject({
        date: '2025-11-26',
        adoption: 0,
        example: true,
      });
      expect(history.body.points.at(-1)).toMatchObject({
        date: TODAY,
        adoption: 1 / 3,
        example: false,
      });
    });

    it('answers 404 alike for a group that is no unit, an unknown one and one the caller may not read', async () => {
      const answers = await Promise.all([
        get('/phase?scope=group:default/data-platform'),
        get('/phase?scope=group:default/nowhere'),
        get('/phase?scope=group:default/finance', BOB),
        get('/phase/history?scope=group:default/finance', BOB),
      ]);
      expect(answers.map(a => a.status)).toEqual([404, 404, 404, 404]);
      expect(answers.map(a => a.body.error.message)).toEqual([
        'No business unit group:default/data-platform: a group is one when it, or a group below it, owns a domain',
        'No business unit group:default/nowhere: a group is one when it, or a group below it, owns a domain',
        'No business unit group:default/finance: a group is one when it, or a group below it, owns a domain',
        'No business unit group:default/finance: a group is one when it, or a group below it, owns a domain',
      ]);
      expect((await get('/phase?scope=group:default/finance')).status).toBe(
        200,
      );
      const user = await get('/phase?scope=user:default/alice');
      expect(user.status).toBe(400);
      expect(user.body.error.message).toContain('a business unit like');
    });
  });

  describe('the forecast in GET /phase', () => {
    it('dates when the organisation reaches the next threshold, from its example year', async () => {
      const { body } = await get('/phase?scope=organization');
      expect(body.forecast).toMatchObject({
        outcome: 'expected',
        target: { phase: 'exploit', adoption: 0.5 },
        expectedDate: '2026-12-03',
        basis: { points: 366, from: '2025-11-26', to: TODAY },
        exampleDays: 365,
        reason: null,
      });
      expect(body.forecast.fit.slopePerDay).toBeGreaterThan(0);
    });

    it('says why there is no date', async () => {
      const answers = await Promise.all(
        [
          'group:default/operations',
          'group:default/finance',
          'domain:default/payments',
        ].map(scope => get(`/phase?scope=${scope}`)),
      );
      expect(
        answers.map(a => [a.body.forecast.outcome, a.body.forecast.reason]),
      ).toEqual([
        [
          'already-reached',
          'Adoption is already at or above the scale threshold of 16 %: the other criteria of scale decide when it is reached.',
        ],
        [
          'no-progress',
          `No progress: adoption has not risen clearly over the 366 days from 2025-11-26 to ${TODAY}.`,
        ],
        [
          'no-target',
          'The rules of the next phase set no adoption threshold: reaching it does not depend on adoption.',
        ],
      ]);
    });

    it('says there is not enough history without the example year', async () => {
      const { body } = await getAs(freshApp, '/phase?scope=organization');
      expect(body.forecast).toMatchObject({
        outcome: 'not-enough-history',
        expectedDate: null,
        basis: { points: 1, from: TODAY, to: TODAY },
        exampleDays: 0,
        reason: 'Not enough history: 1 day(s) stored, at least 3 are needed.',
      });
      const history = await getAs(
        freshApp,
        '/phase/history?scope=organization',
      );
      expect(history.body.points).toEqual([
        expect.objectContaining({ date: TODAY, example: false }),
      ]);
    });
  });
});
