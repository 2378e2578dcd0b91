import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CONTRACT_API,
  contractHistory,
  contractOrganisation,
} from '../../__testUtils__/contractOrganisation';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { backendError } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { ContractChangesCard } from './ContractChangesCard';

const apiEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'order-lines-contract', namespace: 'default' },
  spec: { type: 'odcs', lifecycle: 'production', owner: 'checkout' },
};

function render(
  history = contractHistory(),
  adjust: (api: ReturnType<typeof fakeDataMeshApi>) => void = () => {},
) {
  const dataMeshApi = fakeDataMeshApi(contractOrganisation, {
    contracts: { [CONTRACT_API]: history },
  });
  adjust(dataMeshApi);
  return {
    dataMeshApi,
    rendered: renderWithApis(<ContractChangesCard />, {
      dataMeshApi,
      entity: apiEntity,
    }),
  };
}

const rowOf = (table: HTMLElement, header: string) => {
  const row = within(table)
    .getAllByRole('row')
    .find(r => within(r).queryByRole('rowheader', { name: header }));
  if (!row) throw new Error(`No row ${header}`);
  return row;
};

describe('ContractChangesCard', () => {
  it('lists the versions newest first with their date, badges and changed paths', async () => {
    render();

    const table = await screen.findByRole('table', {
      name: 'Contract versions',
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map(cell => cell.textContent),
    ).toEqual(['1.2.1', '1.2.0', '1.1.0']);
    const breaking = rowOf(table, '1.2.0');
    expect(breaking.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2026-11-03T06:00:00.000Z',
    );
    expect(within(breaking).getByText('Breaking')).toBeInTheDocument();
    expect(within(breaking).getByText('Unannounced')).toBeInTheDocument();
    expect(
      within(breaking).getByText('schema.tbl.properties.rcvr_cntry_code')
        .parentElement,
    ).toHaveTextContent('Property removed (breaking)');
    expect(
      within(rowOf(table, '1.2.1')).getByText('Not breaking'),
    ).toBeInTheDocument();
    expect(
      within(rowOf(table, '1.1.0')).getByText('First version'),
    ).toBeInTheDocument();
  });

  it('says whom the newest breaking change reaches, real use cases first, with how', async () => {
    render();

    expect(
      await screen.findByText(
        'This change reaches: 3 use cases (2 real) and 1 data product',
      ),
    ).toBeInTheDocument();
    const useCases = screen.getByRole('table', { name: 'Use cases reached' });
    expect(
      within(useCases)
        .getAllByRole('rowheader')
        .map(cell => cell.textContent),
    ).toEqual(['checkout-dashboard', 'revenue-forecast', 'basket-ideas']);
    expect(rowOf(useCases, 'revenue-forecast')).toHaveTextContent(
      'Committed (real)Downstream through order-lines-daily',
    );
    expect(rowOf(useCases, 'checkout-dashboard')).toHaveTextContent(
      'Reads the port',
    );
    const products = screen.getByRole('table', {
      name: 'Data products reached',
    });
    expect(within(products).getAllByRole('rowheader')).toHaveLength(1);
  });

  it("shows another breaking version's impact on demand", async () => {
    // A second breaking version: 1.2.1 also drops tbl.rcvr_id.
    const history = contractHistory();
    const [, , third] = history;
    const tbl = (third.document.schema as any[]).find(o => o.name === 'tbl');
    tbl.properties = tbl.properties.filter((p: any) => p.name !== 'rcvr_id');
    const { dataMeshApi } = render(history);

    expect(
      await screen.findByRole('heading', {
        name: /^Impact of version 1\.2\.1/,
      }),
    ).toBeInTheDocument();
    const show = screen.getByRole('button', {
      name: 'Show impact of version 1.2.0',
    });
    show.focus();
    await userEvent.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', {
        name: /^Impact of version 1\.2\.0/,
      }),
    ).toBeInTheDocument();
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(dataMeshApi.getContractImpact).toHaveBeenLastCalledWith(
      CONTRACT_API,
      { version: 2, limit: 20, offset: 0 },
    );
  });

  it('pages through the versions with the keyboard', async () => {
    // 12 versions: 10 on the first page, 2 on the second.
    const [first] = contractHistory();
    const history = Array.from({ length: 12 }, (_, i) => ({
      seenAt: `2026-10-${String(i + 1).padStart(2, '0')}T06:00:00.000Z`,
      document: { ...first.document, version: `1.${i}.0` },
    }));
    const { dataMeshApi } = render(history);

    await screen.findByText('contract versions: 1–10 of 12');
    const next = screen.getByRole('button', {
      name: 'Next page of contract versions',
    });
    next.focus();
    await userEvent.keyboard('{Enter}');

    expect(
      await screen.findByText('contract versions: 11–12 of 12'),
    ).toBeInTheDocument();
    expect(dataMeshApi.getContractVersions).toHaveBeenLastCalledWith(
      CONTRACT_API,
      { limit: 10, offset: 10 },
    );
    expect(
      screen.getByText('No version of this contract has been breaking.'),
    ).toBeInTheDocument();
  });

  it('says when no version has been seen', async () => {
    const notFound = await ResponseError.fromResponse(
      backendError(404, 'No version'),
    );
    render(undefined, api =>
      api.getContractVersions.mockRejectedValue(notFound),
    );
    expect(await screen.findByText('No version seen yet')).toBeInTheDocument();
  });
});
