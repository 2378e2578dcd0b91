import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import {
  brightcartHistory,
  fakeDataMeshApi,
  phaseOf,
} from '../../__testUtils__/fakeDataMeshApi';
import {
  backendError,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import { brightcart } from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { HISTORY_DAYS, historyRequest } from '../SCurveChart/AdoptionCurveCard';
import { ScopePhaseOverview } from './ScopePhaseOverview';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('ScopePhaseOverview', () => {
  it('shows the phase card and the S-curve with the last year of history', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart, {
      history: brightcartHistory(),
    });

    await renderWithApis(
      <ScopePhaseOverview scope="organization" scopeLabel="The organisation" />,
      { dataMeshApi },
    );

    expect(
      await screen.findByRole('img', {
        name: 'The organisation is at 60% adoption, in the late majority segment of the S-curve of adoption. 2 snapshots from 2026-09-01 (20%) to 2026-10-01 (40%).',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('phase-card')).toHaveTextContent('Bootstrap');
    // One page of at most 500 daily points from a year ago, today included.
    const [request] = dataMeshApi.getPhaseHistory.mock.calls[0];
    expect(request).toEqual({
      scope: 'organization',
      from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      limit: 500,
    });
    const daysBack =
      (Date.now() - Date.parse(`${request.from as string}T00:00:00Z`)) / DAY_MS;
    expect(Math.floor(daysBack)).toBe(365);
  });

  it('asks for exactly the 366 days up to today', () => {
    expect(HISTORY_DAYS).toBe(366);
    expect(
      historyRequest('domain:default/orders', new Date('2026-11-25T23:30:00Z')),
    ).toEqual({
      scope: 'domain:default/orders',
      from: '2025-11-25',
      limit: 500,
    });
    // Across a leap day, 366 days reach back to the 2nd of March.
    expect(
      historyRequest('organization', new Date('2028-03-01T00:00:00Z')),
    ).toEqual({ scope: 'organization', from: '2027-03-02', limit: 500 });
  });

  it('draws the curve without history, and says so', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);

    await renderWithApis(
      <ScopePhaseOverview scope="organization" scopeLabel="The organisation" />,
      { dataMeshApi },
    );

    expect(
      await screen.findByText(
        'No earlier snapshots yet: the history grows with every refresh.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('current-position')).toBeInTheDocument();
    expect(screen.queryAllByTestId('history-point')).toHaveLength(0);
  });

  it('keeps the phase card when only the history fails', async () => {
    const failure = await ResponseError.fromResponse(
      backendError(500, 'History store down'),
    );
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => phaseOf(brightcart),
      getPhaseHistory: async () => {
        throw failure;
      },
    });

    await renderWithApis(
      <ScopePhaseOverview scope="organization" scopeLabel="The organisation" />,
      { dataMeshApi },
    );

    expect(
      (await screen.findAllByText(/History store down/)).length,
    ).toBeGreaterThan(0);
    expect(
      within(screen.getByTestId('phase-card')).getByText('Bootstrap'),
    ).toBeInTheDocument();
  });

  it('shows progress, then a stale warning when the snapshot is stale', async () => {
    let resolve: (value: ReturnType<typeof phaseOf>) => void = () => {};
    const dataMeshApi = mockDataMeshApi({
      getPhase: () =>
        new Promise(r => {
          resolve = r;
        }),
      getPhaseHistory: () => pending(),
    });

    await renderWithApis(
      <ScopePhaseOverview scope="organization" scopeLabel="The organisation" />,
      { dataMeshApi },
    );
    expect(screen.getByTestId('progress')).toBeInTheDocument();

    resolve(phaseOf(brightcart, 'organization', { stale: true }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /may be out of date/,
    );
    expect(screen.getByTestId('phase-card')).toHaveTextContent('Bootstrap');
  });
});
