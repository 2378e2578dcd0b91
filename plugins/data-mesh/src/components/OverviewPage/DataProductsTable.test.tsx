import type { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { DataProductsTable } from './DataProductsTable';

function dataProduct(
  name: string,
  domain: string,
  lifecycle: string,
  type = 'source-aligned',
): Entity {
  return {
    apiVersion: 'data-mesh-portfolio.io/v1alpha1',
    kind: 'DataProduct',
    metadata: { name, namespace: 'default', description: `About ${name}` },
    spec: { owner: 'group:team', domain, lifecycle, type },
    relations: [{ type: 'partOf', targetRef: `domain:default/${domain}` }],
  };
}

// 22 order products (more than a page) and 2 finance products.
const catalogEntities: Entity[] = [
  ...Array.from({ length: 22 }, (_, index) =>
    dataProduct(`orders-${String(index).padStart(2, '0')}`, 'orders', 'active'),
  ),
  dataProduct('revenue', 'finance', 'draft', 'aggregate'),
  dataProduct('margin', 'finance', 'active', 'aggregate'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'finance', namespace: 'default', title: 'Finance' },
    spec: { owner: 'group:team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'web-shop' },
    spec: { type: 'website', lifecycle: 'production', owner: 'team' },
  },
];

function bodyRows() {
  const table = screen.getByRole('table', { name: 'Data products' });
  return within(table).getAllByRole('row').slice(1);
}

describe('DataProductsTable', () => {
  const dataMeshApi = mockDataMeshApi();

  it('pages through the data products only', async () => {
    await renderWithApis(<DataProductsTable />, {
      dataMeshApi,
      catalogEntities,
    });

    expect(await screen.findByText('1–20 of 24')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    expect(screen.queryByText('web-shop')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Previous page' }),
    ).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('21–24 of 24')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Previous page' }),
    );
    expect(await screen.findByText('1–20 of 24')).toBeInTheDocument();
  });

  it('filters by domain (named by its title), lifecycle and type', async () => {
    await renderWithApis(<DataProductsTable />, {
      dataMeshApi,
      catalogEntities,
    });
    await screen.findByText('1–20 of 24');

    await userEvent.selectOptions(
      await screen.findByLabelText('Domain'),
      await screen.findByRole('option', { name: 'Finance' }),
    );
    expect(await screen.findByText('1–2 of 2')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Lifecycle'), 'draft');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(bodyRows()[0]).toHaveTextContent('revenue');
    expect(bodyRows()[0]).toHaveTextContent('Aggregate');
    expect(bodyRows()[0]).toHaveTextContent('Draft');

    await userEvent.selectOptions(
      screen.getByLabelText('Type'),
      'source-aligned',
    );
    expect(
      await screen.findByText('No data products match these filters'),
    ).toBeInTheDocument();
  });

  it('reads the catalog with a projection, a page at a time', async () => {
    const catalogApi = catalogApiMock.mock({
      queryEntities: jest.fn(async () => ({
        items: [dataProduct('margin', 'finance', 'active')],
        totalItems: 1,
        pageInfo: {},
      })),
      getEntityFacets: jest.fn(async () => ({ facets: {} })),
    });

    await renderWithApis(<DataProductsTable />, { dataMeshApi, catalogApi });

    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    expect(catalogApi.queryEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        filter: { kind: 'DataProduct' },
        limit: 20,
        fields: expect.arrayContaining(['metadata.name', 'spec.lifecycle']),
      }),
    );
    const row = bodyRows()[0];
    expect(within(row).getByRole('link', { name: 'margin' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/margin',
    );
    // Field references are resolved with their default kind for links.
    expect(within(row).getByRole('link', { name: /finance/ })).toHaveAttribute(
      'href',
      '/catalog/default/domain/finance',
    );
  });

  it('shows an empty state without data products', async () => {
    await renderWithApis(<DataProductsTable />, {
      dataMeshApi,
      catalogEntities: [],
    });
    expect(await screen.findByText('No data products yet')).toBeInTheDocument();
  });
});
