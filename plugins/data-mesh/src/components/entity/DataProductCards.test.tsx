import { screen, within } from '@testing-library/react';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import {
  dataProductEntity,
  ordersEventsEntity,
} from '../../__testUtils__/entities';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { DataProductConsumersCard } from './DataProductConsumersCard';
import { DataProductInputPortsCard } from './DataProductInputPortsCard';
import { DataProductOutputPortsCard } from './DataProductOutputPortsCard';

const dataMeshApi = mockDataMeshApi();

function rowOf(tableName: string, text: string): HTMLElement {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table)
    .getAllByRole('row')
    .find(candidate => candidate.textContent?.includes(text));
  if (!row) {
    throw new Error(`No row with ${text}`);
  }
  return row;
}

describe('DataProductInputPortsCard', () => {
  it('links upstream products, hints at dangling ones and names external sources', async () => {
    await renderWithApis(<DataProductInputPortsCard />, {
      dataMeshApi,
      entity: dataProductEntity,
      catalogEntities: [ordersEventsEntity],
    });

    const upstream = rowOf('Input ports', 'events');
    expect(
      within(upstream).getByRole('link', { name: /orders-events/ }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/orders-events');
    expect(upstream).toHaveTextContent('(port order-events)');

    const dangling = rowOf('Input ports', 'legacy');
    expect(
      await within(dangling).findByText('(not in the catalog)'),
    ).toBeInTheDocument();
    expect(within(dangling).queryByRole('link')).toBeNull();

    expect(rowOf('Input ports', 'erp')).toHaveTextContent(
      'External: ERP nightly export',
    );
  });

  it('explains a product without input ports', async () => {
    await renderWithApis(<DataProductInputPortsCard />, {
      dataMeshApi,
      entity: {
        ...dataProductEntity,
        spec: { ...dataProductEntity.spec, inputPorts: [] },
      },
    });
    expect(screen.getByText('No input ports')).toBeInTheDocument();
  });
});

describe('DataProductOutputPortsCard', () => {
  it('shows each port and links only http(s) contracts', async () => {
    await renderWithApis(<DataProductOutputPortsCard />, {
      dataMeshApi,
      entity: dataProductEntity,
    });

    const lines = rowOf('Output ports', 'order-lines');
    expect(
      within(lines).getByRole('link', { name: /Contract/ }),
    ).toHaveAttribute(
      'href',
      'https://contracts.example/orders/order-lines.odcs.yaml',
    );
    expect(lines).toHaveTextContent('Table');
    expect(lines).toHaveTextContent('(ODCS)');
    expect(lines).toHaveTextContent('No PII');
    expect(lines).toHaveTextContent('Internal');
    expect(lines).toHaveTextContent('Freshness 1hAvailability 99.5%');

    const hostile = rowOf('Output ports', 'orders-daily');
    expect(within(hostile).queryByRole('link')).toBeNull();
    // The hostile value is shown as inert text, never as a link.
    // eslint-disable-next-line no-script-url
    expect(hostile).toHaveTextContent('javascript:alert(1)');
    expect(hostile).toHaveTextContent('Not classifiedContains PII');
    expect(hostile).toHaveTextContent('Not stated');

    const relative = rowOf('Output ports', 'orders-relative');
    expect(within(relative).queryByRole('link')).toBeNull();
    expect(relative).toHaveTextContent('contracts/orders.odcs.yaml');
  });
});

describe('DataProductConsumersCard', () => {
  it('lists consuming use cases and downstream products from relations', async () => {
    await renderWithApis(<DataProductConsumersCard />, {
      dataMeshApi,
      entity: dataProductEntity,
    });

    expect(screen.getByText('Use cases (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /checkout-conversion-dashboard/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/usecase/checkout-conversion-dashboard',
    );
    expect(
      screen.getByText('Downstream data products (1)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /revenue/ })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/revenue',
    );
  });

  it('explains a product nobody consumes yet', async () => {
    await renderWithApis(<DataProductConsumersCard />, {
      dataMeshApi,
      entity: { ...dataProductEntity, relations: [] },
    });
    expect(screen.getByText('No consumers yet')).toBeInTheDocument();
  });
});
