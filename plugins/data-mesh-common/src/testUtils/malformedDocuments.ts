/*
 * Documents for validation tests in any package: a valid document of each
 * data-mesh kind, with overrides, and a table of malformed ones with the
 * exact message each must produce.
 */
const V = 'data-mesh-portfolio.io/v1alpha1';
// Built from parts so that the linter's script-URL rule sees no literal.
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

/**
 * A valid DataProduct document; `spec` fields override the defaults.
 *
 * @public
 */
export function dataProductDocument(spec: Record<string, unknown> = {}): any {
  return {
    apiVersion: V,
    kind: 'DataProduct',
    metadata: { name: 'order-history' },
    spec: {
      owner: 'group:checkout-team',
      domain: 'orders',
      lifecycle: 'active',
      outputPorts: [{ name: 'order-lines', type: 'table' }],
      ...spec,
    },
  };
}

/**
 * A valid UseCase document; `spec` fields override the defaults.
 *
 * @public
 */
export function useCaseDocument(spec: Record<string, unknown> = {}): any {
  return {
    apiVersion: V,
    kind: 'UseCase',
    metadata: { name: 'checkout-dashboard' },
    spec: { owner: 'checkout-team', status: 'live', ...spec },
  };
}

/**
 * A valid PlatformCapability document; `spec` and `metadata` fields override the defaults.
 *
 * @public
 */
export function capabilityDocument(
  spec: Record<string, unknown> = {},
  metadata = {},
): any {
  return {
    apiVersion: V,
    kind: 'PlatformCapability',
    metadata: { name: 'batch-ingestion', ...metadata },
    spec: { owner: 'data-platform', status: 'available', ...spec },
  };
}

/**
 * A copy of a document without one of its spec fields.
 *
 * @public
 */
export function withoutSpecField(entity: any, field: string): any {
  const copy = structuredClone(entity);
  delete copy.spec[field];
  return copy;
}

/**
 * Malformed documents of the data-mesh kinds, each as [what is wrong, the
 * document, the exact message expected among its problems]. The common
 * validators, the catalog module and the CLI are all tested against this one
 * table, so a message cannot differ between them.
 *
 * @public
 */
export const malformedDataMeshDocuments: Array<[string, unknown, string]> = [
  // Envelope
  ['not an object', 'DataProduct', 'the entity must be an object'],
  [
    'unsupported version of our group',
    { ...dataProductDocument(), apiVersion: 'data-mesh-portfolio.io/v1beta1' },
    'apiVersion data-mesh-portfolio.io/v1beta1 is not supported by this release; supported versions: data-mesh-portfolio.io/v1alpha1',
  ],
  [
    'our kind under another group',
    { ...dataProductDocument(), apiVersion: 'backstage.io/v1alpha1' },
    'apiVersion must be data-mesh-portfolio.io/v1alpha1 for kind DataProduct; got "backstage.io/v1alpha1"',
  ],
  [
    'kind in the wrong case',
    { ...dataProductDocument(), kind: 'Dataproduct' },
    'kind must be written "DataProduct"; got "Dataproduct"',
  ],
  [
    'unknown kind in our group',
    { ...dataProductDocument(), kind: 'DataContract' },
    'kind must be one of DataProduct, UseCase, PlatformCapability for apiVersion data-mesh-portfolio.io/v1alpha1; got "DataContract"',
  ],
  [
    'missing spec',
    { apiVersion: V, kind: 'UseCase', metadata: { name: 'x' } },
    'spec is required',
  ],
  [
    'spec is a list',
    { ...useCaseDocument(), spec: [] },
    'spec must be an object; got a list',
  ],
  [
    'link with javascript: URL',
    capabilityDocument({}, { links: [{ url: SCRIPT_URL, title: 'Docs' }] }),
    `metadata.links[0].url must be an http(s) URL; got "${SCRIPT_URL}"`,
  ],
  [
    'link with ftp URL',
    capabilityDocument({}, { links: [{ url: 'ftp://files.example.com/x' }] }),
    'metadata.links[0].url must be an http(s) URL; got "ftp://files.example.com/x"',
  ],
  // DataProduct
  [
    'DataProduct without owner',
    withoutSpecField(dataProductDocument(), 'owner'),
    'spec.owner is required',
  ],
  [
    'DataProduct without domain',
    withoutSpecField(dataProductDocument(), 'domain'),
    'spec.domain is required',
  ],
  [
    'DataProduct without lifecycle',
    withoutSpecField(dataProductDocument(), 'lifecycle'),
    'spec.lifecycle is required',
  ],
  [
    'DataProduct lifecycle misspelt',
    dataProductDocument({ lifecycle: 'production' }),
    'spec.lifecycle must be one of proposed, draft, active, deprecated, retired; got "production"',
  ],
  [
    'DataProduct type unknown',
    dataProductDocument({ type: 'source' }),
    'spec.type must be one of source-aligned, aggregate, consumer-aligned; got "source"',
  ],
  [
    'owner is a number',
    dataProductDocument({ owner: 42 }),
    'spec.owner must be a string; got number 42 (quote it)',
  ],
  [
    'owner is empty',
    dataProductDocument({ owner: '' }),
    'spec.owner must not be empty',
  ],
  [
    'owner refers to a component',
    dataProductDocument({ owner: 'component:checkout' }),
    'spec.owner must refer to a Group or User; got "component:checkout"',
  ],
  [
    'owner is a malformed reference',
    dataProductDocument({ owner: 'group:a:b/c/d' }),
    'spec.owner must be an entity reference like "kind:namespace/name" or "name"; got "group:a:b/c/d"',
  ],
  [
    'domain refers to a system',
    dataProductDocument({ domain: 'system:shop' }),
    'spec.domain must refer to a Domain; got "system:shop"',
  ],
  [
    'output port type misspelt',
    dataProductDocument({
      outputPorts: [{ name: 'order-lines', type: 'tabel' }],
    }),
    'spec.outputPorts[0].type must be one of table, view, topic, file, api, other; got "tabel"',
  ],
  [
    'output port without name',
    dataProductDocument({ outputPorts: [{ type: 'table' }] }),
    'spec.outputPorts[0].name is required',
  ],
  [
    'output port without type',
    dataProductDocument({ outputPorts: [{ name: 'a' }] }),
    'spec.outputPorts[0].type is required',
  ],
  [
    'duplicate output port names',
    dataProductDocument({
      outputPorts: [
        { name: 'lines', type: 'table' },
        { name: 'daily', type: 'view' },
        { name: 'lines', type: 'view' },
      ],
    }),
    'spec.outputPorts[2].name must be unique among output ports; "lines" is already used by spec.outputPorts[0]',
  ],
  [
    'output ports is an object',
    dataProductDocument({ outputPorts: { name: 'a', type: 'table' } }),
    'spec.outputPorts must be a list; got an object',
  ],
  [
    'contract ref with javascript: URL',
    dataProductDocument({
      outputPorts: [
        { name: 'a', type: 'table', contract: { ref: SCRIPT_URL } },
      ],
    }),
    `spec.outputPorts[0].contract.ref must be an http(s) URL or a relative path; got "${SCRIPT_URL}"`,
  ],
  [
    'contract ref with data: URL',
    dataProductDocument({
      outputPorts: [
        {
          name: 'a',
          type: 'table',
          contract: { ref: 'data:text/html,<script>x</script>' },
        },
      ],
    }),
    'spec.outputPorts[0].contract.ref must be an http(s) URL or a relative path; got "data:text/html,<script>x</script>"',
  ],
  [
    'contract standard unknown',
    dataProductDocument({
      outputPorts: [
        { name: 'a', type: 'table', contract: { standard: 'dcs' } },
      ],
    }),
    'spec.outputPorts[0].contract.standard must be one of odcs, other; got "dcs"',
  ],
  [
    'classification unknown',
    dataProductDocument({
      outputPorts: [{ name: 'a', type: 'table', classification: 'secret' }],
    }),
    'spec.outputPorts[0].classification must be one of public, internal, confidential, restricted; got "secret"',
  ],
  [
    'containsPii as text',
    dataProductDocument({
      outputPorts: [{ name: 'a', type: 'table', containsPii: 'yes' }],
    }),
    'spec.outputPorts[0].containsPii must be true or false; got "yes"',
  ],
  [
    'sla with unknown field',
    dataProductDocument({
      outputPorts: [{ name: 'a', type: 'table', sla: { latency: '1s' } }],
    }),
    'spec.outputPorts[0].sla.latency is not a known field; expected one of freshness, availability',
  ],
  [
    'misspelt spec field',
    dataProductDocument({ requiredCapabilities: ['x'] }),
    'spec.requiredCapabilities is not a known field; expected one of owner, domain, type, lifecycle, description, inputPorts, outputPorts, requiresCapabilities',
  ],
  [
    'description as plain text',
    dataProductDocument({ description: 'Orders' }),
    'spec.description must be an object; got "Orders"',
  ],
  [
    'input port without a source',
    dataProductDocument({ inputPorts: [{ name: 'orders' }] }),
    'spec.inputPorts[0] must name its source: dataProduct (an upstream data product) or external (a source outside the mesh)',
  ],
  [
    'input port with port but no data product',
    dataProductDocument({
      inputPorts: [{ name: 'orders', port: 'x', external: 'ERP' }],
    }),
    'spec.inputPorts[0].port names an upstream output port, so spec.inputPorts[0].dataProduct is required with it',
  ],
  [
    'input port refers to a component',
    dataProductDocument({
      inputPorts: [{ name: 'orders', dataProduct: 'component:orders-db' }],
    }),
    'spec.inputPorts[0].dataProduct must refer to a DataProduct; got "component:orders-db"',
  ],
  [
    'duplicate input port names',
    dataProductDocument({
      inputPorts: [
        { name: 'orders', external: 'a' },
        { name: 'orders', external: 'b' },
      ],
    }),
    'spec.inputPorts[1].name must be unique among input ports; "orders" is already used by spec.inputPorts[0]',
  ],
  [
    'requiresCapabilities is text',
    dataProductDocument({ requiresCapabilities: 'batch-ingestion' }),
    'spec.requiresCapabilities must be a list; got "batch-ingestion"',
  ],
  [
    'capability ref of another kind',
    dataProductDocument({ requiresCapabilities: ['component:spark'] }),
    'spec.requiresCapabilities[0] must refer to a PlatformCapability; got "component:spark"',
  ],
  // UseCase
  [
    'UseCase without owner',
    withoutSpecField(useCaseDocument(), 'owner'),
    'spec.owner is required',
  ],
  [
    'UseCase without status',
    withoutSpecField(useCaseDocument(), 'status'),
    'spec.status is required',
  ],
  [
    'UseCase status unknown',
    useCaseDocument({ status: 'active' }),
    'spec.status must be one of proposed, committed, live, retired; got "active"',
  ],
  [
    'UseCase value unknown',
    useCaseDocument({ value: 'huge' }),
    'spec.value must be one of low, medium, high; got "huge"',
  ],
  [
    'UseCase complexity as number',
    useCaseDocument({ complexity: 3 }),
    'spec.complexity must be one of low, medium, high; got number 3',
  ],
  [
    'personas is text',
    useCaseDocument({ personas: 'data-analyst' }),
    'spec.personas must be a list; got "data-analyst"',
  ],
  [
    'empty persona',
    useCaseDocument({ personas: ['data-analyst', ''] }),
    'spec.personas[1] must not be empty',
  ],
  [
    'consumes with empty port',
    useCaseDocument({ consumes: ['order-history#'] }),
    'spec.consumes[0] must be a data product reference, optionally followed by #port (e.g. "orders#order-lines"); got "order-history#"',
  ],
  [
    'consumes with two ports',
    useCaseDocument({ consumes: ['order-history#a#b'] }),
    'spec.consumes[0] must be a data product reference, optionally followed by #port (e.g. "orders#order-lines"); got "order-history#a#b"',
  ],
  [
    'consumes an API',
    useCaseDocument({ consumes: ['api:orders-api'] }),
    'spec.consumes[0] must refer to a DataProduct; got "api:orders-api"',
  ],
  [
    'UseCase domain as list',
    useCaseDocument({ domain: ['orders'] }),
    'spec.domain must be a string; got a list',
  ],
  [
    'UseCase unknown field',
    useCaseDocument({ priority: 'high' }),
    'spec.priority is not a known field; expected one of owner, domain, status, personas, value, complexity, consumes, requiresCapabilities',
  ],
  // PlatformCapability
  [
    'capability without owner',
    withoutSpecField(capabilityDocument(), 'owner'),
    'spec.owner is required',
  ],
  [
    'capability without status',
    withoutSpecField(capabilityDocument(), 'status'),
    'spec.status is required',
  ],
  [
    'capability status unknown',
    capabilityDocument({ status: 'ga' }),
    'spec.status must be one of available, beta, building, planned, deprecated; got "ga"',
  ],
  [
    'capability category empty',
    capabilityDocument({ category: '' }),
    'spec.category must not be empty',
  ],
  [
    'implementedBy without kind',
    capabilityDocument({ implementedBy: ['ingestion-service'] }),
    'spec.implementedBy[0] must be an entity reference like "kind:namespace/name" (the kind is required here); got "ingestion-service"',
  ],
  [
    'implementedBy a group',
    capabilityDocument({ implementedBy: ['group:data-platform'] }),
    'spec.implementedBy[0] must refer to a Component or Resource or API; got "group:data-platform"',
  ],
];
