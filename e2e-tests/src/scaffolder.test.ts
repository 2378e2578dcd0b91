/*
 * The scaffolder templates on the real backend: both run through the
 * dry-run API with valid input (the catalog-info.yaml they produce, checked
 * field by field, and the data-mesh:validate step passing it) and with
 * input the form lets through but the catalog would refuse (the task fails
 * with the validator's own message).
 */
import { parse } from 'yaml';
import {
  DATA_PRODUCT_LIFECYCLES,
  DOMAIN_ARCHETYPES,
  KNOWN_PERSONAS,
  LEVELS,
  OUTPUT_PORT_TYPES,
  USE_CASE_STATUSES,
  validateCatalogFile,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { RunningBackend, startBackend } from './backendProcess';
import {
  dryRun,
  expectedValidateMessage,
  readTemplate,
  templateFields,
} from './scaffolder/templates';
import { dataProductValues, useCaseValues } from './scaffolder/values';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

describe('the scaffolder templates', () => {
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    backend = await startBackend({ port: E2E_PORTS.scaffolder.backend });
    token = await backend.getGuestToken();
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it("offer exactly the values the common package's kinds allow", () => {
    const product = templateFields(readTemplate('new-data-product'));
    expect(product.type.enum).toEqual([...DOMAIN_ARCHETYPES]);
    expect(product.lifecycle.enum).toEqual([...DATA_PRODUCT_LIFECYCLES]);
    expect(product.outputPortType.enum).toEqual([...OUTPUT_PORT_TYPES]);
    const useCase = templateFields(readTemplate('new-use-case'));
    expect(useCase.status.enum).toEqual([...USE_CASE_STATUSES]);
    expect(useCase.personas.items.enum).toEqual([...KNOWN_PERSONAS]);
    expect(useCase.value.enum).toEqual([...LEVELS]);
    expect(useCase.complexity.enum).toEqual([...LEVELS]);
  });

  describe('New data product', () => {
    it('produces the data product the form describes, and validates it', async () => {
      const run = await dryRun(
        backend,
        token,
        'new-data-product',
        dataProductValues,
      );
      expect(run.status).toBe(200);
      const text = run.files['catalog-info.yaml'];
      expect(parse(text)).toEqual({
        apiVersion: 'data-mesh-portfolio.io/v1alpha1',
        kind: 'DataProduct',
        metadata: {
          name: 'orders-returns-daily',
          title: 'Orders and Returns Daily',
          description: 'Orders and returns per day and channel: one row each.',
        },
        spec: {
          owner: 'group:default/checkout-team',
          domain: 'domain:default/orders',
          type: 'aggregate',
          lifecycle: 'draft',
          description: {
            purpose: 'Daily figures on "orders: returns" for finance.',
            usage: 'Join on day and channel.',
            limitations: 'Refreshed once a day.',
          },
          inputPorts: [
            {
              name: 'order-history',
              dataProduct: 'dataproduct:default/order-history',
            },
            {
              name: 'shipments',
              dataProduct: 'dataproduct:default/shipments',
            },
            { name: 'external-source', external: 'Finance calendar' },
          ],
          outputPorts: [
            {
              name: 'daily',
              type: 'table',
              description: 'One row per day and channel',
            },
          ],
          requiresCapabilities: [
            'platformcapability:default/batch-ingestion',
            'platformcapability:default/data-quality-checks',
          ],
        },
      });
      expect((await validateCatalogFile(text)).problems).toEqual([]);
      const log = run.stepLog('validate');
      expect(log).toContain(
        'catalog-info.yaml is valid: DataProduct:default/orders-returns-daily',
      );
      expect(log[log.length - 1]).toBe(
        "Finished step Validate with the catalog's rules",
      );
    });

    it('leaves out what the form left empty', async () => {
      const { name, domain, owner, lifecycle, outputPortName, outputPortType } =
        dataProductValues;
      const run = await dryRun(backend, token, 'new-data-product', {
        name,
        domain,
        owner,
        lifecycle,
        outputPortName,
        outputPortType,
      });
      expect(run.status).toBe(200);
      expect(parse(run.files['catalog-info.yaml']).spec).toEqual({
        owner,
        domain,
        lifecycle,
        outputPorts: [{ name: outputPortName, type: outputPortType }],
      });
    });

    it.each([
      ['an owner typed instead of picked', { owner: 'Checkout Team' }],
      ['a name the catalog refuses', { name: 'Orders Daily' }],
    ])(
      "fails on %s with the validator's message",
      async (_, change: Record<string, string>) => {
        const [field, bad] = Object.entries(change)[0];
        const good = await dryRun(
          backend,
          token,
          'new-data-product',
          dataProductValues,
        );
        // The file the bad input makes: the good one with that value swapped.
        const badText = good.files['catalog-info.yaml'].replace(
          JSON.stringify((dataProductValues as any)[field]),
          JSON.stringify(bad),
        );
        const expected = await expectedValidateMessage(
          'catalog-info.yaml',
          badText,
        );
        expect(expected).toContain(field === 'owner' ? 'spec.owner' : 'name');

        const run = await dryRun(backend, token, 'new-data-product', {
          ...dataProductValues,
          ...change,
        });
        expect(run.status).toBe(500);
        expect(run.body.error.message).toBe(expected);
      },
    );
  });

  describe('New use case', () => {
    it('produces the use case the form describes, and validates it', async () => {
      const run = await dryRun(backend, token, 'new-use-case', useCaseValues);
      expect(run.status).toBe(200);
      const text = run.files['catalog-info.yaml'];
      expect(parse(text)).toEqual({
        apiVersion: 'data-mesh-portfolio.io/v1alpha1',
        kind: 'UseCase',
        metadata: {
          name: 'returns-forecast',
          title: 'Returns Forecast',
          description: 'Forecast returns per week to plan warehouse staff.',
        },
        spec: {
          owner: 'group:default/returns-team',
          domain: 'domain:default/returns',
          status: 'committed',
          personas: ['data-scientist', 'business-user'],
          value: 'high',
          complexity: 'low',
          consumes: ['dataproduct:default/shipments'],
          requiresCapabilities: ['platformcapability:default/feature-store'],
        },
      });
      expect((await validateCatalogFile(text)).problems).toEqual([]);
      const log = run.stepLog('validate');
      expect(log).toContain(
        'catalog-info.yaml is valid: UseCase:default/returns-forecast',
      );
      expect(log[log.length - 1]).toBe(
        "Finished step Validate with the catalog's rules",
      );
    });

    it("fails on a capability typed instead of picked with the validator's message", async () => {
      const good = await dryRun(backend, token, 'new-use-case', useCaseValues);
      const typed = 'GPU notebooks';
      const badText = good.files['catalog-info.yaml'].replace(
        'platformcapability:default/feature-store',
        typed,
      );
      const expected = await expectedValidateMessage(
        'catalog-info.yaml',
        badText,
      );
      expect(expected).toContain('spec.requiresCapabilities[0]');

      const run = await dryRun(backend, token, 'new-use-case', {
        ...useCaseValues,
        capabilities: [typed],
      });
      expect(run.status).toBe(500);
      expect(run.body.error.message).toBe(expected);
    });
  });
});
