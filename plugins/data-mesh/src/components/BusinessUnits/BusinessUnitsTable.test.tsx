import { screen, within } from '@testing-library/react';
import type { AdoptionSparklinePoint } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { withDeclaredPhase } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { brightcart } from '../../__testUtils__/organisation';
import { homeward } from '../../__testUtils__/insightOrganisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { cellTexts, findBodyRows } from '../../__testUtils__/tables';
import { BusinessUnitsTable } from './BusinessUnitsTable';

const point = (
  date: string,
  adoption: number,
  example = false,
): AdoptionSparklinePoint => ({ date, adoption, example });

describe('BusinessUnitsTable', () => {
  it('shows each top-level unit with phase, adoption, category and a sparkline', async () => {
    const dataMeshApi = fakeDataMeshApi(homeward, {
      unitHistories: {
        // Logistics: warehouse adopted on 1 October, 30 days before now.
        'group:default/logistics': [
          point('2026-09-01', 0),
          point('2026-10-01', 0.5),
          point('2026-10-31', 0.5),
        ],
        'group:default/retail': [point('2026-10-31', 1, true)],
      },
    });
    await renderWithApis(<BusinessUnitsTable />, { dataMeshApi });

    const [logistics, retail] = await findBodyRows('Business units', 2);
    // By title; the teams below them are units too, but not top-level.
    expect(cellTexts(logistics).slice(0, 5)).toEqual([
      'Logistics',
      'Bootstrap',
      'Computed',
      '50%',
      'Late majority',
    ]);
    expect(cellTexts(retail).slice(0, 5)).toEqual([
      'Retail',
      'Scale',
      'Computed',
      '100%',
      'Laggards',
    ]);
    expect(
      within(logistics).getByRole('link', { name: 'Logistics' }),
    ).toHaveAttribute('href', '/catalog/default/group/logistics');
    // 0 %, 50 %, 50 % over 60 days: x from 2 to 118, y from 26 up to 14.
    expect(within(logistics).getByTestId('sparkline')).toHaveAttribute(
      'points',
      '2,26 60,14 118,14',
    );
    expect(
      within(logistics).getByRole('img', {
        name: 'From 0% on 2026-09-01 to 50% on 2026-10-31',
      }),
    ).toBeInTheDocument();
    expect(within(logistics).queryByTestId('example-data')).toBeNull();
    expect(within(retail).getByTestId('example-data')).toHaveTextContent(
      'example data',
    );
    expect(dataMeshApi.getBusinessUnits).toHaveBeenCalledWith({
      limit: 20,
      offset: 0,
    });
  });

  it("shows a unit's declared phase beside the computed one, with the reason on hover", async () => {
    const declaring = homeward.map(entity =>
      entity.kind === 'Group' && entity.metadata.name === 'logistics'
        ? withDeclaredPhase(entity, {
            phase: 'scale',
            reason: 'Agreed at the review',
          })
        : entity,
    );
    await renderWithApis(<BusinessUnitsTable />, {
      dataMeshApi: fakeDataMeshApi(declaring),
    });

    const [logistics, retail] = await findBodyRows('Business units', 2);
    expect(cellTexts(logistics).slice(0, 3)).toEqual([
      'Logistics',
      'Scale',
      'Declared Scale, computed Bootstrap',
    ]);
    expect(
      within(logistics).getByText('Declared Scale, computed Bootstrap'),
    ).toHaveAttribute('title', 'Agreed at the review');
    expect(cellTexts(retail)[2]).toBe('Computed');
  });

  it('says what a business unit is when there is none', async () => {
    // Without domains, no group is a business unit.
    await renderWithApis(<BusinessUnitsTable />, {
      dataMeshApi: fakeDataMeshApi(brightcart.filter(e => e.kind !== 'Domain')),
    });

    expect(
      await screen.findByText('No business units yet'),
    ).toBeInTheDocument();
  });
});
