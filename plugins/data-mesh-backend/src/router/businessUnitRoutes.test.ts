import express from 'express';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { ALICE, BOB, getAs, makeRouterApp } from '../__testUtils__/routerApp';

/*
 * Business units and the forecast over HTTP, on the example organisation
 * computed on 2026-11-26 with a year of example history (and once
 * without): group scopes, their history and sparklines, and what a caller
 * who may not read the finance group sees (Bob may not).
 */

// The setup computes the example organisation twice, once with a year of
// example history for every scope: a few seconds on a busy machine, more
// than Jest's default of 5 s for a hook.
jest.setTimeout(60_000);

const TODAY = '2026-11-26';
const now = () => new Date(`${TODAY}T10:00:00.000Z`);

describe('business units and the forecast over HTTP', () => {
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
