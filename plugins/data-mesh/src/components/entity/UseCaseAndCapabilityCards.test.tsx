import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import {
  backendError,
  capabilitiesFixture,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import {
  capabilityEntity,
  dataProductEntity,
  useCaseEntity,
} from '../../__testUtils__/entities';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { CapabilityDemandCard } from './CapabilityDemandCard';
import { EntityCapabilityNeedsCard } from './EntityCapabilityNeedsCard';
import { UseCaseConsumedProductsCard } from './UseCaseConsumedProductsCard';

describe('EntityCapabilityNeedsCard', () => {
  it('shows needed capabilities, how they are needed and the gaps', async () => {
    const dataMeshApi = mockDataMeshApi({
      getEntityCapabilities: async () => ({
        entityRef: 'usecase:default/checkout-conversion-dashboard',
        needs: [
          {
            ref: 'platformcapability:default/bi-dashboards',
            title: 'BI Dashboards',
            status: 'available',
            available: true,
            via: ['direct'],
          },
          {
            ref: 'platformcapability:default/lakehouse-storage',
            title: 'Lakehouse Storage',
            status: 'building',
            available: false,
            via: ['dataproduct:default/order-history'],
          },
          {
            ref: 'platformcapability:default/ml-training',
            title: 'ml-training',
            status: 'not-offered',
            available: false,
            via: ['direct', 'dataproduct:default/order-history'],
          },
        ],
      }),
    });

    await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi,
      entity: useCaseEntity,
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not available yet: Lakehouse Storage (Building), ml-training (Not offered).',
    );
    const rows = within(
      screen.getByRole('table', { name: 'Platform capabilities needed' }),
    )
      .getAllByRole('row')
      .slice(1);
    expect(rows[0]).toHaveTextContent('Directly');
    expect(rows[0]).toHaveTextContent('Yes');
    expect(rows[1]).toHaveTextContent(/Via\s*order-history/);
    expect(rows[1]).toHaveTextContent('Not yet');
    expect(rows[2]).toHaveTextContent(/Directly and via\s*order-history/);
    expect(rows[2]).toHaveTextContent('ml-training (not in the catalog)');
    expect(dataMeshApi.getEntityCapabilities).toHaveBeenCalledWith(
      'usecase:default/checkout-conversion-dashboard',
    );
  });

  it('shows loading, empty and error states', async () => {
    const first = await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: mockDataMeshApi({ getEntityCapabilities: () => pending() }),
      entity: dataProductEntity,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    first.unmount();

    const second = await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: mockDataMeshApi({
        getEntityCapabilities: async () => ({ entityRef: 'x', needs: [] }),
      }),
      entity: dataProductEntity,
    });
    expect(
      await screen.findByText('No platform capabilities needed'),
    ).toBeInTheDocument();
    second.unmount();

    const failure = await ResponseError.fromResponse(
      backendError(500, 'Needs unavailable'),
    );
    await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: mockDataMeshApi({
        getEntityCapabilities: async () => {
          throw failure;
        },
      }),
      entity: dataProductEntity,
    });
    expect(
      (await screen.findAllByText(/Needs unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});

describe('UseCaseConsumedProductsCard', () => {
  it('lists consumed products with their port and hints at missing ones', async () => {
    await renderWithApis(<UseCaseConsumedProductsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: useCaseEntity,
      catalogEntities: [dataProductEntity],
    });

    const list = screen.getByRole('list', { name: 'Consumed data products' });
    const items = within(list).getAllByRole('listitem');
    expect(
      within(items[0]).getByRole('link', { name: /order-history/ }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/order-history');
    expect(items[0]).toHaveTextContent('(port order-lines)');
    expect(
      await within(items[1]).findByText('(not in the catalog)'),
    ).toBeInTheDocument();
  });
});

describe('CapabilityDemandCard', () => {
  it('shows who needs the capability and through what', async () => {
    await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () => capabilitiesFixture(),
      }),
      entity: capabilityEntity,
    });

    expect(
      await screen.findByText('Needed by 2 real use cases'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/delivery-sla-monitoring/).closest('li'),
    ).toHaveTextContent(/— via\s*shipments/);
    expect(screen.getByText('Data analyst, Business user')).toBeInTheDocument();
    expect(
      screen.getByText('Highest use-case value: High'),
    ).toBeInTheDocument();
  });

  it('falls back to declared requirers without real demand', async () => {
    await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi: mockDataMeshApi({
        getCapabilities: async () => capabilitiesFixture({ items: [] }),
      }),
      entity: capabilityEntity,
    });

    expect(
      await screen.findByText(
        'No committed or live use case needs this capability yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Declared as required by (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /order-history/ }),
    ).toBeInTheDocument();
  });
});
