import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fixture } from './__fixtures__';
import { validateOdpsDocument } from './schema';

const schemasDir = path.resolve(__dirname, '../../schemas');

describe('the pinned ODPS schema', () => {
  it('is byte for byte the copy its README describes', () => {
    const bytes = fs.readFileSync(
      path.join(schemasDir, 'odps-json-schema-v1.0.0.json'),
    );
    const readme = fs.readFileSync(path.join(schemasDir, 'README.md'), 'utf8');
    const recorded = readme.match(/SHA-256\s*\|\s*`([0-9a-f]{64})`/)?.[1];
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded);
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

  it('reports a document that is not an object at the root', () => {
    expect(validateOdpsDocument(['a'])).toEqual([
      { segments: [], message: 'the document must be an object; got a list' },
    ]);
  });
});
