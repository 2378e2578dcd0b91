import { screen } from '@testing-library/react';
import { phaseOf } from '../../__testUtils__/fakeDataMeshApi';
import { COMPUTED_AT, mockDataMeshApi } from '../../__testUtils__/fixtures';
import {
  brightcart,
  matureOrganisation,
} from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { PhaseCard } from './PhaseCard';

describe('PhaseCard', () => {
  const dataMeshApi = mockDataMeshApi();

  it('shows the phase, what to optimise for and the next phase criteria', async () => {
    // Brightcart: 3 of 5 domains adopting, 6 active products, 2 real use
    // cases; bootstrap, short of scale by one real use case.
    await renderWithApis(<PhaseCard phase={phaseOf(brightcart)} />, {
      dataMeshApi,
    });

    expect(screen.getByText('Bootstrap')).toBeInTheDocument();
    expect(screen.getByText(/^Exploration:/)).toBeInTheDocument();
    expect(
      screen.getByText('To reach Scale (3 of 4 criteria met)'),
    ).toBeInTheDocument();
    // Ratios read as percentages, counts as counts.
    expect(screen.getByText('60% of at least 16% — met')).toBeInTheDocument();
    expect(screen.getByText('3 of at least 3 — met')).toBeInTheDocument();
    expect(screen.getByText('6 of at least 6 — met')).toBeInTheDocument();
    expect(screen.getByText('2 of at least 3 — not met')).toBeInTheDocument();
    expect(screen.getByTitle('Not met')).toBeInTheDocument();
    expect(screen.getAllByTitle('Met')).toHaveLength(3);
    expect(
      screen.getByText('Late majority · 60% adoption'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/3 of 5 domains have an active data product \(60%/),
    ).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveAttribute(
      'datetime',
      COMPUTED_AT,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('declared-phase')).not.toBeInTheDocument();
  });

  it("shows the share of active products' ports that have a contract", async () => {
    // Orders-events gets a contract on its one port, an odcs API in the
    // catalog: 1 of the 6 active products' 6 output ports, 16.7 %.
    const withContract = brightcart.map(entity =>
      entity.metadata.name === 'orders-events'
        ? {
            ...entity,
            spec: {
              ...entity.spec,
              outputPorts: [
                { name: 'events', type: 'topic', contract: { api: 'events' } },
              ],
            },
          }
        : entity,
    );
    const api = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'events', namespace: 'default' },
      spec: { type: 'odcs', lifecycle: 'production', owner: 'checkout-team' },
    };
    await renderWithApis(
      <PhaseCard phase={phaseOf([...withContract, api])} />,
      { dataMeshApi },
    );
    expect(screen.getByTestId('contract-coverage')).toHaveTextContent(
      "16.7% of the active data products' output ports have a data contract (an odcs API) in the catalog.",
    );
  });

  it('shows a declared phase next to the computed one, with the reason', async () => {
    // Fulfilment declares scale but has no real use case yet.
    await renderWithApis(
      <PhaseCard phase={phaseOf(brightcart, 'domain:default/fulfilment')} />,
      { dataMeshApi },
    );

    expect(screen.getByTestId('declared-phase')).toHaveTextContent(
      'Declared: Scale · computed from the catalog: Bootstrap (the declared phase overrides it)',
    );
    expect(
      screen.getByText('Reason: Inventory joins this quarter'),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of at least 1 — not met')).toBeInTheDocument();
    expect(screen.getByText(/^Expanding adoption:/)).toBeInTheDocument();
  });

  it('warns visibly when the figures are stale', async () => {
    await renderWithApis(
      <PhaseCard
        phase={phaseOf(brightcart, 'organization', { stale: true })}
      />,
      {
        dataMeshApi,
      },
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      /may be out of date: the last refresh failed/,
    );
  });

  it('says exploit is the last phase', async () => {
    // Every domain adopting, 20 active products, 10 live use cases.
    await renderWithApis(<PhaseCard phase={phaseOf(matureOrganisation())} />, {
      dataMeshApi,
    });

    expect(screen.getByText('Exploit')).toBeInTheDocument();
    expect(screen.getByText('Laggards · 100% adoption')).toBeInTheDocument();
    expect(screen.getByText(/serve the laggards/)).toBeInTheDocument();
    expect(screen.getByText(/Exploit is the last phase/)).toBeInTheDocument();
  });
});
