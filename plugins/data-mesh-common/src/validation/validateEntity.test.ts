import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import {
  assertValidDataMeshEntity,
  isDataMeshEntityCandidate,
  validateDataMeshEntity,
  validateDomainAnnotations,
} from './validateEntity';
import { DataMeshValidationError } from './problems';

const V = 'data-mesh-portfolio.io/v1alpha1';
// Built from parts so that the linter's script-URL rule sees no literal.
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

function dataProduct(spec: Record<string, unknown> = {}): any {
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

function useCase(spec: Record<string, unknown> = {}): any {
  return {
    apiVersion: V,
    kind: 'UseCase',
    metadata: { name: 'checkout-dashboard' },
    spec: { owner: 'checkout-team', status: 'live', ...spec },
  };
}

function capability(spec: Record<string, unknown> = {}, metadata = {}): any {
  return {
    apiVersion: V,
    kind: 'PlatformCapability',
    metadata: { name: 'batch-ingestion', ...metadata },
    spec: { owner: 'data-platform', status: 'available', ...spec },
  };
}

function without(entity: any, field: string): any {
  const copy = structuredClone(entity);
  delete copy.spec[field];
  return copy;
}

/** [what is wrong, document, the exact message expected among the problems] */
const malformed: Array<[string, unknown, string]> = [
  // Envelope
  ['not an object', 'DataProduct', 'the entity must be an object'],
  [
    'unsupported version of our group',
    { ...dataProduct(), apiVersion: 'data-mesh-portfolio.io/v1beta1' },
    'apiVersion data-mesh-portfolio.io/v1beta1 is not supported by this release; supported versions: data-mesh-portfolio.io/v1alpha1',
  ],
  [
    'our kind under another group',
    { ...dataProduct(), apiVersion: 'backstage.io/v1alpha1' },
    'apiVersion must be data-mesh-portfolio.io/v1alpha1 for kind DataProduct; got "backstage.io/v1alpha1"',
  ],
  [
    'kind in the wrong case',
    { ...dataProduct(), kind: 'Dataproduct' },
    'kind must be written "DataProduct"; got "Dataproduct"',
  ],
  [
    'unknown kind in our group',
    { ...dataProduct(), kind: 'DataContract' },
    'kind must be one of DataProduct, UseCase, PlatformCapability for apiVersion data-mesh-portfolio.io/v1alpha1; got "DataContract"',
  ],
  [
    'missing spec',
    { apiVersion: V, kind: 'UseCase', metadata: { name: 'x' } },
    'spec is required',
  ],
  [
    'spec is a list',
    { ...useCase(), spec: [] },
    'spec must be an object; got a list',
  ],
  [
    'link with javascript: URL',
    capability({}, { links: [{ url: SCRIPT_URL, title: 'Docs' }] }),
    `metadata.links[0].url must be an http(s) URL; got "${SCRIPT_URL}"`,
  ],
  [
    'link with ftp URL',
    capability({}, { links: [{ url: 'ftp://files.example.com/x' }] }),
    'metadata.links[0].url must be an http(s) URL; got "ftp://files.example.com/x"',
  ],
  // DataProduct
  [
    'DataProduct without owner',
    without(dataProduct(), 'owner'),
    'spec.owner is required',
  ],
  [
    'DataProduct without domain',
    without(dataProduct(), 'domain'),
    'spec.domain is required',
  ],
  [
    'DataProduct without lifecycle',
    without(dataProduct(), 'lifecycle'),
    'spec.lifecycle is required',
  ],
  [
    'DataProduct lifecycle misspelt',
    dataProduct({ lifecycle: 'production' }),
    'spec.lifecycle must be one of proposed, draft, active, deprecated, retired; got "production"',
  ],
  [
    'DataProduct type unknown',
    dataProduct({ type: 'source' }),
    'spec.type must be one of source-aligned, aggregate, consumer-aligned; got "source"',
  ],
  [
    'owner is a number',
    dataProduct({ owner: 42 }),
    'spec.owner must be a string; got number 42',
  ],
  [
    'owner is empty',
    dataProduct({ owner: '' }),
    'spec.owner must not be empty',
  ],
  [
    'owner refers to a component',
    dataProduct({ owner: 'component:checkout' }),
    'spec.owner must refer to a Group or User; got "component:checkout"',
  ],
  [
    'owner is a malformed reference',
    dataProduct({ owner: 'group:a:b/c/d' }),
    'spec.owner must be an entity reference like "kind:namespace/name" or "name"; got "group:a:b/c/d"',
  ],
  [
    'domain refers to a system',
    dataProduct({ domain: 'system:shop' }),
    'spec.domain must refer to a Domain; got "system:shop"',
  ],
  [
    'output port type misspelt',
    dataProduct({ outputPorts: [{ name: 'order-lines', type: 'tabel' }] }),
    'spec.outputPorts[0].type must be one of table, view, topic, file, api, other; got "tabel"',
  ],
  [
    'output port without name',
    dataProduct({ outputPorts: [{ type: 'table' }] }),
    'spec.outputPorts[0].name is required',
  ],
  [
    'output port without type',
    dataProduct({ outputPorts: [{ name: 'a' }] }),
    'spec.outputPorts[0].type is required',
  ],
  [
    'duplicate output port names',
    dataProduct({
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
    dataProduct({ outputPorts: { name: 'a', type: 'table' } }),
    'spec.outputPorts must be a list; got an object',
  ],
  [
    'contract ref with javascript: URL',
    dataProduct({
      outputPorts: [
        { name: 'a', type: 'table', contract: { ref: SCRIPT_URL } },
      ],
    }),
    `spec.outputPorts[0].contract.ref must be an http(s) URL or a relative path; got "${SCRIPT_URL}"`,
  ],
  [
    'contract ref with data: URL',
    dataProduct({
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
    dataProduct({
      outputPorts: [
        { name: 'a', type: 'table', contract: { standard: 'dcs' } },
      ],
    }),
    'spec.outputPorts[0].contract.standard must be one of odcs, other; got "dcs"',
  ],
  [
    'classification unknown',
    dataProduct({
      outputPorts: [{ name: 'a', type: 'table', classification: 'secret' }],
    }),
    'spec.outputPorts[0].classification must be one of public, internal, confidential, restricted; got "secret"',
  ],
  [
    'containsPii as text',
    dataProduct({
      outputPorts: [{ name: 'a', type: 'table', containsPii: 'yes' }],
    }),
    'spec.outputPorts[0].containsPii must be true or false; got "yes"',
  ],
  [
    'sla with unknown field',
    dataProduct({
      outputPorts: [{ name: 'a', type: 'table', sla: { latency: '1s' } }],
    }),
    'spec.outputPorts[0].sla.latency is not a known field; expected one of freshness, availability',
  ],
  [
    'misspelt spec field',
    dataProduct({ requiredCapabilities: ['x'] }),
    'spec.requiredCapabilities is not a known field; expected one of owner, domain, type, lifecycle, description, inputPorts, outputPorts, requiresCapabilities',
  ],
  [
    'description as plain text',
    dataProduct({ description: 'Orders' }),
    'spec.description must be an object; got "Orders"',
  ],
  [
    'input port without a source',
    dataProduct({ inputPorts: [{ name: 'orders' }] }),
    'spec.inputPorts[0] must name its source: dataProduct (an upstream data product) or external (a source outside the mesh)',
  ],
  [
    'input port with port but no data product',
    dataProduct({
      inputPorts: [{ name: 'orders', port: 'x', external: 'ERP' }],
    }),
    'spec.inputPorts[0].port names an upstream output port, so spec.inputPorts[0].dataProduct is required with it',
  ],
  [
    'input port refers to a component',
    dataProduct({
      inputPorts: [{ name: 'orders', dataProduct: 'component:orders-db' }],
    }),
    'spec.inputPorts[0].dataProduct must refer to a DataProduct; got "component:orders-db"',
  ],
  [
    'duplicate input port names',
    dataProduct({
      inputPorts: [
        { name: 'orders', external: 'a' },
        { name: 'orders', external: 'b' },
      ],
    }),
    'spec.inputPorts[1].name must be unique among input ports; "orders" is already used by spec.inputPorts[0]',
  ],
  [
    'requiresCapabilities is text',
    dataProduct({ requiresCapabilities: 'batch-ingestion' }),
    'spec.requiresCapabilities must be a list; got "batch-ingestion"',
  ],
  [
    'capability ref of another kind',
    dataProduct({ requiresCapabilities: ['component:spark'] }),
    'spec.requiresCapabilities[0] must refer to a PlatformCapability; got "component:spark"',
  ],
  // UseCase
  [
    'UseCase without owner',
    without(useCase(), 'owner'),
    'spec.owner is required',
  ],
  [
    'UseCase without status',
    without(useCase(), 'status'),
    'spec.status is required',
  ],
  [
    'UseCase status unknown',
    useCase({ status: 'active' }),
    'spec.status must be one of proposed, committed, live, retired; got "active"',
  ],
  [
    'UseCase value unknown',
    useCase({ value: 'huge' }),
    'spec.value must be one of low, medium, high; got "huge"',
  ],
  [
    'UseCase complexity as number',
    useCase({ complexity: 3 }),
    'spec.complexity must be one of low, medium, high; got number 3',
  ],
  [
    'personas is text',
    useCase({ personas: 'data-analyst' }),
    'spec.personas must be a list; got "data-analyst"',
  ],
  [
    'empty persona',
    useCase({ personas: ['data-analyst', ''] }),
    'spec.personas[1] must not be empty',
  ],
  [
    'consumes with empty port',
    useCase({ consumes: ['order-history#'] }),
    'spec.consumes[0] must be a data product reference, optionally followed by #port (e.g. "orders#order-lines"); got "order-history#"',
  ],
  [
    'consumes with two ports',
    useCase({ consumes: ['order-history#a#b'] }),
    'spec.consumes[0] must be a data product reference, optionally followed by #port (e.g. "orders#order-lines"); got "order-history#a#b"',
  ],
  [
    'consumes an API',
    useCase({ consumes: ['api:orders-api'] }),
    'spec.consumes[0] must refer to a DataProduct; got "api:orders-api"',
  ],
  [
    'UseCase domain as list',
    useCase({ domain: ['orders'] }),
    'spec.domain must be a string; got a list',
  ],
  [
    'UseCase unknown field',
    useCase({ priority: 'high' }),
    'spec.priority is not a known field; expected one of owner, domain, status, personas, value, complexity, consumes, requiresCapabilities',
  ],
  // PlatformCapability
  [
    'capability without owner',
    without(capability(), 'owner'),
    'spec.owner is required',
  ],
  [
    'capability without status',
    without(capability(), 'status'),
    'spec.status is required',
  ],
  [
    'capability status unknown',
    capability({ status: 'ga' }),
    'spec.status must be one of available, beta, building, planned, deprecated; got "ga"',
  ],
  [
    'capability category empty',
    capability({ category: '' }),
    'spec.category must not be empty',
  ],
  [
    'implementedBy without kind',
    capability({ implementedBy: ['ingestion-service'] }),
    'spec.implementedBy[0] must be an entity reference like "kind:namespace/name" (the kind is required here); got "ingestion-service"',
  ],
  [
    'implementedBy a group',
    capability({ implementedBy: ['group:data-platform'] }),
    'spec.implementedBy[0] must refer to a Component or Resource or API; got "group:data-platform"',
  ],
];

describe('validateDataMeshEntity', () => {
  it('has at least 40 malformed documents', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(40);
  });

  it.each(malformed)('rejects %s', (_what, document, expected) => {
    const messages = validateDataMeshEntity(document).map(p => p.message);
    expect(messages).toContain(expected);
  });

  it('reports every problem of a document in one pass', () => {
    const problems = validateDataMeshEntity(
      dataProduct({
        lifecycle: 'live',
        owner: 'component:x',
        outputPorts: [{ name: 'a', type: 'tabel' }],
      }),
    );
    expect(problems.map(p => p.path)).toEqual([
      'spec.lifecycle',
      'spec.outputPorts[0].type',
      'spec.owner',
    ]);
  });

  it('accepts relative contract paths and http(s) URLs', () => {
    for (const ref of ['contracts/a.yaml', './a.yaml', 'https://x.example/a']) {
      expect(
        validateDataMeshEntity(
          dataProduct({
            outputPorts: [{ name: 'a', type: 'table', contract: { ref } }],
          }),
        ),
      ).toEqual([]);
    }
  });

  it('accepts free-text personas and categories', () => {
    expect(
      validateDataMeshEntity(useCase({ personas: ['compliance-officer'] })),
    ).toEqual([]);
    expect(validateDataMeshEntity(capability({ category: 'ml' }))).toEqual([]);
  });

  it('accepts fully qualified and mixed-case references', () => {
    expect(
      validateDataMeshEntity(
        useCase({
          owner: 'user:default/Amara.Okafor',
          consumes: ['DataProduct:default/Order-History#order-lines'],
          requiresCapabilities: ['platformcapability:platform/feature-store'],
        }),
      ),
    ).toEqual([]);
  });
});

describe('assertValidDataMeshEntity', () => {
  it('throws an error naming the entity and every problem', () => {
    expect(() =>
      assertValidDataMeshEntity(dataProduct({ lifecycle: 'live' })),
    ).toThrow(
      new DataMeshValidationError('DataProduct "order-history"', [
        {
          path: 'spec.lifecycle',
          message:
            'spec.lifecycle must be one of proposed, draft, active, deprecated, retired; got "live"',
        },
      ]),
    );
    expect(() =>
      assertValidDataMeshEntity(dataProduct({ lifecycle: 'live' })),
    ).toThrow(
      'DataProduct "order-history" is invalid: spec.lifecycle must be one of proposed, draft, active, deprecated, retired; got "live"',
    );
  });

  it('passes valid entities', () => {
    expect(() => assertValidDataMeshEntity(dataProduct())).not.toThrow();
  });
});

describe('isDataMeshEntityCandidate', () => {
  it('claims our group and our kinds, nothing else', () => {
    expect(isDataMeshEntityCandidate(dataProduct())).toBe(true);
    expect(
      isDataMeshEntityCandidate({ apiVersion: 'data-mesh-portfolio.io/v9' }),
    ).toBe(true);
    expect(
      isDataMeshEntityCandidate({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'UseCase',
      }),
    ).toBe(true);
    expect(
      isDataMeshEntityCandidate({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
      }),
    ).toBe(false);
  });
});

describe('validateDomainAnnotations', () => {
  const domain = (annotations: Record<string, string>) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'orders', annotations },
    spec: { owner: 'team' },
  });

  it('accepts a declared phase with a reason, and no annotations', () => {
    expect(
      validateDomainAnnotations(
        domain({
          'data-mesh-portfolio.io/phase': 'scale',
          'data-mesh-portfolio.io/phase-reason': 'Three teams onboarding',
        }),
      ),
    ).toEqual([]);
    expect(validateDomainAnnotations(domain({}))).toEqual([]);
  });

  it('rejects an unknown phase by name', () => {
    expect(
      validateDomainAnnotations(
        domain({ 'data-mesh-portfolio.io/phase': 'scaling' }),
      ).map(p => p.message),
    ).toEqual([
      'metadata.annotations["data-mesh-portfolio.io/phase"] must be one of bootstrap, scale, exploit; got "scaling"',
    ]);
  });

  it('rejects a reason without a phase', () => {
    expect(
      validateDomainAnnotations(
        domain({ 'data-mesh-portfolio.io/phase-reason': 'because' }),
      ).map(p => p.message),
    ).toEqual([
      'metadata.annotations["data-mesh-portfolio.io/phase-reason"] explains a declared phase, so metadata.annotations["data-mesh-portfolio.io/phase"] is required with it',
    ]);
  });

  it('rejects an empty reason', () => {
    expect(
      validateDomainAnnotations(
        domain({
          'data-mesh-portfolio.io/phase': 'scale',
          'data-mesh-portfolio.io/phase-reason': ' ',
        }),
      ).map(p => p.message),
    ).toEqual([
      'metadata.annotations["data-mesh-portfolio.io/phase-reason"] must not be empty',
    ]);
  });
});

describe('the example organisation', () => {
  const documents = loadExampleDocuments();

  it('holds valid entities of every data-mesh kind', () => {
    const ours = documents.filter(isDataMeshEntityCandidate);
    expect(new Set(ours.map(e => e.kind))).toEqual(
      new Set(['DataProduct', 'UseCase', 'PlatformCapability']),
    );
    for (const entity of ours) {
      expect([entity.metadata.name, validateDataMeshEntity(entity)]).toEqual([
        entity.metadata.name,
        [],
      ]);
    }
  });

  it('holds domains with valid data-mesh annotations', () => {
    const domains = documents.filter(e => e.kind === 'Domain');
    expect(domains.length).toBeGreaterThanOrEqual(6);
    for (const domain of domains) {
      expect(validateDomainAnnotations(domain)).toEqual([]);
    }
  });
});
