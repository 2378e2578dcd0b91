/*
 * A small organisation around one data contract, and the contract's
 * history, for the contract-change and impact cards' tests. The history
 * starts from the official ODCS full example; the answers are computed by
 * the common package's diffContracts and ContractImpactIndex (see
 * fakeContractApi), and the figures the tests expect are derived by hand
 * below.
 */
import type { Entity } from '@backstage/catalog-model';
import { readYamlDocuments } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataProduct, usecase } from './entityBuilders';
import type { SeenContract } from './fakeContractApi';
import { odcsExampleText } from './odcsExamples';

/** The contract's API ref. */
export const CONTRACT_API = 'api:default/order-lines-contract';

function withPorts(entity: Entity, spec: NonNullable<Entity['spec']>): Entity {
  return { ...entity, spec: { ...entity.spec, ...spec } };
}

/**
 * By hand: order-history's port `lines` names the contract.
 *
 * - checkout-dashboard (live) reads `order-history#lines`: reached, real,
 *   through the port.
 * - basket-ideas (proposed) reads order-history (every port): reached
 *   through the port, not real.
 * - order-lines-daily reads `order-history#lines`: a data product reached
 *   through the port.
 * - revenue-forecast (committed) reads order-lines-daily: reached, real,
 *   downstream through order-lines-daily.
 * - churn-sketch (proposed) reads order-lines-daily: downstream, not real,
 *   so not reached (§8 counts real use cases downstream only).
 *
 * So a breaking change reaches 3 use cases (2 real) and 1 data product;
 * real ones first: checkout-dashboard (port) before revenue-forecast
 * (lineage), then basket-ideas.
 */
export const contractOrganisation: Entity[] = [
  withPorts(
    dataProduct('order-history', { domain: 'orders', owner: 'checkout' }),
    {
      outputPorts: [
        {
          name: 'lines',
          type: 'table',
          contract: { api: 'order-lines-contract' },
        },
      ],
    },
  ),
  withPorts(
    dataProduct('order-lines-daily', { domain: 'orders', owner: 'checkout' }),
    {
      inputPorts: [{ name: 'in', dataProduct: 'order-history', port: 'lines' }],
    },
  ),
  usecase('checkout-dashboard', {
    status: 'live',
    consumes: ['order-history#lines'],
  }),
  usecase('basket-ideas', { status: 'proposed', consumes: ['order-history'] }),
  usecase('revenue-forecast', {
    status: 'committed',
    consumes: ['order-lines-daily'],
  }),
  usecase('churn-sketch', {
    status: 'proposed',
    consumes: ['order-lines-daily'],
  }),
];

function fullExample(): Record<string, any> {
  const [{ value }] = readYamlDocuments(
    odcsExampleText('all/full-example.odcs.yaml'),
  ).documents;
  return value as Record<string, any>;
}

function propertyNamed(
  document: Record<string, any>,
  object: string,
  name: string,
) {
  const properties = document.schema.find((o: any) => o.name === object)
    .properties as Array<Record<string, unknown>>;
  return { properties, index: properties.findIndex(p => p.name === name) };
}

/**
 * The contract as seen on three days, by hand:
 *
 * 1. 2026-10-01: the official full example, version 1.1.0.
 * 2. 2026-11-03: version 1.2.0 drops `tbl.rcvr_cntry_code` and types
 *    `receivers.country_code` as an integer: breaking (2 breaking changes)
 *    and unannounced, as the major number stayed 1.
 * 3. 2026-11-20: version 1.2.1 only rewords `tbl.rcvr_id`'s description:
 *    not breaking.
 */
export function contractHistory(): SeenContract[] {
  const breakingChange = () => {
    const document = fullExample();
    document.version = '1.2.0';
    const removed = propertyNamed(document, 'tbl', 'rcvr_cntry_code');
    removed.properties.splice(removed.index, 1);
    const retyped = propertyNamed(document, 'receivers', 'country_code');
    retyped.properties[retyped.index].logicalType = 'integer';
    return document;
  };
  const first = fullExample();
  const second = breakingChange();
  const third = breakingChange();
  third.version = '1.2.1';
  const reworded = propertyNamed(third, 'tbl', 'rcvr_id');
  reworded.properties[reworded.index].description = 'Who receives the order';

  return [
    { seenAt: '2026-10-01T06:00:00.000Z', document: first },
    { seenAt: '2026-11-03T06:00:00.000Z', document: second },
    { seenAt: '2026-11-20T06:00:00.000Z', document: third },
  ];
}
