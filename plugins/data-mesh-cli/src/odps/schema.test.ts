import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fixture } from './__fixtures__';
import { checkOdpsDocument, validateOdpsDocument } from './schema';

const schemasDir = path.resolve(__dirname, '../../schemas');

describe('the pinned ODPS schemas', () => {
  const readme = fs.readFileSync(path.join(schemasDir, 'README.md'), 'utf8');
  const row = (what: string) =>
    readme
      .split('\n')
      .find(line => line.startsWith(`| ${what} `))!
      .split('|')
      .slice(2, -1)
      .map(cell => cell.trim());

  it.each([0, 1])(
    'are byte for byte the copies the README describes (column %i)',
    column => {
      const file = row('file')[column].replace(/`/g, '');
      const recorded = row('SHA-256')[column].replace(/`/g, '');
      expect(recorded).toMatch(/^[0-9a-f]{64}$/);
      const bytes = fs.readFileSync(path.join(schemasDir, file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded);
    },
  );

  it('lists every schema file of the folder in the README', () => {
    const files = fs.readdirSync(schemasDir).filter(f => f.endsWith('.json'));
    expect(row('file').map(cell => cell.replace(/`/g, ''))).toEqual(
      files.sort().reverse(),
    );
  });
});

describe('validateOdpsDocument', () => {
  it('accepts a document that uses every section of the standard', () => {
    expect(validateOdpsDocument(fixture('customer-360.odps.yaml'))).toEqual([]);
  });

  it('checks the formats the schema names, inside its definitions', () => {
    const document = fixture('customer-360.odps.yaml');
    document.team.members[0].dateIn = '01/03/2024';
    document.support[0].url = 'not a url';
    expect(validateOdpsDocument(document)).toEqual([
      {
        segments: ['support', 0, 'url'],
        message: 'support[0].url must be a URL; got "not a url"',
      },
      {
        segments: ['team', 'members', 0, 'dateIn'],
        message:
          'team.members[0].dateIn must be a date (YYYY-MM-DD); got "01/03/2024"',
      },
    ]);
  });

  it('accepts a v0.9.0 document in its v0.9.0 shape, team a list of members', () => {
    const document = {
      apiVersion: 'v0.9.0',
      kind: 'DataProduct',
      id: 'orders',
      status: 'draft',
      team: [{ username: 'ana@example.com', role: 'owner' }],
    };
    expect(validateOdpsDocument(document)).toEqual([]);
    expect(checkOdpsDocument(document).schema).toBe('v0.9.0');
    // The list is the v0.9.0 shape only: v1.0.0 wants an object.
    expect(validateOdpsDocument({ ...document, apiVersion: 'v1.0.0' })).toEqual(
      [
        {
          segments: ['team'],
          message: 'team must be an object; got a list',
        },
      ],
    );
  });

  it('accepts a v0.9.0 document in the v1.0.0 shape, as the standard’s current examples are', () => {
    const document = {
      ...fixture('customer-360.odps.yaml'),
      apiVersion: 'v0.9.0',
    };
    expect(validateOdpsDocument(document)).toEqual([]);
    expect(checkOdpsDocument(document).schema).toBe('v1.0.0');
  });

  it('tells fields the standard does not define from other problems', () => {
    const document = {
      ...fixture('loyalty-points.odps.yaml'),
      xVendor: 1,
      team: { name: 'a', xOnCall: 'b' },
    };
    expect(checkOdpsDocument(document)).toEqual({
      schema: 'v1.0.0',
      errors: [],
      unknownFields: [
        {
          segments: ['xVendor'],
          message: expect.stringMatching(
            /^xVendor is not an ODPS field here; expected one of apiVersion, kind, /,
          ),
        },
        {
          segments: ['team', 'xOnCall'],
          message:
            'team.xOnCall is not an ODPS field here; expected one of name, description, members, tags, customProperties, authoritativeDefinitions',
        },
      ],
    });
  });

  it('reports a document that is not an object at the root', () => {
    expect(validateOdpsDocument(['a'])).toEqual([
      { segments: [], message: 'the document must be an object; got a list' },
    ]);
  });
});
