import { factsFromEntities } from '../portfolio/facts';
import { capability, dataProduct, domain, usecase } from '../testUtils';
import {
  complementaryUseCaseSearch,
  findComplementaryUseCases,
} from './complementarySearch';

/*
 * raw requires ingest; every use case below that consumes raw needs it.
 *
 *   use case          status     personas                     needs
 *   report-analyst    live       data-analyst                 ingest sql bi
 *   kpi-alerts        live       business-user                ingest sql bi
 *   dashboards-plus   committed  data-analyst, business-user  ingest sql bi
 *   report-scientist  proposed   data-scientist, business-user
 *                                                              ingest sql notebooks
 *   ml-lab            committed  ml-engineer                  notebooks gpu
 *   old-report        retired    business-user                ingest sql bi
 *   nobody            live       (none)                       ingest sql bi
 *
 * Jaccard = shared / needed by either:
 *   kpi-alerts ~ report-analyst        {ingest,sql,bi} / same        = 3/3 = 1
 *   dashboards-plus ~ either of those  1 as well, but its personas hold
 *                                      theirs: not complementary
 *   report-scientist ~ each of the three {ingest,sql} / {ingest,sql,bi,notebooks}
 *                                                                    = 2/4 = 0.5
 *     with report-analyst: no persona shared: complementary
 *     with dashboards-plus: business-user shared, yet each serves someone
 *       the other does not: complementary
 *     with kpi-alerts: its only persona is one of report-scientist's: not
 *   ml-lab ~ report-scientist          {notebooks} / {ingest,sql,notebooks,gpu}
 *                                                                    = 1/4 = 0.25
 *   ml-lab ~ the others                nothing shared                = 0
 * old-report (retired) and nobody (no persona) are never paired.
 */
const facts = factsFromEntities([
  domain('sales', 'team-a'),
  capability('ingest', 'available'),
  capability('sql', 'available'),
  capability('bi', 'beta'),
  capability('notebooks', 'planned'),
  dataProduct('raw', { domain: 'sales', owner: 'team-a', caps: ['ingest'] }),
  ...(
    [
      ['report-analyst', 'live', ['data-analyst'], ['sql', 'bi']],
      ['kpi-alerts', 'live', ['business-user'], ['sql', 'bi']],
      [
        'dashboards-plus',
        'committed',
        ['data-analyst', 'business-user'],
        ['bi', 'sql'],
      ],
      [
        'report-scientist',
        'proposed',
        ['data-scientist', 'business-user'],
        ['sql', 'notebooks'],
      ],
      ['old-report', 'retired', ['business-user'], ['sql', 'bi']],
      ['nobody', 'live', [], ['sql', 'bi']],
    ] as const
  ).map(([name, status, personas, caps]) =>
    usecase(name, {
      status,
      personas: [...personas],
      caps: [...caps],
      consumes: ['raw'],
    }),
  ),
  usecase('ml-lab', {
    status: 'committed',
    personas: ['ml-engineer'],
    caps: ['notebooks', 'gpu'],
  }),
]);

const summary = (threshold?: number) =>
  findComplementaryUseCases(facts, undefined, { threshold }).map(p => [
    p.first.title,
    p.second.title,
    p.similarity,
  ]);

describe('findComplementaryUseCases', () => {
  it('pairs use cases needing largely the same capabilities for different personas, most similar first', () => {
    expect(summary()).toEqual([
      ['kpi-alerts', 'report-analyst', 1],
      // Ties by the first use case's title, then the second's.
      ['dashboards-plus', 'report-scientist', 0.5],
      ['report-analyst', 'report-scientist', 0.5],
    ]);
  });

  it('says what each pair shares and how much either needs', () => {
    const [best, , last] = findComplementaryUseCases(facts);
    expect(best.shared.map(c => `${c.title} (${c.status})`)).toEqual([
      'bi (beta)',
      'ingest (available)',
      'sql (available)',
    ]);
    expect(best.neededByEither).toBe(3);
    expect(last.shared.map(c => c.title)).toEqual(['ingest', 'sql']);
    expect(last.neededByEither).toBe(4);
    expect(last.first).toMatchObject({
      ref: 'usecase:default/report-analyst',
      status: 'live',
      personas: ['data-analyst'],
    });
    expect(last.second.personas).toEqual(['business-user', 'data-scientist']);
  });

  it('takes a lower threshold when asked', () => {
    expect(summary(0.25)).toEqual([
      ['kpi-alerts', 'report-analyst', 1],
      ['dashboards-plus', 'report-scientist', 0.5],
      ['report-analyst', 'report-scientist', 0.5],
      ['ml-lab', 'report-scientist', 0.25],
    ]);
  });

  it('counts what is shared across more capabilities than fit one bit row word', () => {
    // 40 capabilities: a needs c00-c37, b needs c03-c39; they share the 35
    // from c03 to c37 of the 40 either needs, across both 32-bit words.
    const caps = Array.from(
      { length: 40 },
      (_, i) => `c${String(i).padStart(2, '0')}`,
    );
    const wide = factsFromEntities([
      domain('sales', 'team-a'),
      ...caps.map(c => capability(c, 'available')),
      usecase('a', {
        status: 'live',
        personas: ['data-analyst'],
        caps: caps.slice(0, 38),
      }),
      usecase('b', {
        status: 'live',
        personas: ['data-scientist'],
        caps: caps.slice(3),
      }),
    ]);
    const [pair, ...rest] = findComplementaryUseCases(wide);
    expect(rest).toEqual([]);
    expect(pair.similarity).toBe(35 / 40);
    expect(pair.neededByEither).toBe(40);
    expect(pair.shared.map(c => c.title)).toEqual(caps.slice(3, 38));
  });

  it('refuses a threshold that would pair use cases sharing nothing', () => {
    expect(() => summary(0)).toThrow(RangeError);
    expect(() => summary(1.5)).toThrow(RangeError);
  });

  it('refuses a limit that is not a whole number of 0 or more, naming it', () => {
    for (const limit of [-1, 2.5, Number.NaN, Infinity]) {
      expect(() =>
        findComplementaryUseCases(facts, undefined, { limit }),
      ).toThrow(
        new RangeError(
          `limit must be a whole number of 0 or more, got ${limit}`,
        ),
      );
    }
  });

  it('pauses once per use case that can be paired, and returns the pairs with their count', () => {
    const search = complementaryUseCaseSearch(facts);
    let pauses = 0;
    let step = search.next();
    while (!step.done) {
      pauses++;
      step = search.next();
    }
    // Five use cases can be paired: old-report is retired and nobody
    // serves no persona. A pause after reading each one's needs, after
    // making each a candidate, and after comparing each; one once they are
    // ranked by title, and two while the join starts its index (too small
    // for more).
    expect(pauses).toBe(5 + 5 + 5 + 1 + 2);
    expect(step.value.total).toBe(3);
    expect(
      step.value.pairs.map(p => [p.first.title, p.second.title, p.similarity]),
    ).toEqual([
      ['kpi-alerts', 'report-analyst', 1],
      ['dashboards-plus', 'report-scientist', 0.5],
      ['report-analyst', 'report-scientist', 0.5],
    ]);
  });

  it('keeps only as many pairs as asked, the first ones, and counts them all', () => {
    const run = (limit: number) => {
      const search = complementaryUseCaseSearch(facts, undefined, { limit });
      let step = search.next();
      while (!step.done) step = search.next();
      return {
        total: step.value.total,
        kept: step.value.pairs.map(p => `${p.first.title}~${p.second.title}`),
      };
    };
    expect(run(0)).toEqual({ total: 3, kept: [] });
    expect(run(1)).toEqual({ total: 3, kept: ['kpi-alerts~report-analyst'] });
    expect(run(2)).toEqual({
      total: 3,
      kept: ['kpi-alerts~report-analyst', 'dashboards-plus~report-scientist'],
    });
  });
});
