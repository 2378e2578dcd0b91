import { screen, within } from '@testing-library/react';
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
    // The trail runs from the first snapshot (20 %) to the second (40 %)
    // along the curve, not straight across it.
    const [first, second] = screen.getAllByTestId('history-point');
    const centre = (point: HTMLElement) =>
      `${Number(point.getAttribute('cx')).toFixed(1)},${Number(
        point.getAttribute('cy'),
      ).toFixed(1)}`;
    const trail = screen
      .getByTestId('history-trail')
      .getAttribute('points')!
      .split(' ');
    expect(trail[0]).toBe(centre(first));
    expect(trail[trail.length - 1]).toBe(centre(second));
    expect(trail.length).toBeGreaterThan(2);
    const ys = trail.map(point => Number(point.split(',')[1]));
    ys.slice(1).forEach((y, i) => expect(y).toBeLessThan(ys[i]));
  });

  it('follows the curve between snapshots and skips days without change', () => {
    const rising = historyTrail([
      { adoption: 0.2 },
      { adoption: 0.2 },
      { adoption: 0.4 },
    ]);
    expect(rising).toBe(historyTrail([{ adoption: 0.2 }, { adoption: 0.4 }]));
    // Back down again: the path returns along the same curve.
    const there = rising.split(' ');
    const back = historyTrail([{ adoption: 0.4 }, { adoption: 0.2 }]).split(
      ' ',
    );
    expect(back).toEqual([...there].reverse());
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

    // In the picture; the tables of its figures say the same apart.
    const chart = within(screen.getByRole('img'));
    for (const [label, share] of [
      ['Innovators', '2.5%'],
      ['Early adopters', '13.5%'],
      ['Early majority', '34%'],
      ['Late majority', '34%'],
      ['Laggards', '16%'],
    ]) {
      expect(chart.getByText(label)).toBeInTheDocument();
      expect(chart.getAllByText(share).length).toBeGreaterThan(0);
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

  it('gives the figures it draws in tables, for screen readers', async () => {
    await renderWithApis(
      <SCurveChart
        scopeLabel="The organisation"
        adoption={0.25}
        adopterCategory="early-majority"
        history={brightcartHistory()}
      />,
      { dataMeshApi: mockDataMeshApi() },
    );

    const rowsOf = (name: string) =>
      within(screen.getByRole('table', { name }))
        .getAllByRole('row')
        .map(row =>
          Array.from(row.querySelectorAll('th, td'), cell => cell.textContent),
        );
    expect(rowsOf('Segments of the S-curve of adoption')).toEqual([
      [
        'Segment',
        'Share of adopters',
        'Adoption from',
        'Adoption to',
        'The organisation',
      ],
      ['Innovators', '2.5%', '0%', '2.5%', ''],
      ['Early adopters', '13.5%', '2.5%', '16%', ''],
      ['Early majority', '34%', '16%', '50%', 'here now, at 25%'],
      ['Late majority', '34%', '50%', '84%', ''],
      ['Laggards', '16%', '84%', '100%', ''],
    ]);
    // The two snapshots the trail joins, with the adoption of each.
    expect(
      rowsOf('Adoption snapshots of The organisation, oldest first'),
    ).toEqual([
      ['Day', 'Adoption'],
      ['2026-09-01', '20%'],
      ['2026-10-01', '40%'],
    ]);
  });
});
