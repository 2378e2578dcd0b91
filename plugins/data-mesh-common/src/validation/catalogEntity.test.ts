import { domain, group } from '../testUtils';
import { validateCatalogEntity } from './catalogEntity';

describe('validateCatalogEntity', () => {
  const phasePath = 'metadata.annotations["data-mesh-portfolio.io/phase"]';

  it("checks a Domain's and a Group's declared phase as the catalog module does", async () => {
    for (const entity of [
      domain('orders', 'checkout-team', { declared: { phase: 'scale' } }),
      group('commerce', undefined, [], { phase: 'exploit', reason: 'Agreed' }),
    ]) {
      expect(await validateCatalogEntity(entity)).toEqual({
        errors: [],
        warnings: [],
      });
      entity.metadata.annotations!['data-mesh-portfolio.io/phase'] = 'grow';
      expect((await validateCatalogEntity(entity)).errors).toEqual([
        {
          path: phasePath,
          message: `${phasePath} must be one of bootstrap, scale, exploit; got "grow"`,
        },
      ]);
    }
  });

  it('leaves the annotations of other core kinds alone', async () => {
    const user = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: {
        name: 'ada',
        annotations: { 'data-mesh-portfolio.io/phase': 'grow' },
      },
      spec: { memberOf: [] },
    };
    expect((await validateCatalogEntity(user)).errors).toEqual([]);
  });
});
