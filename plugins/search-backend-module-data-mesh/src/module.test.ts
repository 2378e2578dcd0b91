/*
 * The module in a real backend: it reaches the catalog collator's extension
 * point (a stand-in here, since the collator itself needs the search plugin
 * and the catalog) and sets a transformer that gives the data-mesh kinds
 * their own documents and every other kind the catalog's.
 */
import { startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogCollatorEntityTransformer,
  catalogCollatorExtensionPoint,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import searchModuleDataMesh from '.';

const V = 'data-mesh-portfolio.io/v1alpha1';

const dataProduct: Entity = {
  apiVersion: V,
  kind: 'DataProduct',
  metadata: { name: 'order-history', title: 'Order History' },
  spec: {
    owner: 'group:checkout-team',
    domain: 'orders',
    type: 'source-aligned',
    lifecycle: 'active',
    outputPorts: [{ name: 'order-lines', type: 'table' }],
  },
};

const useCase: Entity = {
  apiVersion: V,
  kind: 'UseCase',
  metadata: { name: 'churn-prediction' },
  spec: { owner: 'group:marketing', domain: 'marketing', status: 'live' },
};

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', description: 'The checkout service.' },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
};

/** Starts a backend with the package's default export; the transformers it set. */
async function transformersSet(): Promise<CatalogCollatorEntityTransformer[]> {
  const setEntityTransformer = jest.fn();
  await startTestBackend({
    extensionPoints: [
      [catalogCollatorExtensionPoint, { setEntityTransformer }],
    ],
    features: [searchModuleDataMesh],
  });
  return setEntityTransformer.mock.calls.map(([transformer]) => transformer);
}

describe('searchModuleDataMesh', () => {
  it('sets the collator transformer once, as the collator allows', async () => {
    expect(await transformersSet()).toHaveLength(1);
  });

  it('gives data products and use cases their data-mesh documents', async () => {
    const [transformer] = await transformersSet();

    const product = transformer(dataProduct);
    expect(product).toMatchObject({
      title: 'Order History',
      kind: 'DataProduct',
      domain: 'domain:default/orders',
      lifecycle: 'active',
      type: 'source-aligned',
    });
    // The port name is searchable, which the catalog's transformer does not
    // give.
    expect(product.text.split('\n')).toContain('order-lines');
    expect(
      defaultCatalogCollatorEntityTransformer(dataProduct).text,
    ).not.toContain('order-lines');

    expect(transformer(useCase)).toMatchObject({
      kind: 'UseCase',
      domain: 'domain:default/marketing',
      status: 'live',
    });
  });

  it('leaves every other kind to the catalog transformer', async () => {
    const [transformer] = await transformersSet();

    expect(transformer(component)).toEqual(
      defaultCatalogCollatorEntityTransformer(component),
    );
  });
});
