import type { Entity } from '@backstage/catalog-model';
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import { malformedDataMeshDocuments } from '../testUtils/malformedDocuments';
import { DataMeshValidationError } from '../validation/problems';
import { validateDataMeshEntity } from '../validation/validateEntity';
import { DATA_MESH_KINDS } from './constants';
import {
  dataProductEntityV1alpha1Schema,
  dataProductEntityV1alpha1Validator,
  isDataProductEntity,
} from './DataProduct.v1alpha1';
import {
  isPlatformCapabilityEntity,
  platformCapabilityEntityV1alpha1Schema,
  platformCapabilityEntityV1alpha1Validator,
} from './PlatformCapability.v1alpha1';
import {
  isUseCaseEntity,
  useCaseEntityV1alpha1Schema,
  useCaseEntityV1alpha1Validator,
} from './UseCase.v1alpha1';

const modules = [
  {
    kind: 'DataProduct',
    schema: dataProductEntityV1alpha1Schema,
    validator: dataProductEntityV1alpha1Validator,
    guard: isDataProductEntity,
  },
  {
    kind: 'UseCase',
    schema: useCaseEntityV1alpha1Schema,
    validator: useCaseEntityV1alpha1Validator,
    guard: isUseCaseEntity,
  },
  {
    kind: 'PlatformCapability',
    schema: platformCapabilityEntityV1alpha1Schema,
    validator: platformCapabilityEntityV1alpha1Validator,
    guard: isPlatformCapabilityEntity,
  },
];

const examples: Entity[] = loadExampleDocuments().filter(d =>
  (DATA_MESH_KINDS as readonly string[]).includes(d.kind),
);

function moduleClaiming(document: unknown) {
  const kind = (document as { kind?: unknown } | null)?.kind;
  return modules.find(
    m =>
      typeof kind === 'string' && m.kind.toLowerCase() === kind.toLowerCase(),
  );
}

describe('one module per kind', () => {
  it('covers every data-mesh kind once', () => {
    expect(modules.map(m => m.kind)).toEqual([...DATA_MESH_KINDS]);
    expect(modules.map(m => m.validator.kind)).toEqual([...DATA_MESH_KINDS]);
  });

  it.each(modules)(
    "holds the $kind kind's own JSON Schema",
    ({ kind, schema }) => {
      const { properties } = schema as {
        properties: { kind: { enum: string[] } };
      };
      expect(properties.kind.enum).toEqual([kind]);
    },
  );

  it('has examples of every kind to check against', () => {
    for (const { kind } of modules) {
      expect(examples.filter(e => e.kind === kind).length).toBeGreaterThan(0);
    }
  });

  it.each(modules)(
    'accepts the example $kind entities and only claims its own kind',
    async ({ kind, validator, guard }) => {
      for (const example of examples) {
        const own = example.kind === kind;
        expect(guard(example)).toBe(own);
        await expect(validator.check(example)).resolves.toBe(own);
        expect(validator.validate(example)).toEqual(
          own
            ? []
            : [
                {
                  path: 'kind',
                  message: `kind must be ${kind}; got "${example.kind}"`,
                },
              ],
        );
      }
    },
  );

  const claimed = malformedDataMeshDocuments.filter(
    ([, document]) => moduleClaiming(document) !== undefined,
  );
  const unclaimed = malformedDataMeshDocuments.filter(
    ([, document]) => moduleClaiming(document) === undefined,
  );

  it.each(claimed)(
    'gives the shared messages for a document with this mistake: %s',
    async (_what, document, expected) => {
      const own = moduleClaiming(document)!;
      const shared = validateDataMeshEntity(document);
      expect(shared.map(p => p.message)).toContain(expected);
      expect(own.validator.validate(document)).toEqual(shared);
      const thrown = await own.validator
        .check(document as Entity)
        .catch(error => error);
      expect(thrown).toBeInstanceOf(DataMeshValidationError);
      expect((thrown as DataMeshValidationError).problems).toEqual(shared);
      for (const other of modules.filter(m => m !== own)) {
        await expect(other.validator.check(document as Entity)).resolves.toBe(
          false,
        );
      }
    },
  );

  it.each(unclaimed)(
    'leaves a document of no data-mesh kind to others: %s',
    async (_what, document) => {
      for (const { validator } of modules) {
        await expect(validator.check(document as Entity)).resolves.toBe(false);
      }
    },
  );

  it('claims a kind in any letter case, to say how to write it', async () => {
    const problems = dataProductEntityV1alpha1Validator.validate({
      ...examples.find(e => e.kind === 'DataProduct'),
      kind: 'dataproduct',
    });
    expect(problems.map(p => p.message)).toEqual([
      'kind must be written "DataProduct"; got "dataproduct"',
    ]);
  });
});
