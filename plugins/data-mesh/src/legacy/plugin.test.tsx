import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { FlatRoutes } from '@backstage/core-app-api';
import { Route } from 'react-router-dom';
import { dataMeshApiRef } from '../api/DataMeshApi';
import { dataProductEntity } from '../__testUtils__/entities';
import { pageDataMeshApi } from '../__testUtils__/renderDataMeshPage';
import {
  DataMeshPage,
  EntityDataProductDescriptionCard,
  EntityContractChangesCard,
  EntityContractRisksCard,
  EntityDataProductOutputPortsCard,
  EntityGroupPhaseCard,
  dataMeshPlugin,
} from '../index';
import {
  CONTRACT_API,
  contractHistory,
  contractOrganisation,
} from '../__testUtils__/contractOrganisation';
import { entityNamed } from '../__testUtils__/entityBuilders';
import { fakeDataMeshApi } from '../__testUtils__/fakeDataMeshApi';
import { homeward } from '../__testUtils__/insightOrganisation';

describe('legacy frontend system exports', () => {
  it('is the data-mesh plugin and installs its API', () => {
    expect(dataMeshPlugin.getId()).toBe('data-mesh');
    expect(
      [...dataMeshPlugin.getApis()].map(factory => factory.api.id),
    ).toEqual(['plugin.data-mesh.service']);
  });

  function renderLegacy(
    element: JSX.Element,
    path: string,
    dataMeshApi = pageDataMeshApi(),
  ) {
    return renderInTestApp(
      <TestApiProvider
        apis={[
          [dataMeshApiRef, dataMeshApi],
          [catalogApiRef, catalogApiMock()],
          [permissionApiRef, new MockPermissionApi()],
        ]}
      >
        {element}
      </TestApiProvider>,
      {
        routeEntries: [path],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
  }

  it('renders the routable page with its header and the requested view', async () => {
    // Mounted the way an App.tsx mounts it: in FlatRoutes, whose paths name
    // the page alone, so the views' sub-routes resolve below it.
    await renderLegacy(
      <FlatRoutes>
        <Route path="/data-mesh" element={<DataMeshPage />} />
      </FlatRoutes>,
      '/data-mesh/capabilities',
    );

    expect(
      await screen.findByRole('heading', { name: 'Data Mesh Portfolio' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Capabilities in demand'),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'href',
      '/data-mesh',
    );
  });

  it('renders an entity card', async () => {
    await renderLegacy(
      <EntityProvider entity={dataProductEntity}>
        <EntityDataProductOutputPortsCard />
      </EntityProvider>,
      '/catalog/default/dataproduct/order-history',
    );

    expect(await screen.findByText('Output ports')).toBeInTheDocument();
    expect(screen.getByText('order-lines')).toBeInTheDocument();
  });

  it("renders the data product's description card", async () => {
    const entity = {
      ...dataProductEntity,
      spec: {
        ...dataProductEntity.spec,
        description: { purpose: 'Every order line, as it stands now.' },
      },
    };
    await renderLegacy(
      <EntityProvider entity={entity}>
        <EntityDataProductDescriptionCard />
      </EntityProvider>,
      '/catalog/default/dataproduct/order-history',
    );

    const purpose = await screen.findByRole('heading', { name: 'Purpose' });
    expect(purpose.nextElementSibling).toHaveTextContent(
      'Every order line, as it stands now.',
    );
  });

  it("renders a business unit's phase card on a Group page", async () => {
    await renderLegacy(
      <EntityProvider entity={entityNamed(homeward, 'logistics')}>
        <EntityGroupPhaseCard />
      </EntityProvider>,
      '/catalog/default/group/logistics',
      fakeDataMeshApi(homeward),
    );

    expect(await screen.findByTestId('phase-name')).toHaveTextContent(
      'Bootstrap',
    );
    expect(screen.getByText('Business unit phase')).toBeInTheDocument();
  });

  it("renders a contract's changes and a use case's risk from them", async () => {
    const api = () =>
      fakeDataMeshApi(contractOrganisation, {
        contracts: { [CONTRACT_API]: contractHistory() },
      });
    await renderLegacy(
      <>
        <EntityProvider
          entity={{
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'API',
            metadata: { name: 'order-lines-contract', namespace: 'default' },
            spec: { type: 'odcs', lifecycle: 'production', owner: 'checkout' },
          }}
        >
          <EntityContractChangesCard />
        </EntityProvider>
        <EntityProvider
          entity={entityNamed(contractOrganisation, 'revenue-forecast')}
        >
          <EntityContractRisksCard />
        </EntityProvider>
      </>,
      '/catalog/default/api/order-lines-contract',
      api(),
    );

    expect(
      await screen.findByText(
        'This change reaches: 3 use cases (2 real) and 1 data product',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('At risk from contract changes'),
    ).toBeInTheDocument();
  });
});
