import { ResponseError } from '@backstage/errors';
import { screen, waitFor } from '@testing-library/react';
import { entityNamed } from '../../__testUtils__/entityBuilders';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import { backendError, mockDataMeshApi } from '../../__testUtils__/fixtures';
import { homeward } from '../../__testUtils__/insightOrganisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { GroupPhaseCard } from './GroupPhaseCard';

describe('GroupPhaseCard', () => {
  it("shows a business unit's phase for the group's scope", async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    await renderWithApis(<GroupPhaseCard />, {
      dataMeshApi,
      entity: entityNamed(homeward, 'retail'),
    });

    // Retail owns orders and marketing through its teams: both adopting,
    // 4 active products, 4 real use cases (2 live): scale, not exploit.
    expect(await screen.findByTestId('phase-name')).toHaveTextContent('Scale');
    expect(dataMeshApi.getPhase).toHaveBeenCalledWith({
      scope: 'group:default/retail',
    });
    expect(screen.getByText('Business unit phase')).toBeInTheDocument();
    expect(screen.getByTestId('adopter-category')).toHaveTextContent(
      'Laggards · 100% adoption',
    );
    expect(
      screen.getByText('To reach Exploit (2 of 4 criteria met)'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: /^Retail is at 100% adoption/ }),
    ).toBeInTheDocument();
  });

  it('shows each unit on its own terms', async () => {
    await renderWithApis(<GroupPhaseCard />, {
      dataMeshApi: fakeDataMeshApi(homeward),
      entity: entityNamed(homeward, 'logistics'),
    });

    // Logistics: warehouse adopting, transport not: 1 adopting domain of
    // the 2 that scale needs.
    expect(await screen.findByTestId('phase-name')).toHaveTextContent(
      'Bootstrap',
    );
    expect(screen.getByTestId('adopter-category')).toHaveTextContent(
      'Late majority · 50% adoption',
    );
  });

  it('says plainly when the group is not a business unit (404)', async () => {
    await renderWithApis(<GroupPhaseCard />, {
      dataMeshApi: fakeDataMeshApi(homeward),
      entity: entityNamed(homeward, 'platform-team'),
    });

    expect(await screen.findByTestId('not-a-business-unit')).toHaveTextContent(
      /^Not a business unit: no domain is owned by this group/,
    );
    expect(screen.queryByTestId('phase-card')).toBeNull();
  });

  it('shows nothing when the backend does not take group scopes (400)', async () => {
    const badRequest = await ResponseError.fromResponse(
      backendError(400, 'Query parameter "scope" must be "organization"'),
    );
    const dataMeshApi = mockDataMeshApi({
      getPhase: async () => {
        throw badRequest;
      },
    });
    await renderWithApis(<GroupPhaseCard />, {
      dataMeshApi,
      entity: entityNamed(homeward, 'retail'),
    });

    // While loading, the card shows its title; once the answer is in,
    // nothing at all.
    expect(screen.getByText('Business unit phase')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
    expect(dataMeshApi.getPhase).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Business unit phase')).toBeNull();
  });
});
