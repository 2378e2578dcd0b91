import { ResponseError } from '@backstage/errors';
import { screen } from '@testing-library/react';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import {
  backendError,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import { brightcart } from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { ScopePhaseCard } from './ScopePhaseCard';

describe('ScopePhaseCard', () => {
  it('shows progress while the assessment loads', async () => {
    const dataMeshApi = mockDataMeshApi({ getPhase: () => pending() });

    await renderWithApis(<ScopePhaseCard scope="domain:default/orders" />, {
      dataMeshApi,
    });

    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(dataMeshApi.getPhase).toHaveBeenCalledWith({
      scope: 'domain:default/orders',
    });
  });

  it('shows the assessment once loaded', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);

    await renderWithApis(<ScopePhaseCard scope="domain:default/orders" />, {
      dataMeshApi,
    });

    // Orders: 3 active products, a live use case, owned by its team.
    expect(await screen.findByText('Scale')).toBeInTheDocument();
    expect(
      screen.getByText('To reach Exploit (2 of 4 criteria met)'),
    ).toBeInTheDocument();
  });

  it('explains a missing assessment instead of failing', async () => {
    const notFound = await ResponseError.fromResponse(
      backendError(404, 'No snapshot for domain:default/new'),
    );
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => {
        throw notFound;
      },
    });

    await renderWithApis(<ScopePhaseCard scope="domain:default/new" />, {
      dataMeshApi,
    });

    expect(
      await screen.findByText('No phase assessment yet'),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const failure = await ResponseError.fromResponse(
      backendError(500, 'Database unavailable'),
    );
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => {
        throw failure;
      },
    });

    await renderWithApis(<ScopePhaseCard scope="organization" />, {
      dataMeshApi,
    });

    expect(
      (await screen.findAllByText(/Database unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});
