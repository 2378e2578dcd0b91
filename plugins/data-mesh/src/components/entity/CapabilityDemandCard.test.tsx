import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RELATION_CAPABILITY_REQUIRED_BY } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import {
  backendError,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import { capability, entityNamed } from '../../__testUtils__/entityBuilders';
import {
  brightcart,
  crowdedOrganisation,
} from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { findBodyRows, pagerText } from '../../__testUtils__/tables';
import { CapabilityDemandCard } from './CapabilityDemandCard';

/** The part of the card under a heading. */
function section(title: string | RegExp): HTMLElement {
  return screen.getByRole('heading', { name: title }).parentElement!;
}

describe('CapabilityDemandCard', () => {
  it('shows who needs the capability and through what, from one request', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi,
      entity: entityNamed(brightcart, 'lakehouse-storage'),
    });

    expect(
      await screen.findByText('Needed by 1 real use case'),
    ).toBeInTheDocument();
    expect(
      within(section('Use cases')).getByRole('link', {
        name: /checkout-conversion-dashboard/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/usecase/checkout-conversion-dashboard',
    );
    expect(section('Use cases')).not.toHaveTextContent(/directly|more/);
    expect(
      within(section('Through data products')).getByRole('link'),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/order-history');
    expect(within(section('Domains')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/domain/orders',
    );
    expect(section('Personas')).toHaveTextContent(
      'Business user, Data analyst',
    );
    expect(section('Highest use-case value')).toHaveTextContent('High');
    expect(
      within(section('Wanted by 1 proposed use case')).getByRole('link'),
    ).toHaveAttribute(
      'href',
      '/catalog/default/usecase/delivery-sla-monitoring',
    );
    expect(dataMeshApi.getCapability).toHaveBeenCalledWith(
      'platformcapability:default/lakehouse-storage',
    );
    expect(dataMeshApi.getCapabilities).not.toHaveBeenCalled();
  });

  it('stays one sample and a count when thousands need the capability', async () => {
    const entities = crowdedOrganisation(5000);
    const dataMeshApi = fakeDataMeshApi(entities);
    const { container } = await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi,
      entity: entityNamed(entities, 'lakehouse-storage'),
    });

    expect(
      await screen.findByText('Needed by 5000 real use cases'),
    ).toBeInTheDocument();
    const useCases = section('Use cases');
    expect(
      within(useCases)
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual([
      'use-case-0001',
      'use-case-0002',
      'use-case-0003',
      'use-case-0004',
      'use-case-0005',
    ]);
    // Every third of 5000 also requires it itself.
    expect(useCases).toHaveTextContent('and 4995 more');
    expect(
      within(useCases).getByText('1667 of them directly'),
    ).toBeInTheDocument();
    // Five use cases, one product, one domain: nothing else is drawn.
    expect(within(container).getAllByRole('link')).toHaveLength(7);

    await userEvent.click(
      within(useCases).getByRole('button', { name: 'Show all 5000 use cases' }),
    );
    const dialog = await screen.findByRole('dialog');
    await findBodyRows(/^Use cases needing/, 20, dialog);
    expect(pagerText(dialog)).toBe('1-20 of 5000');
    expect(dataMeshApi.getCapabilityDemand).toHaveBeenCalledWith(
      'platformcapability:default/lakehouse-storage',
      { demand: 'real', limit: 20, offset: 0 },
    );
  });

  it('without real demand, shows proposed use cases and the first declared requirers', async () => {
    const gpu = entityNamed(brightcart, 'gpu-notebooks');
    const requirers = Array.from({ length: 7 }, (_, i) => ({
      type: RELATION_CAPABILITY_REQUIRED_BY,
      targetRef: `dataproduct:default/notebook-${i + 1}`,
    }));
    await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi: fakeDataMeshApi(brightcart),
      entity: { ...gpu, relations: requirers },
    });

    expect(
      await screen.findByText(
        'No committed or live use case needs this capability yet.',
      ),
    ).toBeInTheDocument();
    expect(
      within(section('Wanted by 1 proposed use case')).getByRole('link'),
    ).toHaveAttribute('href', '/catalog/default/usecase/demand-forecasting');
    const declared = section('Declared as required by (7)');
    expect(within(declared).getAllByRole('link')).toHaveLength(5);
    expect(declared).toHaveTextContent('and 2 more');
  });

  it('treats a capability nothing names yet as needed by nobody', async () => {
    await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi: fakeDataMeshApi(brightcart),
      entity: capability('brand-new', 'planned'),
    });

    expect(
      await screen.findByText('Declared as required by (0)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Nothing')).toBeInTheDocument();
    expect(screen.queryByText(/Wanted by/)).toBeNull();
  });

  it('shows progress, then the error', async () => {
    const entity = entityNamed(brightcart, 'lakehouse-storage');
    const first = await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi: mockDataMeshApi({ getCapability: () => pending() }),
      entity,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    first.unmount();

    const failure = await ResponseError.fromResponse(
      backendError(500, 'Demand store down'),
    );
    await renderWithApis(<CapabilityDemandCard />, {
      dataMeshApi: mockDataMeshApi({
        getCapability: async () => {
          throw failure;
        },
      }),
      entity,
    });
    expect(
      (await screen.findAllByText(/Demand store down/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Needed by/)).toBeNull();
  });
});
