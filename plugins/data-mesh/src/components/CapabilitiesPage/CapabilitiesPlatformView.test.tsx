import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import {
  backendError,
  capabilitiesFixture,
  capabilityFixture,
  mockDataMeshApi,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { CapabilitiesPlatformView } from './CapabilitiesPlatformView';

describe('CapabilitiesPlatformView', () => {
  it('groups capabilities the way the platform team acts on them', async () => {
    const fixture = capabilitiesFixture();
    const dataMeshApi = mockDataMeshApi({
      getCapabilities: async () => ({
        ...fixture,
        items: [
          ...fixture.items,
          capabilityFixture('gpu-notebooks', {
            emergingDemand: {
              count: 1,
              useCases: ['usecase:default/demand-forecasting'],
            },
          }),
          capabilityFixture('data-catalog-search', { category: 'discovery' }),
        ],
      }),
    });

    await renderWithApis(<CapabilitiesPlatformView />, { dataMeshApi });

    const group = (name: RegExp) =>
      screen.getByRole('region', { name }) as HTMLElement;
    await screen.findByRole('heading', { name: 'Demanded (1)' });
    expect(within(group(/^Demanded \(/)).getByRole('table')).toHaveTextContent(
      'Lakehouse Storage',
    );
    expect(group(/^Demanded but not offered/)).toHaveTextContent('ml-training');
    expect(group(/^Emerging demand only/)).toHaveTextContent('gpu-notebooks');
    expect(group(/^Emerging demand only/)).toHaveTextContent(
      'demand-forecasting',
    );
    expect(group(/^No demand \(YAGNI/)).toHaveTextContent(
      'data-catalog-search',
    );
    expect(dataMeshApi.getCapabilities).toHaveBeenCalledWith(
      expect.objectContaining({ view: 'platform' }),
    );
  });

  it('says when the backend refuses the platform view', async () => {
    const forbidden = await ResponseError.fromResponse(
      backendError(403, 'Not allowed'),
    );
    await renderWithApis(<CapabilitiesPlatformView />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () => {
          throw forbidden;
        },
      }),
    });
    expect(
      await screen.findByText('The platform view is for the platform team'),
    ).toBeInTheDocument();
  });

  it('explains an empty platform', async () => {
    await renderWithApis(<CapabilitiesPlatformView />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () => capabilitiesFixture({ items: [] }),
      }),
    });
    expect(
      await screen.findByText('No platform capabilities yet'),
    ).toBeInTheDocument();
  });
});
