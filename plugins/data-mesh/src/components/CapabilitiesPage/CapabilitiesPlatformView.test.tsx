import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { backendError, mockDataMeshApi } from '../../__testUtils__/fixtures';
import { capability } from '../../__testUtils__/entityBuilders';
import { brightcart } from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { cellTexts, findBodyRows, pagerText } from '../../__testUtils__/tables';
import { CapabilitiesPlatformView } from './CapabilitiesPlatformView';

const names = (rows: HTMLElement[]) => rows.map(row => cellTexts(row)[0]);

describe('CapabilitiesPlatformView', () => {
  it('shows each group the server lists, with its size in the heading', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<CapabilitiesPlatformView />, { dataMeshApi });

    expect(names(await findBodyRows('Demanded (3)', 3))).toEqual([
      'Lakehouse Storage',
      'BI Dashboards',
      'Stream Processing',
    ]);
    expect(
      names(await findBodyRows('Demanded but not offered (1)', 1)),
    ).toEqual(['ml-training (not in the catalog)']);
    const [emerging] = await findBodyRows('Emerging demand only (1)', 1);
    expect(cellTexts(emerging).slice(0, 4)).toEqual([
      'GPU Notebooks',
      'Beta',
      'Processing',
      '1',
    ]);
    expect(
      within(emerging).getByRole('link', { name: /demand-forecasting/ }),
    ).toHaveAttribute('href', '/catalog/default/usecase/demand-forecasting');
    expect(
      names(await findBodyRows('No demand (YAGNI candidates) (1)', 1)),
    ).toEqual(['Data Catalog Search']);
    for (const group of [
      'demanded',
      'not-offered',
      'emerging-only',
      'no-demand',
    ]) {
      expect(dataMeshApi.getCapabilities).toHaveBeenCalledWith({
        view: 'platform',
        group,
        limit: 20,
        offset: 0,
      });
    }
  });

  it('pages through one group without touching the others', async () => {
    const unused = Array.from({ length: 25 }, (_, i) =>
      capability(`unused-${String(i + 1).padStart(2, '0')}`, 'planned'),
    );
    const dataMeshApi = fakeDataMeshApi([...brightcart, ...unused]);
    await renderWithApis(<CapabilitiesPlatformView />, { dataMeshApi });

    const group = 'No demand (YAGNI candidates) (26)';
    await findBodyRows(group, 20);
    const region = screen.getByRole('region', { name: group });
    expect(pagerText(region)).toBe('1-20 of 26');
    const calls = dataMeshApi.getCapabilities.mock.calls.length;

    await userEvent.click(
      within(region).getByRole('button', { name: 'Next Page' }),
    );

    const second = await findBodyRows(group, 6);
    expect(names(second)).toEqual([
      'unused-20',
      'unused-21',
      'unused-22',
      'unused-23',
      'unused-24',
      'unused-25',
    ]);
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledTimes(calls + 1);
    expect(dataMeshApi.getCapabilities).toHaveBeenLastCalledWith({
      view: 'platform',
      group: 'no-demand',
      limit: 20,
      offset: 20,
    });
    expect(await findBodyRows('Demanded (3)', 3)).toHaveLength(3);
  });

  it('sends the filters with every group', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<CapabilitiesPlatformView />, { dataMeshApi });
    await findBodyRows('Demanded (3)', 3);

    await userEvent.selectOptions(
      screen.getByLabelText('Category'),
      'processing',
    );

    expect(names(await findBodyRows('Demanded (1)', 1))).toEqual([
      'Stream Processing',
    ]);
    expect(names(await findBodyRows('Emerging demand only (1)', 1))).toEqual([
      'GPU Notebooks',
    ]);
    const empty = screen.getByRole('region', {
      name: 'Demanded but not offered (0)',
    });
    expect(within(empty).getByText('None.')).toBeInTheDocument();
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledWith({
      view: 'platform',
      group: 'not-offered',
      category: 'processing',
      limit: 20,
      offset: 0,
    });
  });

  it('says when the backend refuses the platform view', async () => {
    const forbidden = await ResponseError.fromResponse(
      backendError(403, 'Not allowed'),
    );
    const dataMeshApi = mockDataMeshApi({
      getCapabilities: async () => {
        throw forbidden;
      },
    });
    await renderWithApis(<CapabilitiesPlatformView />, { dataMeshApi });
    expect(
      await screen.findByText('The platform view is for the platform team'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Demanded/ })).toBeNull();
  });

  it('explains an empty platform', async () => {
    const dataMeshApi = fakeDataMeshApi([]);
    await renderWithApis(<CapabilitiesPlatformView />, { dataMeshApi });
    expect(
      await screen.findByText('No platform capabilities yet'),
    ).toBeInTheDocument();
    // Instead of four empty groups, not besides them.
    expect(screen.queryByRole('heading', { name: /^Demanded/ })).toBeNull();
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledTimes(4);
  });
});
