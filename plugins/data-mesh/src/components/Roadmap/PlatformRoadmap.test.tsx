import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  capability,
  usecase,
  without,
} from '../../__testUtils__/entityBuilders';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { backendError } from '../../__testUtils__/fixtures';
import { homeward } from '../../__testUtils__/insightOrganisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { cellTexts, findBodyRows } from '../../__testUtils__/tables';
import { PlatformRoadmap } from './PlatformRoadmap';

const lines = (element: HTMLElement) =>
  within(element)
    .queryAllByTestId('roadmap-use-case')
    .map(line => line.textContent?.replace(/\s+/g, ' ').trim());

describe('PlatformRoadmap', () => {
  it('lists capabilities in the order of the value they fully unblock', async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    await renderWithApis(<PlatformRoadmap />, { dataMeshApi });

    const rows = await findBodyRows('Roadmap', 3);
    // Not by title: ml-training fully unblocks a high-value use case,
    // Feature Store only partly unblocks one, GPU Notebooks nothing real.
    expect(rows.map(row => cellTexts(row).slice(0, 2))).toEqual([
      ['1', 'ml-training (not offered)'],
      ['2', 'Feature Store (planned)'],
      ['3', 'GPU Notebooks (beta)'],
    ]);
    expect(
      screen.getByRole('heading', { name: 'Roadmap: what to build next (3)' }),
    ).toBeInTheDocument();
  });

  it('shows what each capability fully and partly unblocks', async () => {
    await renderWithApis(<PlatformRoadmap />, {
      dataMeshApi: fakeDataMeshApi(homeward),
    });

    const [mlTraining, featureStore, gpuNotebooks] = await findBodyRows(
      'Roadmap',
      3,
    );
    const [fully, partly] = within(mlTraining).getAllByRole('cell').slice(2);
    expect(lines(fully)).toEqual(['Churn Prediction Committed · high value']);
    expect(lines(partly)).toEqual([
      'Customer Segmentation Committed · medium value, also lacks 1 other capability',
    ]);
    expect(cellTexts(featureStore)[2]).toBe('None');
    expect(lines(featureStore)).toEqual([
      'Customer Segmentation Committed · medium value, also lacks 1 other capability',
    ]);
    expect(cellTexts(gpuNotebooks).slice(2)).toEqual(['None', 'None']);
    expect(
      within(fully).getByRole('link', { name: 'Churn Prediction' }),
    ).toHaveAttribute('href', '/catalog/default/usecase/churn-prediction');
  });

  it('lists deprecated capabilities still needed, with who needs them', async () => {
    await renderWithApis(<PlatformRoadmap />, {
      dataMeshApi: fakeDataMeshApi(homeward),
    });

    const [legacyEtl] = await findBodyRows('Deprecated but still needed', 1);
    const cells = within(legacyEtl).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Legacy ETL (deprecated)');
    expect(lines(cells[1])).toEqual(['Stock Alerts Committed · high value']);
    expect(within(cells[2]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/domain/warehouse',
    );
    expect(cells[3]).toHaveTextContent('Business user');
    // Stock Alerts lacks only Legacy ETL: it is in no roadmap entry.
    const roadmap = screen.getByRole('region', { name: 'Roadmap' });
    await findBodyRows('Roadmap', 3);
    expect(
      within(roadmap).queryByRole('link', { name: 'Stock Alerts' }),
    ).toBeNull();
  });

  it('opens every use case a capability would fully unblock beyond the first five', async () => {
    // Seven committed, high-value use cases lack only GPU Notebooks.
    const dataMeshApi = fakeDataMeshApi([
      ...homeward,
      ...[1, 2, 3, 4, 5, 6, 7].map(n =>
        usecase(`model-${n}`, {
          status: 'committed',
          caps: ['gpu-notebooks'],
          value: 'high',
        }),
      ),
    ]);
    await renderWithApis(<PlatformRoadmap />, { dataMeshApi });

    const [gpuNotebooks] = await findBodyRows('Roadmap', 3);
    expect(cellTexts(gpuNotebooks)[1]).toBe('GPU Notebooks (beta)');
    expect(lines(gpuNotebooks)).toHaveLength(5);
    expect(gpuNotebooks).toHaveTextContent('and 2 more');
    await userEvent.click(
      within(gpuNotebooks).getByRole('button', {
        name: 'Show all 7: Fully unblocked by GPU Notebooks',
      }),
    );

    const rows = await findBodyRows('Fully unblocked by GPU Notebooks', 7);
    expect(rows.map(row => cellTexts(row)[0])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map(n => `model-${n} Committed`),
    );
    expect(dataMeshApi.getRoadmapUseCases).toHaveBeenCalledWith(
      'platformcapability:default/gpu-notebooks',
      { unblocks: 'fully', limit: 20, offset: 0 },
    );
  });

  it('says so when nothing is missing and nothing deprecated is needed', async () => {
    await renderWithApis(<PlatformRoadmap />, {
      dataMeshApi: fakeDataMeshApi([
        ...without(homeward, [
          'churn-prediction',
          'customer-segmentation',
          'stock-alerts',
          'feature-store',
          'gpu-notebooks',
          'route-optimisation',
        ]),
        capability('gpu-notebooks', 'available'),
      ]),
    });

    expect(
      await screen.findByText(
        'Every capability real use cases need is available.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No real use case needs a deprecated capability.',
      ),
    ).toBeInTheDocument();
  });

  it('shows why there is no roadmap', async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    const refused = await ResponseError.fromResponse(
      backendError(403, 'Not allowed here'),
    );
    dataMeshApi.getRoadmap.mockRejectedValue(refused);
    await renderWithApis(<PlatformRoadmap />, { dataMeshApi });

    expect(
      (await screen.findAllByText(/Not allowed here/)).length,
    ).toBeGreaterThan(0);
  });
});
