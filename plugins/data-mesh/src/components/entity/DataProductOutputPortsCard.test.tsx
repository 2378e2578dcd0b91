import type { Entity } from '@backstage/catalog-model';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { odcsExampleText } from '../../__testUtils__/odcsExamples';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { DataProductOutputPortsCard } from './DataProductOutputPortsCard';

function api(name: string, type: string, definition: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name, namespace: 'retail' },
    spec: {
      type,
      lifecycle: 'production',
      owner: 'group:retail/checkout',
      definition,
    },
  };
}

const contractApi = api(
  'order-lines-contract',
  'odcs',
  odcsExampleText('all/full-example.odcs.yaml'),
);
const openApi = api('orders-openapi', 'openapi', 'openapi: 3.0.0\n');
const brokenApi = api('broken-contract', 'odcs', 'schema: [\n');

// In namespace retail: its ports' contract refs resolve there.
const product: Entity = {
  apiVersion: 'data-mesh-portfolio.io/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'order-history', namespace: 'retail' },
  spec: {
    owner: 'group:retail/checkout',
    domain: 'orders',
    type: 'source-aligned',
    lifecycle: 'active',
    outputPorts: [
      {
        name: 'lines',
        type: 'table',
        contract: {
          api: 'order-lines-contract',
          ref: 'https://contracts.example/order-lines.odcs.yaml',
          standard: 'odcs',
        },
      },
      { name: 'gone', type: 'table', contract: { api: 'missing-contract' } },
      { name: 'rest', type: 'api', contract: { api: 'api:orders-openapi' } },
      { name: 'broken', type: 'table', contract: { api: 'broken-contract' } },
      { name: 'bare', type: 'file' },
    ],
  },
};

function contractCellOf(port: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Output ports' });
  const row = within(table)
    .getAllByRole('row')
    .find(candidate => candidate.firstElementChild?.textContent === port);
  if (!row) throw new Error(`No row for port ${port}`);
  return within(row).getAllByRole('cell')[2];
}

describe('DataProductOutputPortsCard contracts', () => {
  it("shows each contract API's version and status, and why one has none", async () => {
    await renderWithApis(<DataProductOutputPortsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: product,
      catalogEntities: [contractApi, openApi, brokenApi],
    });

    const lines = contractCellOf('lines');
    expect(
      await within(lines).findByText('Version 1.1.0, Active'),
    ).toBeInTheDocument();
    expect(
      within(lines).getByRole('link', { name: /order-lines-contract/ }),
    ).toHaveAttribute('href', '/catalog/retail/api/order-lines-contract');
    // The contract's history and impact are on the API's own page.
    expect(
      within(lines).getByRole('link', {
        name: 'Changes and impact of the contract of port lines',
      }),
    ).toHaveAttribute('href', '/catalog/retail/api/order-lines-contract');
    // The older link stays as it was.
    expect(
      within(lines).getByRole('link', { name: /^Contract/ }),
    ).toHaveAttribute(
      'href',
      'https://contracts.example/order-lines.odcs.yaml',
    );

    const gone = contractCellOf('gone');
    expect(gone).toHaveTextContent(
      'retail/missing-contract (not in the catalog)',
    );
    expect(within(gone).queryByRole('link')).toBeNull();
    expect(within(gone).queryByRole('button')).toBeNull();

    expect(contractCellOf('rest')).toHaveTextContent(
      'An API of type openapi, not an ODCS data contract',
    );
    expect(contractCellOf('broken')).toHaveTextContent(
      /The contract cannot be read\. The contract is not valid YAML or JSON: .*line 2/,
    );
    expect(contractCellOf('bare')).toHaveTextContent('None');
  });

  it('opens the whole contract in a dialog and gives the focus back on Escape', async () => {
    await renderWithApis(<DataProductOutputPortsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: product,
      catalogEntities: [contractApi],
    });

    const button = await screen.findByRole('button', {
      name: 'Show contract of port lines',
    });
    button.focus();
    await userEvent.keyboard('{Enter}');

    const dialog = screen.getByRole('dialog', {
      name: 'Contract of port lines',
    });
    const receivers = within(dialog).getByRole('table', {
      name: 'Properties of receivers',
    });
    const id = within(receivers)
      .getByRole('rowheader', { name: 'id' })
      .closest('tr')!;
    expect(
      within(id)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'string',
      'Yes',
      'Yes (position 1)',
      'restricted',
      'Unique identifier for receiver',
    ]);
    expect(
      within(dialog).getByRole('table', { name: 'Servers' }),
    ).toHaveTextContent('my-postgres');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it("lets the keyboard reach and scroll the dialog's content", async () => {
    await renderWithApis(<DataProductOutputPortsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: product,
      catalogEntities: [contractApi],
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Show contract of port lines',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Contract of port lines',
    });
    // The content scrolls within the dialog; a contract without paged
    // tables holds no control, so the content itself must take the focus
    // for the arrow keys to scroll it (axe: scrollable-region-focusable).
    const content = within(dialog).getByRole('region', {
      name: 'Contract of port lines',
    });
    expect(content).toHaveAttribute('tabindex', '0');
    expect(
      within(content).getByRole('table', { name: 'Properties of receivers' }),
    ).toBeInTheDocument();
  });

  it('says when the catalog could not be asked, and still shows the reference', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntitiesByRefs: jest.fn().mockRejectedValue(new Error('catalog down')),
    });
    await renderWithApis(<DataProductOutputPortsCard />, {
      dataMeshApi: mockDataMeshApi(),
      entity: product,
      catalogApi,
    });
    const lines = contractCellOf('lines');
    expect(
      await within(lines).findByText(
        'The contract could not be loaded: catalog down',
      ),
    ).toBeInTheDocument();
    expect(lines).toHaveTextContent('api:retail/order-lines-contract');
    expect(catalogApi.getEntitiesByRefs).toHaveBeenCalledWith({
      entityRefs: [
        'api:retail/broken-contract',
        'api:retail/missing-contract',
        'api:retail/order-lines-contract',
        'api:retail/orders-openapi',
      ],
      fields: expect.arrayContaining(['spec.type', 'spec.definition']),
    });
  });
});
