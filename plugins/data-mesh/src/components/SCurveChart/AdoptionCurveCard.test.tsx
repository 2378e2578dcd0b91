import { screen } from '@testing-library/react';
import {
  brightcartHistory,
  fakeDataMeshApi,
  historyOf,
  phaseOf,
} from '../../__testUtils__/fakeDataMeshApi';
import { growingOrganisation } from '../../__testUtils__/insightOrganisation';
import { brightcart } from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { AdoptionCurveCard } from './AdoptionCurveCard';

/** 1, 2 and 3 of 20 domains adopting on the first of three months. */
const growingHistory = () =>
  historyOf([
    ['2026-08-01', growingOrganisation(1)],
    ['2026-09-01', growingOrganisation(2)],
    ['2026-10-01', growingOrganisation(3)],
  ]);

async function renderCard(
  entities: ReturnType<typeof growingOrganisation>,
  history: ReturnType<typeof historyOf>,
) {
  const phase = phaseOf(entities, 'organization', {}, history);
  await renderWithApis(
    <AdoptionCurveCard phase={phase} scopeLabel="The organisation" />,
    { dataMeshApi: fakeDataMeshApi(entities, { history }) },
  );
}

describe('AdoptionCurveCard', () => {
  it('shows the history as a trail and the date the forecast expects', async () => {
    await renderCard(growingOrganisation(3), growingHistory());

    expect(await screen.findAllByTestId('history-point')).toHaveLength(3);
    expect(screen.getByTestId('history-trail')).toBeInTheDocument();
    // 5 %, 10 %, 15 % on days 0, 31 and 61: the fitted logistic curve
    // reaches scale's 16 % on day 63.
    expect(screen.getByTestId('forecast-sentence')).toHaveTextContent(
      'At the current pace, adoption is expected to reach 16%, the adoption threshold of Scale, on 2026-10-03.',
    );
    expect(screen.getByTestId('forecast-basis')).toHaveTextContent(
      /^Basis: 3 days of history, from 2026-08-01 to 2026-10-01\.$/,
    );
    expect(screen.queryByTestId('example-data')).toBeNull();
  });

  it('says there is not enough history instead of guessing', async () => {
    await renderCard(growingOrganisation(2), growingHistory().slice(0, 2));

    expect(await screen.findAllByTestId('history-point')).toHaveLength(2);
    expect(screen.getByTestId('forecast-sentence')).toHaveTextContent(
      'No forecast yet: it takes adoption on at least 3 days, and the history holds 2 days.',
    );
    expect(screen.getByTestId('forecast-basis')).toHaveTextContent(
      'Basis: 2 days of history, from 2026-08-01 to 2026-09-01.',
    );
  });

  it('says when the threshold has been reached already', async () => {
    await renderCard(brightcart, brightcartHistory());

    // Brightcart's latest stored day is at 40 %, past scale's 16 %; its
    // other criteria keep it in bootstrap.
    expect(await screen.findByTestId('forecast-sentence')).toHaveTextContent(
      'Adoption has already reached 16%, the adoption threshold of Scale; the other criteria of that phase are what remains.',
    );
  });

  it('says which days are example data', async () => {
    const history = growingHistory().map(point => ({
      ...point,
      example: point.date < '2026-10-01',
    }));
    await renderCard(growingOrganisation(3), history);

    expect(await screen.findByTestId('example-data')).toHaveTextContent(
      'example data: 2 of 3 days',
    );
    expect(screen.getByTestId('forecast-basis')).toHaveTextContent(
      'Basis: 3 days of history, from 2026-08-01 to 2026-10-01. 2 of those days are example data, not measurements.',
    );
  });

  it('says when the forecast could not be worked out', async () => {
    const phase = { ...phaseOf(brightcart), forecast: null };
    await renderWithApis(
      <AdoptionCurveCard phase={phase} scopeLabel="The organisation" />,
      { dataMeshApi: fakeDataMeshApi(brightcart) },
    );

    expect(await screen.findByTestId('forecast-sentence')).toHaveTextContent(
      'No forecast: the history could not be read just now.',
    );
    expect(screen.queryByTestId('forecast-basis')).toBeNull();
  });
});
