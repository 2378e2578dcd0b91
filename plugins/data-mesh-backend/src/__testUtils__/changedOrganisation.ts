import { ConfigReader } from '@backstage/config';
import { factsFromEntities } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { buildSnapshot } from '../refresh/snapshot';

/*
 * Two snapshots of one small organisation, a day apart. Rules: the
 * organisation reaches scale with 4 active data products, a business unit
 * with 2; domains keep the defaults (2 active products, 1 real use case,
 * half the products owned within the domain's owner).
 *
 * Before: Orders (team-a) has 1 active product: bootstrap. Billing
 * (team-b) has 2 and a live use case: scale. team-a 1 product: bootstrap;
 * team-b 2: scale; unit 3: scale; organisation 3: bootstrap.
 * After: Orders has 3 active products and a live use case: scale. Billing
 * deprecates one product, 1 active: bootstrap. team-a 3: scale; team-b 1:
 * bootstrap; unit 4: still scale; organisation 4: scale.
 *
 * Blockers (committed or live use case, capability not available):
 * before, invoicing (live) and forecast (committed) need Streaming
 * (planned); churn is proposed. After, those two pairs are known (forecast
 * went live), churn became committed while needing the Feature Store (no
 * entity), and order-kpis (live) newly needs Streaming.
 */
const options = readDataMeshBackendOptions(
  new ConfigReader({
    dataMesh: {
      phaseRules: {
        organization: { scale: { activeDataProducts: 4 } },
        businessUnit: { scale: { activeDataProducts: 2 } },
      },
    },
  }),
);
/** The configured recipients of changes without an owner. */
export const recipients = {
  organizationRecipients: ['group:default/leads'],
  platformTeam: 'group:default/platform',
};

const common = [
  group('unit'),
  group('team-a', 'unit'),
  group('team-b', 'unit'),
  domain('orders', 'team-a', { title: 'Orders' }),
  domain('billing', 'team-b', { title: 'Billing' }),
  capability('streaming', 'planned', { title: 'Streaming' }),
  capability('bi', 'available', { title: 'BI' }),
  dataProduct('orders-raw', { domain: 'orders', owner: 'team-a' }),
  dataProduct('invoices', { domain: 'billing', owner: 'team-b' }),
  usecase('invoicing', {
    status: 'live',
    domain: 'billing',
    consumes: ['invoices'],
    caps: ['bi', 'streaming'],
  }),
];
/** The organisation's snapshot before the day described above. */
export const before = buildSnapshot(
  factsFromEntities([
    ...common,
    dataProduct('payments', { domain: 'billing', owner: 'team-b' }),
    usecase('forecast', { status: 'committed', caps: ['streaming'] }),
    usecase('churn', { status: 'proposed', caps: ['feature-store'] }),
  ]),
  options,
  new Date('2026-11-25T10:00:00.000Z'),
);
/** The organisation's snapshot after it. */
export const after = buildSnapshot(
  factsFromEntities([
    ...common,
    dataProduct('payments', {
      domain: 'billing',
      owner: 'team-b',
      lifecycle: 'deprecated',
    }),
    dataProduct('order-lines', { domain: 'orders', owner: 'team-a' }),
    dataProduct('order-events', { domain: 'orders', owner: 'team-a' }),
    usecase('order-kpis', {
      status: 'live',
      domain: 'orders',
      consumes: ['orders-raw'],
      caps: ['streaming'],
    }),
    usecase('forecast', { status: 'live', caps: ['streaming'] }),
    usecase('churn', { status: 'committed', caps: ['feature-store'] }),
  ]),
  options,
  new Date('2026-11-26T10:00:00.000Z'),
);
