/*
 * What a person enters in the templates' forms, as the form sends it (the
 * pickers send entity refs). Every ref names an entity of the example
 * organisation, so the browser test can pick them.
 */
/** What a person picks in "New data product", as the pickers send it. */
export const dataProductValues = {
  name: 'orders-returns-daily',
  title: 'Orders and Returns Daily',
  summary: 'Orders and returns per day and channel: one row each.',
  domain: 'domain:default/orders',
  owner: 'group:default/checkout-team',
  type: 'aggregate',
  lifecycle: 'draft',
  purpose: 'Daily figures on "orders: returns" for finance.',
  usage: 'Join on day and channel.',
  limitations: 'Refreshed once a day.',
  upstream: [
    'dataproduct:default/order-history',
    'dataproduct:default/shipments',
  ],
  externalSource: 'Finance calendar',
  outputPortName: 'daily',
  outputPortType: 'table',
  outputPortDescription: 'One row per day and channel',
  capabilities: [
    'platformcapability:default/batch-ingestion',
    'platformcapability:default/data-quality-checks',
  ],
};

/** What a person picks in "New use case". */
export const useCaseValues = {
  name: 'returns-forecast',
  title: 'Returns Forecast',
  summary: 'Forecast returns per week to plan warehouse staff.',
  domain: 'domain:default/returns',
  owner: 'group:default/returns-team',
  status: 'committed',
  personas: ['data-scientist', 'business-user'],
  value: 'high',
  complexity: 'low',
  consumes: ['dataproduct:default/shipments'],
  capabilities: ['platformcapability:default/feature-store'],
};
