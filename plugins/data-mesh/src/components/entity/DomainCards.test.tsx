import { screen, within } from '@testing-library/react';
import {
  historyFixture,
  mockDataMeshApi,
  phaseFixture,
} from '../../__testUtils__/fixtures';
import {
  dataProductEntity,
  ordersDomainEntity,
  ordersEventsEntity,
} from '../../__testUtils__/entities';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { DomainDataMeshContent } from './DomainDataMeshContent';
import { DomainDataProductsCard } from './DomainDataProductsCard';
import { DomainPhaseCard } from './DomainPhaseCard';

describe('DomainPhaseCard', () => {
  it('assesses the domain being viewed', async () => {
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () =>
        phaseFixture({
          scope: 'domain:default/orders',
          declared: { phase: 'scale', reason: null },
          phase: 'scale',
        }),
    });

    await renderWithApis(<DomainPhaseCard />, {
      dataMeshApi,
      entity: ordersDomainEntity,
    });

    expect(await screen.findByTestId('declared-phase')).toHaveTextContent(
      'Declared: Scale',
    );
    expect(dataMeshApi.getPhase).toHaveBeenCalledWith({
      scope: 'domain:default/orders',
    });
  });
});

describe('DomainDataProductsCard', () => {
  it("lists the domain's data products from the catalog", async () => {
    await renderWithApis(<DomainDataProductsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: ordersDomainEntity,
      // order-history has no partOf relation to orders in this fixture.
      catalogEntities: [ordersEventsEntity, dataProductEntity],
    });

    const table = await screen.findByRole('table', {
      name: 'Data products of this domain',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Order Events');
    expect(rows[0]).toHaveTextContent('Active');
  });

  it('explains a domain without data products', async () => {
    await renderWithApis(<DomainDataProductsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: ordersDomainEntity,
    });
    expect(
      await screen.findByText('No data products in this domain yet'),
    ).toBeInTheDocument();
  });
});

describe('DomainDataMeshContent', () => {
  it('shows phase, S-curve and data products of the domain', async () => {
    await renderWithApis(<DomainDataMeshContent />, {
      dataMeshApi: mockDataMeshApi({
        getPhase: async () => phaseFixture({ scope: 'domain:default/orders' }),
        getPhaseHistory: async () => historyFixture,
      }),
      entity: ordersDomainEntity,
      catalogEntities: [ordersEventsEntity],
    });

    expect(
      await screen.findByRole('img', { name: /^Orders is at 41.7% adoption/ }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Order Events')).toBeInTheDocument();
  });
});
