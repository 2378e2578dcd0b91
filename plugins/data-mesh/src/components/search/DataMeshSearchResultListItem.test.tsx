import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  DataMeshSearchResultListItem,
  isDataMeshSearchResult,
} from './DataMeshSearchResultListItem';

/** A document as the data-mesh transformer and the collator make it. */
const orderHistory = {
  title: 'Order History',
  text: 'One row per order line with its current state and amounts.\norders',
  summary: 'One row per order line with its current state and amounts.',
  location: '/catalog/default/dataproduct/order-history',
  kind: 'DataProduct',
  namespace: 'default',
  owner: 'group:checkout-team',
  domain: 'domain:default/orders',
  lifecycle: 'active',
  type: 'source-aligned',
  componentType: 'source-aligned',
  status: '',
  category: '',
};

/** The document with some fields changed, as another entity's would be. */
function documentWith(fields: Partial<typeof orderHistory>) {
  return { ...orderHistory, ...fields };
}

/** The value shown for each term of the result's facts, in order. */
function facts(): Array<[string, string]> {
  const list = screen.getByTestId('data-mesh-search-result-facts');
  return within(list)
    .getAllByRole('term')
    .map(term => [
      term.textContent ?? '',
      term.nextElementSibling?.textContent ?? '',
    ]);
}

describe('DataMeshSearchResultListItem', () => {
  it("shows a data product's title as a link, its summary, domain, lifecycle and type", async () => {
    await renderInTestApp(
      <DataMeshSearchResultListItem result={orderHistory} />,
    );

    expect(screen.getByRole('link', { name: 'Order History' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/order-history',
    );
    expect(
      screen.getByText(
        'One row per order line with its current state and amounts.',
      ),
    ).toBeInTheDocument();
    expect(facts()).toEqual([
      ['Kind', 'Data product'],
      ['Domain', 'orders'],
      ['Lifecycle', 'Active'],
      ['Type', 'Source aligned'],
    ]);
  });

  it('shows the status of a use case and the status and category of a capability', async () => {
    const { unmount } = await renderInTestApp(
      <DataMeshSearchResultListItem
        result={documentWith({
          title: 'Checkout Conversion Dashboard',
          kind: 'UseCase',
          lifecycle: '',
          type: '',
          status: 'live',
        })}
      />,
    );
    expect(facts()).toEqual([
      ['Kind', 'Use case'],
      ['Domain', 'orders'],
      ['Status', 'Live'],
    ]);
    unmount();

    await renderInTestApp(
      <DataMeshSearchResultListItem
        result={documentWith({
          title: 'Batch Ingestion',
          kind: 'PlatformCapability',
          domain: '',
          lifecycle: '',
          type: '',
          status: 'available',
          category: 'ingestion',
        })}
      />,
    );
    expect(facts()).toEqual([
      ['Kind', 'Platform capability'],
      ['Status', 'Available'],
      ['Category', 'Ingestion'],
    ]);
  });

  it('says what a data product does not state, and names a domain of another namespace in full', async () => {
    await renderInTestApp(
      <DataMeshSearchResultListItem
        result={documentWith({
          domain: 'domain:finance/accounting',
          type: '',
        })}
      />,
    );
    expect(facts()).toEqual([
      ['Kind', 'Data product'],
      ['Domain', 'finance/accounting'],
      ['Lifecycle', 'Active'],
      ['Type', 'Not stated'],
    ]);
  });

  it('renders hostile values as text and links nothing but in-app paths and http(s)', async () => {
    const payload = '<img src=x onerror="window.hacked=1">';
    const { container } = await renderInTestApp(
      <DataMeshSearchResultListItem
        result={documentWith({
          title: payload,
          summary: `<script>window.hacked=1</script>`,
          // eslint-disable-next-line no-script-url
          location: 'javascript:window.hacked=1',
        })}
      />,
    );

    expect(screen.getByText(payload)).toBeInTheDocument();
    expect(
      screen.getByText('<script>window.hacked=1</script>'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('does not link a protocol-relative location to another host', async () => {
    await renderInTestApp(
      <DataMeshSearchResultListItem
        result={documentWith({ location: '//evil.example/catalog' })}
      />,
    );
    expect(screen.getByText('Order History')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('isDataMeshSearchResult', () => {
  it('takes catalog results of the data-mesh kinds that carry their domain', () => {
    const result = { type: 'software-catalog', document: orderHistory };
    expect(isDataMeshSearchResult(result)).toBe(true);
    expect(
      isDataMeshSearchResult({
        ...result,
        document: { ...orderHistory, kind: 'platformcapability', domain: '' },
      }),
    ).toBe(true);
  });

  it('leaves other kinds, other types and documents without data-mesh fields to other items', () => {
    expect(
      isDataMeshSearchResult({
        type: 'software-catalog',
        document: { ...orderHistory, kind: 'Component' },
      }),
    ).toBe(false);
    expect(
      isDataMeshSearchResult({ type: 'techdocs', document: orderHistory }),
    ).toBe(false);
    // What the catalog's own transformer makes of a data product: no domain.
    const { domain, ...withoutDomain } = orderHistory;
    expect(
      isDataMeshSearchResult({
        type: 'software-catalog',
        document: withoutDomain,
      }),
    ).toBe(false);
  });
});
