import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import {
  CONTRACT_API,
  contractHistory,
  contractOrganisation,
} from '../../__testUtils__/contractOrganisation';
import { entityNamed } from '../../__testUtils__/entityBuilders';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { backendError } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { ContractRisksCard } from './ContractRisksCard';

function render(name: string, failWith?: number) {
  const dataMeshApi = fakeDataMeshApi(contractOrganisation, {
    contracts: { [CONTRACT_API]: contractHistory() },
  });
  if (failWith) {
    dataMeshApi.getEntityContractRisks.mockImplementation(async () => {
      throw await ResponseError.fromResponse(
        backendError(failWith, `Failed with ${failWith}`),
      );
    });
  }
  const rendered = renderWithApis(
    <div data-testid="page">
      <ContractRisksCard />
    </div>,
    { dataMeshApi, entity: entityNamed(contractOrganisation, name) },
  );
  return { dataMeshApi, rendered };
}

describe('ContractRisksCard', () => {
  it('says since when and why a use case downstream is at risk, and how it is reached', async () => {
    render('revenue-forecast');

    const table = await screen.findByRole('table', {
      name: 'Contract changes that reach this',
    });
    const [risk] = within(table).getAllByRole('rowheader');
    expect(risk.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2026-11-03T06:00:00.000Z',
    );
    expect(risk).toHaveTextContent(
      /^At risk since .+ because order-lines-contract changed: schema\.tbl\.properties\.rcvr_cntry_code, schema\.receivers\.properties\.country_code\.logicalType \(breaking, unannounced\)$/,
    );
    expect(risk.closest('tr')).toHaveTextContent(
      'Downstream through order-lines-daily',
    );
  });

  it('says a data product reading the port reads it', async () => {
    const { dataMeshApi } = render('order-lines-daily');
    await waitFor(() =>
      expect(dataMeshApi.getEntityContractRisks).toHaveBeenCalledWith(
        'dataproduct:default/order-lines-daily',
        { limit: 10, offset: 0 },
      ),
    );
    const table = await screen.findByRole('table', {
      name: 'Contract changes that reach this',
    });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Reads the port',
    );
  });

  it.each([
    ['a use case no change reaches', 'churn-sketch', undefined],
    ['a data product no change reaches', 'order-history', undefined],
    ['an entity not assessed yet (404)', 'revenue-forecast', 404],
    ['an entity the reader may not see (403)', 'revenue-forecast', 403],
  ])('renders nothing for %s', async (_what, name, status) => {
    const { dataMeshApi } = render(name, status);
    await waitFor(() =>
      expect(dataMeshApi.getEntityContractRisks).toHaveBeenCalledWith(
        expect.stringMatching(new RegExp(`:default/${name}$`)),
        { limit: 10, offset: 0 },
      ),
    );
    // Let the answer settle before looking.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(await screen.findByTestId('page')).toBeEmptyDOMElement();
  });

  it('shows any other failure in the card', async () => {
    render('revenue-forecast', 500);
    expect(
      await screen.findByText('At risk from contract changes'),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Failed with 500/)).toBeInTheDocument();
  });
});
