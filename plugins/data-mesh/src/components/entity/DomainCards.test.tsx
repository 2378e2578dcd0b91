import { screen, within } from '@testing-library/react';
import {
  brightcartHistory,
  fakeDataMeshApi,
} from '../../__testUtils__/fakeDataMeshApi';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { entityNamed } from '../../__testUtils__/entityBuilders';
import { brightcart } from '../../__testUtils__/organisation';
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
    const dataMeshApi = fakeDataMeshApi(brightcart);

    await renderWithApis(<DomainPhaseCard />, {
      dataMeshApi,
      entity: entityNamed(brightcart, 'fulfilment'),
    });

    expect(await screen.findByTestId('declared-phase')).toHaveTextContent(
      'Declared: Scale · computed from the catalog: Bootstrap',
    );
    expect(dataMeshApi.getPhase).toHaveBeenCalledWith({
      scope: 'domain:default/fulfilment',
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
      dataMeshApi: fakeDataMeshApi(brightcart, {
        history: brightcartHistory(),
      }),
      entity: ordersDomainEntity,
      catalogEntities: [ordersEventsEntity],
    });

    expect(
      await screen.findByRole('img', {
        name: /^Orders is at 100% adoption, in the laggards segment/,
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Order Events')).toBeInTheDocument();
  });
});
