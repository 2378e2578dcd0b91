import { odcsExampleText } from '../../__testUtils__/odcsExamples';
import { readContractDefinition } from './readContractDefinition';

describe('readContractDefinition', () => {
  it("reads the official full example's identity and properties", () => {
    const { summary, problem } = readContractDefinition(
      odcsExampleText('all/full-example.odcs.yaml'),
    );
    expect(problem).toBeUndefined();
    expect(summary).toMatchObject({
      id: '53581432-6c55-4ba2-a65f-72344a91553a',
      version: '1.1.0',
      status: 'active',
      apiVersion: 'v3.1.0',
    });
    expect(summary!.objects.map(object => object.name)).toEqual([
      'tbl',
      'receivers',
    ]);
    expect(summary!.objects[1].properties[1]).toMatchObject({
      name: 'country_code',
      logicalType: 'string',
      required: true,
      primaryKey: true,
      primaryKeyPosition: 2,
      classification: 'public',
    });
  });

  it('names the line of text that is not YAML', () => {
    const { problem } = readContractDefinition(
      'apiVersion: v3.1.0\nkind: DataContract\nschema: [\n',
    );
    expect(problem).toMatch(
      /^The contract is not valid YAML or JSON: .*line 4/,
    );
  });

  it('refuses more than one document, a list and a missing text', () => {
    expect(readContractDefinition('id: a\n---\nid: b\n').problem).toMatch(
      /^The contract is not valid YAML or JSON: .*multiple documents/,
    );
    expect(readContractDefinition('- id: a\n').problem).toBe(
      'The contract must be a mapping of fields (apiVersion, kind, schema, …); got a list',
    );
    expect(readContractDefinition({ $text: './x.yaml' }).problem).toBe(
      "spec.definition must be the contract's text; got object",
    );
  });
});
