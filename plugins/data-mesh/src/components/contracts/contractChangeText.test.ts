import { diffContracts } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { contractHistory } from '../../__testUtils__/contractOrganisation';
import { pathsText, reachSentence, versionBadges } from './contractChangeText';

describe('contract change words', () => {
  const [first, second, third] = contractHistory().map(s => s.document);

  it('badges a version by what diffContracts says of it', () => {
    const breaking = diffContracts(first, second);
    const wording = diffContracts(second, third);
    expect(versionBadges({ sequence: 2, ...breaking })).toEqual([
      'Breaking',
      'Unannounced',
    ]);
    expect(versionBadges({ sequence: 3, ...wording })).toEqual([
      'Not breaking',
    ]);
    expect(
      versionBadges({ sequence: 1, breaking: false, unannounced: false }),
    ).toEqual(['First version']);
    // A new major number announces the break.
    expect(
      versionBadges({
        sequence: 2,
        ...diffContracts(first, { ...second, version: '2.0.0' }),
      }),
    ).toEqual(['Breaking']);
  });

  it('counts whom a change reaches in one sentence', () => {
    expect(
      reachSentence({ useCases: 1, realUseCases: 0, dataProducts: 2 }),
    ).toBe('This change reaches: 1 use case (0 real) and 2 data products');
  });

  it('counts the paths it does not list', () => {
    expect(pathsText(['schema.a', 'schema.b'], 12)).toBe(
      'schema.a, schema.b and 10 more',
    );
    expect(pathsText(['schema.a'], 1)).toBe('schema.a');
  });
});
