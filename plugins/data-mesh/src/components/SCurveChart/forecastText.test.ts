import {
  AdoptionPoint,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  forecastAdoption,
  nextAdoptionTarget,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { forecastBasisText, forecastSentence } from './forecastText';

/** Adoption on days after 2026-01-01, as a history. */
function history(points: Array<[day: number, adoption: number]>) {
  const start = Date.UTC(2026, 0, 1);
  return points.map(
    ([day, adoption]): AdoptionPoint => ({
      date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      adoption,
    }),
  );
}

const logistic = (logit: number) => 1 / (1 + Math.exp(-logit));
/** From scale, the next target is exploit's 50 % adoption. */
const toExploit = nextAdoptionTarget(DEFAULT_ORGANIZATION_PHASE_RULES, 'scale');

describe('the forecast in words', () => {
  it('gives the expected date of steady growth, with its basis', () => {
    // logit(adoption) = -3 + day / 100 exactly: 50 % (logit 0) on day 300.
    const forecast = forecastAdoption(
      history([0, 100, 200].map(day => [day, logistic(-3 + day / 100)])),
      toExploit,
    );

    expect(forecastSentence(forecast, 'scale')).toBe(
      'At the current pace, adoption is expected to reach 50%, the adoption threshold of Exploit, on 2026-10-28.',
    );
    expect(forecastBasisText(forecast)).toBe(
      'Basis: 3 days of history, from 2026-01-01 to 2026-07-20.',
    );
  });

  it('says there is not enough history below three days', () => {
    const forecast = forecastAdoption(
      history([
        [0, 0.2],
        [1, 0.3],
      ]),
      toExploit,
    );

    expect(forecastSentence(forecast, 'scale')).toBe(
      'No forecast yet: it takes adoption on at least 3 days, and the history holds 2 days.',
    );
    expect(forecastBasisText(forecast)).toBe(
      'Basis: 2 days of history, from 2026-01-01 to 2026-01-02.',
    );
  });

  it('says there is no progress when adoption is flat or declining', () => {
    for (const adoption of [
      [0.3, 0.3, 0.3, 0.3],
      [0.4, 0.35, 0.3, 0.25],
    ]) {
      const forecast = forecastAdoption(
        history(adoption.map((a, day) => [day * 30, a])),
        toExploit,
      );
      expect(forecast.outcome).toBe('no-progress');
      expect(forecastSentence(forecast, 'scale')).toBe(
        'No forecast: adoption shows no progress towards 50%, the adoption threshold of Exploit, so no date can be given at this pace.',
      );
      expect(forecastBasisText(forecast)).toBe(
        'Basis: 4 days of history, from 2026-01-01 to 2026-04-01.',
      );
    }
  });

  it('says when the target has been reached already', () => {
    const forecast = forecastAdoption(history([[0, 0.6]]), toExploit);

    expect(forecastSentence(forecast, 'scale')).toBe(
      'Adoption has already reached 50%, the adoption threshold of Exploit; the other criteria of that phase are what remains.',
    );
    expect(forecastBasisText(forecast)).toBe(
      'Basis: 1 day of history, 2026-01-01.',
    );
  });

  it('gives no date beyond ten years', () => {
    // logit rises by 0.0001 a day: 50 % about 26,000 days away.
    const forecast = forecastAdoption(
      history([0, 100, 200].map(day => [day, logistic(-3 + day / 10_000)])),
      toExploit,
    );

    expect(forecastSentence(forecast, 'scale')).toBe(
      'No forecast within 10 years: at the current pace, adoption would reach 50%, the adoption threshold of Exploit, later than that.',
    );
  });

  it('says why there is no target', () => {
    const none = forecastAdoption(history([[0, 0.9]]), null);

    expect(forecastSentence(none, 'exploit')).toBe(
      'No forecast: Exploit is the last phase, so there is no adoption threshold left to reach.',
    );
    expect(forecastSentence(none, 'bootstrap')).toBe(
      'No forecast: the next phase sets no adoption threshold, so reaching it does not depend on adoption.',
    );
    expect(forecastBasisText(forecastAdoption([], null))).toBe(
      'Basis: no history yet.',
    );
  });
});
