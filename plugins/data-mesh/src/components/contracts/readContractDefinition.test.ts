import { odcsExampleText } from '../../__testUtils__/odcsExamples';
import { readContractDefinition } from './readContractDefinition';

describe('readContractDefinition', () => {
  it('reads a contract written as JSON', () => {
    const { summary } = readContractDefinition(
      JSON.stringify({ kind: 'DataContract', version: '2.0.0' }),
    );
    expect(summary?.version).toBe('2.0.0');
  });

  it('refuses a document that expands too many aliases, with its line', () => {
    // A shared value used 101 times: past the catalog's bound of 100.
    const bomb = `kind: DataContract\nx: &x y\ntags: [${Array(101)
      .fill('*x')
      .join(', ')}]\n`;
    expect(readContractDefinition(bomb).problem).toMatch(
      /^The contract is not valid YAML or JSON: line 1: .*alias/i,
    );
  });

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

  it('refuses more than one document, none, a list and a missing text', () => {
    expect(readContractDefinition('id: a\n---\nid: b\n').problem).toBe(
      'The contract must be one YAML document; the text has 2',
    );
    expect(readContractDefinition('# nothing yet\n').problem).toBe(
      'The contract must be one YAML document; the text has 0',
    );
    expect(readContractDefinition('- id: a\n').problem).toBe(
      'The contract must be a mapping of fields (apiVersion, kind, schema, …); got a list',
    );
    expect(readContractDefinition({ $text: './x.yaml' }).problem).toBe(
      "spec.definition must be the contract's text; got object",
    );
  });
});
