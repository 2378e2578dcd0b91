import { screen } from '@testing-library/react';
import { brightcartHistory } from '../../__testUtils__/fakeDataMeshApi';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  SCurveChart,
  describeAdoptionPosition,
  historyTrail,
} from './SCurveChart';

describe('SCurveChart', () => {
  it('is an image described by where the scope stands', async () => {
    await renderWithApis(
      <SCurveChart
        scopeLabel="The organisation"
        adoption={0.25}
        adopterCategory="early-majority"
        history={brightcartHistory()}
      />,
      { dataMeshApi: mockDataMeshApi() },
    );

    expect(
      screen.getByRole('img', {
        name: 'The organisation is at 25% adoption, in the early majority segment of the S-curve of adoption. 2 snapshots from 2026-09-01 (20%) to 2026-10-01 (40%).',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('history-point')).toHaveLength(2);
    // The snapshots joined oldest first, each where its adoption sits on
    // the curve: 20 % then 40 %.
    const [first, second] = screen.getAllByTestId('history-point');
    expect(screen.getByTestId('history-trail')).toHaveAttribute(
      'points',
      [first, second]
        .map(
          point =>
            `${Number(point.getAttribute('cx')).toFixed(1)},${Number(
              point.getAttribute('cy'),
            ).toFixed(1)}`,
        )
        .join(' '),
    );
    expect(Number(second.getAttribute('cx'))).toBeGreaterThan(
      Number(first.getAttribute('cx')),
    );
    expect(Number(second.getAttribute('cy'))).toBeLessThan(
      Number(first.getAttribute('cy')),
    );
    expect(screen.getByTestId('current-position')).toBeInTheDocument();
    expect(screen.getByText('Now: 25%')).toBeInTheDocument();
  });

  it("draws Rogers' five segments with their shares", async () => {
    await renderWithApis(
      <SCurveChart
        scopeLabel="Orders"
        adoption={0}
        adopterCategory="innovators"
      />,
      { dataMeshApi: mockDataMeshApi() },
    );

    for (const [label, share] of [
      ['Innovators', '2.5%'],
      ['Early adopters', '13.5%'],
      ['Early majority', '34%'],
      ['Late majority', '34%'],
      ['Laggards', '16%'],
    ]) {
      expect(screen.getByText(label)).toBeInTheDocument();
      expect(screen.getAllByText(share).length).toBeGreaterThan(0);
    }
  });

  it('draws no trail from a single snapshot', () => {
    expect(historyTrail([{ adoption: 0.2 }])).toBe('');
    expect(historyTrail([])).toBe('');
  });

  it('says when there is no history yet', () => {
    expect(
      describeAdoptionPosition({
        scopeLabel: 'Orders',
        adoption: 1,
        adopterCategory: 'laggards',
      }),
    ).toBe(
      'Orders is at 100% adoption, in the laggards segment of the S-curve of adoption. No earlier snapshots yet.',
    );
  });
});
