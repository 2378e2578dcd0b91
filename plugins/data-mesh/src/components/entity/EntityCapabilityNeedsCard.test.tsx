import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeDataMeshApi } from '../../__testUtils__/fakeDataMeshApi';
import {
  backendError,
  mockDataMeshApi,
  pending,
} from '../../__testUtils__/fixtures';
import { entityNamed, usecase } from '../../__testUtils__/entityBuilders';
import {
  brightcart,
  wideUseCaseOrganisation,
} from '../../__testUtils__/organisation';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { cellTexts, findBodyRows, pagerText } from '../../__testUtils__/tables';
import { EntityCapabilityNeedsCard } from './EntityCapabilityNeedsCard';

const TABLE = 'Platform capabilities needed';

describe('EntityCapabilityNeedsCard', () => {
  it('shows what a use case needs, how, and what is not available yet', async () => {
    const dataMeshApi = fakeDataMeshApi(brightcart);
    await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi,
      entity: entityNamed(brightcart, 'checkout-conversion-dashboard'),
    });

    const rows = await findBodyRows(TABLE, 3);
    // Not available first, then by title.
    expect(rows.map(row => cellTexts(row).slice(0, 3))).toEqual([
      ['Stream Processing', 'Building', 'Not yet'],
      ['BI Dashboards', 'Available', 'Yes'],
      ['Lakehouse Storage', 'Available', 'Yes'],
    ]);
    // Stream Processing is required by orders-events, upstream of what it reads.
    expect(cellTexts(rows[0])[3]).toMatch(/^Via\s*orders-events$/);
    expect(cellTexts(rows[1])[3]).toBe('Directly');
    expect(cellTexts(rows[2])[3]).toMatch(/^Via\s*order-history$/);
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 not available yet: Stream Processing (Building).',
    );
    expect(dataMeshApi.getEntityCapabilities).toHaveBeenCalledWith(
      'usecase:default/checkout-conversion-dashboard',
      { limit: 20, offset: 0 },
    );
  });

  it('names the gaps of the page shown and counts all of them', async () => {
    const caps = Array.from(
      { length: 25 },
      (_, i) => `cap-${String(i + 1).padStart(2, '0')}`,
    );
    const entities = [usecase('many-needs', { status: 'live', caps })];
    const dataMeshApi = fakeDataMeshApi(entities);
    await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi,
      entity: entities[0],
    });

    await findBodyRows(TABLE, 20);
    const gaps = (names: string[], more: number) =>
      `25 not available yet: ${names
        .map(name => `${name} (Not offered)`)
        .join(', ')} and ${more} more.`;
    expect(screen.getByRole('alert')).toHaveTextContent(
      gaps(caps.slice(0, 20), 5),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));

    const second = await findBodyRows(TABLE, 5);
    expect(cellTexts(second[0])[0]).toBe('cap-21 (not in the catalog)');
    expect(screen.getByRole('alert')).toHaveTextContent(
      gaps(caps.slice(20), 20),
    );
    expect(dataMeshApi.getEntityCapabilities).toHaveBeenLastCalledWith(
      'usecase:default/many-needs',
      { limit: 20, offset: 20 },
    );
  });

  it('shows a sample of the products a need comes through, and all of them on demand', async () => {
    const entities = wideUseCaseOrganisation(23);
    const dataMeshApi = fakeDataMeshApi(entities);
    await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi,
      entity: entityNamed(entities, 'fraud-detection'),
    });

    const [lakehouse, bi] = await findBodyRows(TABLE, 2);
    expect(
      within(lakehouse).getAllByRole('link', { name: /product-/ }),
    ).toHaveLength(5);
    expect(lakehouse).toHaveTextContent('and 18 more');
    expect(within(bi).queryByRole('button', { name: /Show all/ })).toBeNull();

    await userEvent.click(
      within(lakehouse).getByRole('button', {
        name: 'Show all 23 data products',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const first = await findBodyRows(/^Data products needing/, 20, dialog);
    expect(cellTexts(first[0])[0]).toBe('product-01');
    expect(pagerText(dialog)).toBe('1-20 of 23');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Next Page' }),
    );
    const second = await findBodyRows(/^Data products needing/, 3, dialog);
    expect(second.map(row => cellTexts(row)[0])).toEqual([
      'product-21',
      'product-22',
      'product-23',
    ]);
    expect(
      dataMeshApi.getEntityCapabilityDataProducts,
    ).toHaveBeenLastCalledWith(
      'usecase:default/fraud-detection',
      'platformcapability:default/lakehouse-storage',
      { limit: 20, offset: 20 },
    );
  });

  it('shows loading, empty, not-assessed and error states', async () => {
    const entity = usecase('quiet', { status: 'live' });
    const first = await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: mockDataMeshApi({ getEntityCapabilities: () => pending() }),
      entity,
    });
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    first.unmount();

    const second = await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: fakeDataMeshApi([entity]),
      entity,
    });
    expect(
      await screen.findByText('No platform capabilities needed'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: TABLE })).toBeNull();
    second.unmount();

    // The portfolio has not seen this one yet.
    const third = await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: fakeDataMeshApi([]),
      entity,
    });
    expect(await screen.findByText('Not assessed yet')).toBeInTheDocument();
    third.unmount();

    const failure = await ResponseError.fromResponse(
      backendError(500, 'Needs unavailable'),
    );
    await renderWithApis(<EntityCapabilityNeedsCard />, {
      dataMeshApi: mockDataMeshApi({
        getEntityCapabilities: async () => {
          throw failure;
        },
      }),
      entity,
    });
    expect(
      (await screen.findAllByText(/Needs unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: TABLE })).toBeNull();
  });
});
