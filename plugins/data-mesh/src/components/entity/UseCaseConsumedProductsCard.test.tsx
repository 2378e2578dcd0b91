import { screen, within } from '@testing-library/react';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { dataProductEntity, usecase } from '../../__testUtils__/entities';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { UseCaseConsumedProductsCard } from './UseCaseConsumedProductsCard';

describe('UseCaseConsumedProductsCard', () => {
  it('lists consumed products with their port and hints at missing ones', async () => {
    await renderWithApis(<UseCaseConsumedProductsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: usecase,
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
    expect(within(items[1]).queryByRole('link')).toBeNull();
  });
});
