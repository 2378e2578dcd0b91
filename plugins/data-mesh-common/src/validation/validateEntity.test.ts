import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import {
  assertValidDataMeshEntity,
  isDataMeshEntityCandidate,
  validateDataMeshEntity,
  validatePhaseAnnotations,
} from './validateEntity';
import { DataMeshValidationError } from './problems';
import {
  capabilityDocument as capability,
  dataProductDocument as dataProduct,
  malformedDataMeshDocuments as malformed,
  useCaseDocument as useCase,
} from '../testUtils/malformedDocuments';

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

describe('validatePhaseAnnotations', () => {
  const domain = (annotations: Record<string, string>) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'orders', annotations },
    spec: { owner: 'team' },
  });

  it('accepts a declared phase with a reason, and no annotations', () => {
    expect(
      validatePhaseAnnotations(
        domain({
          'data-mesh-portfolio.io/phase': 'scale',
          'data-mesh-portfolio.io/phase-reason': 'Three teams onboarding',
        }),
      ),
    ).toEqual([]);
    expect(validatePhaseAnnotations(domain({}))).toEqual([]);
  });

  it('rejects an unknown phase by name', () => {
    expect(
      validatePhaseAnnotations(
        domain({ 'data-mesh-portfolio.io/phase': 'scaling' }),
      ).map(p => p.message),
    ).toEqual([
      'metadata.annotations["data-mesh-portfolio.io/phase"] must be one of bootstrap, scale, exploit; got "scaling"',
    ]);
  });

  it('rejects a reason without a phase', () => {
    expect(
      validatePhaseAnnotations(
        domain({ 'data-mesh-portfolio.io/phase-reason': 'because' }),
      ).map(p => p.message),
    ).toEqual([
      'metadata.annotations["data-mesh-portfolio.io/phase-reason"] explains a declared phase, so metadata.annotations["data-mesh-portfolio.io/phase"] is required with it',
    ]);
  });

  it('rejects an empty reason', () => {
    expect(
      validatePhaseAnnotations(
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
      expect(validatePhaseAnnotations(domain)).toEqual([]);
    }
  });
});
