import {
  compileCatalogModel,
  defaultCatalogEntityModel,
} from '@backstage/catalog-model/alpha';
import Ajv from 'ajv';
import { loadExampleDocuments } from './__testUtils__/exampleEntities';
import { dataMeshCatalogModelLayer } from './alpha';
import { DATA_MESH_API_VERSION, DATA_MESH_KINDS } from './kinds/constants';
import {
  capabilityDocument,
  dataProductDocument,
  malformedDataMeshDocuments,
  useCaseDocument,
} from './testUtils/malformedDocuments';
import { validateAgainstSchema } from './validation/schemaValidation';

// The catalog always compiles the default model under added layers.
const model = compileCatalogModel([
  defaultCatalogEntityModel,
  dataMeshCatalogModelLayer,
]);

// Configured as the catalog's model processor compiles kind schemas: strict,
// so a keyword the catalog does not know fails here as it would there.
const ajv = new Ajv({
  allowUnionTypes: true,
  allErrors: true,
  addUsedSchema: false,
});

function layerAccepts(document: any): boolean {
  const kind = model.getKind({
    kind: document.kind,
    apiVersion: document.apiVersion,
  });
  if (!kind) throw new Error(`the model has no kind ${document.kind}`);
  return ajv.validate(kind.jsonSchema, document) as boolean;
}

const ownVersion = (document: any) =>
  (DATA_MESH_KINDS as readonly string[]).includes(document?.kind) &&
  document.apiVersion === DATA_MESH_API_VERSION;

const examples = loadExampleDocuments().filter(ownVersion);
const malformed = malformedDataMeshDocuments.filter(([, document]) =>
  ownVersion(document),
);

describe('dataMeshCatalogModelLayer', () => {
  it('describes the three kinds at their apiVersion', () => {
    const ours = model
      .listKinds()
      .filter(k =>
        (DATA_MESH_KINDS as readonly string[]).includes(k.names.kind),
      );
    expect(ours.map(k => [k.names.kind, k.versions])).toEqual(
      DATA_MESH_KINDS.map(kind => [
        kind,
        [{ apiVersion: DATA_MESH_API_VERSION }],
      ]),
    );
  });

  it.each([
    ['DataProduct', dataProductDocument({ lifecycle: 'live' })],
    ['UseCase', useCaseDocument({ status: 'someday' })],
    ['PlatformCapability', capabilityDocument({ colour: 'blue' })],
  ])('accepts a valid %s and rejects a malformed one', (kind, bad) => {
    const good = [
      dataProductDocument(),
      useCaseDocument(),
      capabilityDocument(),
    ];
    expect(layerAccepts(good.find(d => d.kind === kind))).toBe(true);
    expect(bad.kind).toBe(kind);
    expect(layerAccepts(bad)).toBe(false);
  });

  it('has example entities of every kind to check', () => {
    for (const kind of DATA_MESH_KINDS) {
      expect(examples.some(e => e.kind === kind)).toBe(true);
    }
  });

  it('accepts every example entity of the data-mesh kinds', () => {
    const rejected = examples.filter(e => !layerAccepts(e));
    expect(rejected.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([]);
  });

  // What the shipped schema rejects in spec; metadata is the catalog's own.
  const badSpecs = malformed.filter(([, document]: [string, any, string]) =>
    validateAgainstSchema(document.kind, document).some(p =>
      p.path.startsWith('spec'),
    ),
  );

  it('has malformed specs of every kind to check', () => {
    for (const kind of DATA_MESH_KINDS) {
      expect(
        badSpecs.filter(
          ([, document]: [string, any, string]) => document.kind === kind,
        ).length,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(badSpecs)(
    'rejects what the shipped schema rejects in spec: %s',
    (_what, document) => {
      expect(layerAccepts(document)).toBe(false);
    },
  );

  it('names the reference fields that imply relations', () => {
    const fields = (kind: string) =>
      model
        .getKind({ kind, apiVersion: DATA_MESH_API_VERSION })!
        .relationFields.map(f => [f.path, f.relation, f.defaultKind]);
    expect(fields('DataProduct')).toEqual([
      ['spec.owner', 'ownedBy', 'Group'],
      ['spec.domain', 'partOf', 'Domain'],
      [
        'spec.requiresCapabilities',
        'dataMeshRequiresCapability',
        'PlatformCapability',
      ],
    ]);
    expect(fields('UseCase')).toEqual(fields('DataProduct'));
    expect(fields('PlatformCapability')).toEqual([
      ['spec.owner', 'ownedBy', 'Group'],
      ['spec.implementedBy', 'dataMeshImplementedBy', undefined],
    ]);
  });

  it('declares both directions of every relation the kinds take part in', () => {
    const pairs = (kind: string) =>
      (model.getRelations({ kind }) ?? []).map(r => [
        r.forward.type,
        [...r.toKind].sort(),
        r.reverse.type,
      ]);
    expect(pairs('DataProduct')).toEqual(
      expect.arrayContaining([
        ['ownedBy', ['Group', 'User'], 'ownerOf'],
        ['partOf', ['Domain'], 'hasPart'],
        ['dependsOn', ['DataProduct'], 'dependencyOf'],
        ['dependencyOf', ['DataProduct'], 'dependsOn'],
        [
          'dataMeshRequiresCapability',
          ['PlatformCapability'],
          'dataMeshCapabilityRequiredBy',
        ],
        [
          'dataMeshDataProductConsumedBy',
          ['UseCase'],
          'dataMeshConsumesDataProduct',
        ],
        ['providesApi', ['API'], 'apiProvidedBy'],
        ['consumesApi', ['API'], 'apiConsumedBy'],
      ]),
    );
    expect(pairs('UseCase')).toEqual(
      expect.arrayContaining([['consumesApi', ['API'], 'apiConsumedBy']]),
    );
    expect(pairs('API')).toEqual(
      expect.arrayContaining([
        [
          'apiProvidedBy',
          expect.arrayContaining(['Component', 'DataProduct']),
          'providesApi',
        ],
        [
          'apiConsumedBy',
          expect.arrayContaining(['Component', 'DataProduct', 'UseCase']),
          'consumesApi',
        ],
      ]),
    );
    expect(pairs('PlatformCapability')).toEqual(
      expect.arrayContaining([
        [
          'dataMeshImplementedBy',
          ['API', 'Component', 'Resource'],
          'dataMeshImplementsCapability',
        ],
        [
          'dataMeshCapabilityRequiredBy',
          ['DataProduct', 'UseCase'],
          'dataMeshRequiresCapability',
        ],
      ]),
    );
    expect(pairs('Group')).toEqual(
      expect.arrayContaining([
        [
          'ownerOf',
          expect.arrayContaining([
            'DataProduct',
            'PlatformCapability',
            'UseCase',
          ]),
          'ownedBy',
        ],
      ]),
    );
  });
});
