import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import dataMeshFrontendPlugin, {
  createDataMeshEntityPresentationModule,
  dataMeshKindIcons,
  dataMeshRouteRef,
} from './alpha';
import {
  contractChangesCard,
  contractRisksCard,
  dataProductDescriptionCard,
  dataProductOutputPortsCard,
  domainPhaseCard,
  groupPhaseCard,
} from './alpha/entityExtensions';
import { dataMeshPage } from './alpha/pageExtensions';
import { dataMeshApiRef } from './api/DataMeshApi';
import { dataProductEntity } from './__testUtils__/entities';
import { entityNamed } from './__testUtils__/entityBuilders';
import { fakeDataMeshApi } from './__testUtils__/fakeDataMeshApi';
import { homeward } from './__testUtils__/insightOrganisation';
import {
  CONTRACT_API,
  contractHistory,
  contractOrganisation,
} from './__testUtils__/contractOrganisation';
import { pageDataMeshApi } from './__testUtils__/renderDataMeshPage';

describe('new frontend system plugin', () => {
  it('is the data-mesh plugin that discovery installs', () => {
    // Feature discovery takes the default export of ./alpha.
    expect(dataMeshFrontendPlugin.$$type).toBe('@backstage/FrontendPlugin');
    expect(dataMeshFrontendPlugin.pluginId).toBe('data-mesh');
    expect(dataMeshFrontendPlugin.routes.root).toBe(dataMeshRouteRef);
    for (const id of [
      'api:data-mesh',
      'page:data-mesh',
      'entity-card:data-mesh/domain-phase',
      'entity-card:data-mesh/group-phase',
      'entity-card:data-mesh/data-product-description',
      'entity-card:data-mesh/capability-needs',
      'entity-card:data-mesh/contract-changes',
      'entity-card:data-mesh/contract-risks',
      'entity-content:data-mesh/domain',
    ] as const) {
      expect(dataMeshFrontendPlugin.getExtension(id)).toBeDefined();
    }
  });

  it('renders the lazily loaded page extension', async () => {
    const tester = createExtensionTester(dataMeshPage);

    await renderInTestApp(tester.reactElement(), {
      apis: [
        [dataMeshApiRef, pageDataMeshApi()],
        catalogApiMock(),
        mockApis.permission(),
      ],
      mountedRoutes: {
        '/data-mesh': dataMeshRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      initialRouteEntries: ['/data-mesh'],
    });

    expect(await screen.findByText('Organisation phase')).toBeInTheDocument();
  });

  it('puts DataProduct cards on a DataProduct entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: dataProductEntity }),
        dataProductOutputPortsCard,
        dataProductDescriptionCard,
        domainPhaseCard,
        groupPhaseCard,
      ],
      apis: [
        [dataMeshApiRef, pageDataMeshApi()],
        catalogApiMock(),
        mockApis.permission(),
      ],
    });

    expect(await screen.findByText('Output ports')).toBeInTheDocument();
    // This product states no description, and its card says so.
    expect(
      await screen.findByText(/^This data product has no description yet\./),
    ).toBeInTheDocument();
    // The Domain and Group cards' filters keep them off a DataProduct page.
    expect(screen.queryByText('Data mesh phase')).not.toBeInTheDocument();
    expect(screen.queryByText('Business unit phase')).not.toBeInTheDocument();
  });

  function renderApiPage(type: string) {
    const dataMeshApi = fakeDataMeshApi(contractOrganisation, {
      contracts: { [CONTRACT_API]: contractHistory() },
    });
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'API',
            metadata: { name: 'order-lines-contract', namespace: 'default' },
            spec: { type, lifecycle: 'production', owner: 'checkout' },
          },
        }),
        contractChangesCard,
        contractRisksCard,
      ],
      apis: [
        [dataMeshApiRef, dataMeshApi],
        catalogApiMock(),
        mockApis.permission(),
      ],
    });
    return dataMeshApi;
  }

  it('puts the contract changes card on the page of an odcs API', async () => {
    const dataMeshApi = renderApiPage('odcs');

    expect(
      await screen.findByText('Contract changes and impact'),
    ).toBeInTheDocument();
    // The risks card is for use cases and data products only.
    expect(dataMeshApi.getEntityContractRisks).not.toHaveBeenCalled();
  });

  it('keeps the contract changes card off the page of another API', async () => {
    const dataMeshApi = renderApiPage('openapi');

    // Give a lazily loaded card the time it would need to appear.
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(
      screen.queryByText('Contract changes and impact'),
    ).not.toBeInTheDocument();
    expect(dataMeshApi.getContractVersions).not.toHaveBeenCalled();
  });

  it('puts the at-risk card on an affected use case page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: entityNamed(contractOrganisation, 'checkout-dashboard'),
        }),
        contractRisksCard,
      ],
      apis: [
        [
          dataMeshApiRef,
          fakeDataMeshApi(contractOrganisation, {
            contracts: { [CONTRACT_API]: contractHistory() },
          }),
        ],
        catalogApiMock(),
        mockApis.permission(),
      ],
    });

    expect(
      await screen.findByText('At risk from contract changes'),
    ).toBeInTheDocument();
    expect(screen.getByText('Reads the port')).toBeInTheDocument();
  });

  it("puts the business unit's phase card on a Group page", async () => {
    const dataMeshApi = fakeDataMeshApi(homeward);
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entityNamed(homeward, 'retail') }),
        groupPhaseCard,
        domainPhaseCard,
      ],
      apis: [
        [dataMeshApiRef, dataMeshApi],
        catalogApiMock(),
        mockApis.permission(),
      ],
    });

    expect(await screen.findByTestId('phase-name')).toHaveTextContent('Scale');
    expect(screen.getByText('Business unit phase')).toBeInTheDocument();
    expect(dataMeshApi.getPhase).toHaveBeenCalledWith({
      scope: 'group:default/retail',
    });
    expect(screen.queryByText('Data mesh phase')).not.toBeInTheDocument();
  });

  it('gives the catalog kind icons through its entity presentation API', async () => {
    const presentationApi = { forEntity: jest.fn() };
    const createEntityPresentationApi = jest.fn(() => presentationApi);

    const { apis } = renderTestApp({
      features: [
        // Modules apply to installed plugins; a bare catalog stands in.
        createFrontendPlugin({ pluginId: 'catalog' }),
        createDataMeshEntityPresentationModule({ createEntityPresentationApi }),
      ],
      apis: [catalogApiMock()],
    });

    expect(apis.get(entityPresentationApiRef)).toBe(presentationApi);
    expect(createEntityPresentationApi).toHaveBeenCalledWith({
      catalogApi: expect.anything(),
      kindIcons: dataMeshKindIcons,
    });
    expect(Object.keys(dataMeshKindIcons).sort()).toEqual([
      'dataproduct',
      'platformcapability',
      'usecase',
    ]);
  });
});
