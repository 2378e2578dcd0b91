import { ResponseError } from '@backstage/errors';
import { screen } from '@testing-library/react';
import {
  backendError,
  historyFixture,
  mockDataMeshApi,
  pending,
  phaseFixture,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { ScopePhaseOverview } from './ScopePhaseOverview';

describe('ScopePhaseOverview', () => {
  it('shows the phase card and the S-curve with the scope history', async () => {
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => phaseFixture({ scope: 'domain:default/orders' }),
      getPhaseHistory: async () => historyFixture,
    });

    await renderWithApis(
      <ScopePhaseOverview scope="domain:default/orders" scopeLabel="Orders" />,
      { dataMeshApi },
    );

    expect(
      await screen.findByRole('img', {
        name: /^Orders is at 41.7% adoption, in the early majority segment/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Data mesh phase')).toBeInTheDocument();
    expect(dataMeshApi.getPhaseHistory).toHaveBeenCalledWith({
      scope: 'domain:default/orders',
    });
  });

  it('draws the curve without history, and says so', async () => {
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => phaseFixture(),
      getPhaseHistory: async () => ({ points: [] }),
    });

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
  });

  it('keeps the phase card when only the history fails', async () => {
    const failure = await ResponseError.fromResponse(
      backendError(500, 'History store down'),
    );
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => phaseFixture(),
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
    expect(screen.getByText('Bootstrap')).toBeInTheDocument();
  });

  it('shows progress, then a stale warning when the snapshot is stale', async () => {
    let resolve: (value: ReturnType<typeof phaseFixture>) => void = () => {};
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

    resolve(phaseFixture({ stale: true }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /may be out of date/,
    );
  });
});
