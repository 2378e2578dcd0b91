import { screen } from '@testing-library/react';
import {
  COMPUTED_AT,
  mockDataMeshApi,
  phaseFixture,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { PhaseCard } from './PhaseCard';

describe('PhaseCard', () => {
  const dataMeshApi = mockDataMeshApi();

  it('shows the phase, what to optimise for and the next phase criteria', async () => {
    await renderWithApis(<PhaseCard phase={phaseFixture()} />, {
      dataMeshApi,
    });

    expect(screen.getByText('Bootstrap')).toBeInTheDocument();
    expect(screen.getByText(/^Exploration:/)).toBeInTheDocument();
    expect(
      screen.getByText('To reach Scale (3 of 4 criteria met)'),
    ).toBeInTheDocument();
    // Ratios read as percentages, counts as counts.
    expect(screen.getByText('41.7% of at least 16% — met')).toBeInTheDocument();
    expect(screen.getByText('2 of at least 3 — not met')).toBeInTheDocument();
    expect(screen.getByTitle('Not met')).toBeInTheDocument();
    expect(screen.getAllByTitle('Met')).toHaveLength(3);
    expect(
      screen.getByText('Early majority · 41.7% adoption'),
    ).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveAttribute(
      'datetime',
      COMPUTED_AT,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('declared-phase')).not.toBeInTheDocument();
  });

  it('shows a declared phase next to the computed one, with the reason', async () => {
    await renderWithApis(
      <PhaseCard
        phase={phaseFixture({
          phase: 'scale',
          declared: { phase: 'scale', reason: 'Three teams are onboarding' },
        })}
      />,
      { dataMeshApi },
    );

    expect(screen.getByTestId('declared-phase')).toHaveTextContent(
      'Declared: Scale · computed from the catalog: Bootstrap (the declared phase overrides it)',
    );
    expect(
      screen.getByText('Reason: Three teams are onboarding'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Expanding adoption:/)).toBeInTheDocument();
  });

  it('warns visibly when the figures are stale', async () => {
    await renderWithApis(<PhaseCard phase={phaseFixture({ stale: true })} />, {
      dataMeshApi,
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      /may be out of date: the last refresh failed/,
    );
  });

  it('says exploit is the last phase', async () => {
    await renderWithApis(
      <PhaseCard
        phase={phaseFixture({
          phase: 'exploit',
          computedPhase: 'exploit',
          next: null,
          adopterCategory: 'laggards',
        })}
      />,
      { dataMeshApi },
    );

    expect(screen.getByText(/serve the laggards/)).toBeInTheDocument();
    expect(screen.getByText(/Exploit is the last phase/)).toBeInTheDocument();
  });
});
