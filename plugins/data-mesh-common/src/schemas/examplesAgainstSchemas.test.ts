/*
 * What an editor checks: every data-mesh document of the example
 * organisation is valid against its kind's published JSON Schema file, read
 * from disk and compiled by a plain JSON Schema validator (not through this
 * package's own validation code).
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';

const KINDS = ['DataProduct', 'UseCase', 'PlatformCapability'];

describe('the published JSON Schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = Object.fromEntries(
    KINDS.map(kind => [
      kind,
      ajv.compile(
        JSON.parse(
          fs.readFileSync(
            path.join(__dirname, `${kind}.v1alpha1.schema.json`),
            'utf8',
          ),
        ),
      ),
    ]),
  );
  const documents = loadExampleDocuments().filter(d => KINDS.includes(d?.kind));

  it('has example documents of every kind to check', () => {
    expect(new Set(documents.map(d => d.kind))).toEqual(new Set(KINDS));
  });

  it('accepts every example document of its kind', () => {
    const rejected = documents
      .filter(d => !validators[d.kind](d))
      .map(
        d =>
          `${d.kind}:${d.metadata.name} ${ajv.errorsText(
            validators[d.kind].errors,
          )}`,
      );
    expect(rejected).toEqual([]);
  });

  it('rejects what an editor must flag', () => {
    const product = documents.find(d => d.kind === 'DataProduct');
    const broken = structuredClone(product);
    broken.spec.outputPorts[0].type = 'tabel';
    const validateDataProduct = validators.DataProduct;
    expect(validateDataProduct(broken)).toBe(false);
  });
});
