import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import type { SearchResult } from '@backstage/plugin-search-common';
import { screen, within } from '@testing-library/react';
import dataMeshFrontendPlugin from '../alpha';
import { dataMeshSearchResultListItem } from './searchExtensions';

/** The data-mesh document of a data product, as the search backend has it. */
const orderHistoryDocument = {
  title: 'Order History',
  text: 'One row per order line.\norders\norder-lines',
  location: '/catalog/default/dataproduct/order-history',
  kind: 'DataProduct',
  namespace: 'default',
  domain: 'domain:default/orders',
  lifecycle: 'active',
  type: 'source-aligned',
  summary: 'One row per order line.',
};

const orderHistory: SearchResult = {
  type: 'software-catalog',
  document: orderHistoryDocument,
};

/** A catalog result of another kind, which the catalog's item shows. */
const checkoutDocument = {
  title: 'checkout',
  text: 'The checkout service.',
  location: '/catalog/default/component/checkout',
  kind: 'Component',
};

const checkout: SearchResult = {
  type: 'software-catalog',
  document: checkoutDocument,
};

function item() {
  return createExtensionTester(dataMeshSearchResultListItem).get(
    SearchResultListItemBlueprint.dataRefs.item,
  );
}

describe('search result list item extension', () => {
  it('is part of the plugin that feature discovery installs', () => {
    expect(
      dataMeshFrontendPlugin.getExtension('search-result-list-item:data-mesh'),
    ).toBeDefined();
  });

  it('takes data-mesh results only', () => {
    const { predicate } = item();

    expect(predicate?.(orderHistory)).toBe(true);
    expect(predicate?.(checkout)).toBe(false);
    // A data-mesh kind's document without the data-mesh fields (no search
    // module in the backend) stays with the catalog's item.
    const { domain: _domain, ...withoutDomain } = orderHistoryDocument;
    expect(predicate?.({ ...orderHistory, document: withoutDomain })).toBe(
      false,
    );
  });

  it('renders the result with its domain, lifecycle and type', async () => {
    const { component: Item } = item();

    await renderInTestApp(<Item result={orderHistory.document} rank={1} />);

    expect(
      await screen.findByRole('link', { name: 'Order History' }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/order-history');
    const facts = within(screen.getByTestId('data-mesh-search-result-facts'))
      .getAllByRole('term')
      .map(term => [term.textContent, term.nextElementSibling?.textContent]);
    expect(facts).toEqual([
      ['Kind', 'Data product'],
      ['Domain', 'orders'],
      ['Lifecycle', 'Active'],
      ['Type', 'Source aligned'],
    ]);
  });
});
