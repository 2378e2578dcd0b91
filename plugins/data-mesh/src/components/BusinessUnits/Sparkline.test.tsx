import { screen } from '@testing-library/react';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { Sparkline, sparklinePoints } from './Sparkline';

describe('Sparkline', () => {
  const box = { width: 120, height: 28, padding: 2 };

  it('places points by date and by adoption on a fixed 0–100 % scale', () => {
    // 0 % on day 0, 50 % on day 30, 50 % on day 60: x spans 2..118, y
    // runs from 26 (0 %) up to 2 (100 %).
    expect(
      sparklinePoints(
        [
          { date: '2026-09-01', adoption: 0 },
          { date: '2026-10-01', adoption: 0.5 },
          { date: '2026-10-31', adoption: 0.5 },
        ],
        box,
      ),
    ).toBe('2,26 60,14 118,14');
  });

  it('takes points oldest first and skips unreadable ones', () => {
    expect(
      sparklinePoints(
        [
          { date: '2026-10-31', adoption: 1 },
          { date: 'not a day', adoption: 0.3 },
          { date: '2026-09-01', adoption: 0.25 },
        ],
        box,
      ),
    ).toBe('2,20 118,2');
  });

  it('puts a single point in the middle, and draws nothing without history', () => {
    expect(sparklinePoints([{ date: '2026-09-01', adoption: 1 }], box)).toBe(
      '60,2',
    );
    expect(sparklinePoints([], box)).toBe('');
  });

  it('is an image named by its trend', async () => {
    await renderWithApis(
      <Sparkline
        history={[
          { date: '2026-09-01', adoption: 0.25 },
          { date: '2026-10-31', adoption: 0.5 },
        ]}
      />,
      { dataMeshApi: mockDataMeshApi() },
    );

    expect(
      screen.getByRole('img', {
        name: 'From 25% on 2026-09-01 to 50% on 2026-10-31',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('sparkline')).toHaveAttribute(
      'points',
      '2,20 118,14',
    );
  });

  it("is described by every day's figure, oldest first", async () => {
    await renderWithApis(
      <Sparkline
        history={[
          { date: '2026-09-01T00:00:00.000Z', adoption: 0.25 },
          { date: '2026-09-02T00:00:00.000Z', adoption: 0.3333 },
          { date: '2026-09-03T00:00:00.000Z', adoption: 0.5 },
        ]}
      />,
      { dataMeshApi: mockDataMeshApi() },
    );

    expect(
      screen.getByRole('img', {
        name: 'From 25% on 2026-09-01 to 50% on 2026-09-03',
      }),
    ).toHaveAccessibleDescription(
      'Adoption by day: 2026-09-01 25%, 2026-09-02 33.3%, 2026-09-03 50%.',
    );
  });
});
