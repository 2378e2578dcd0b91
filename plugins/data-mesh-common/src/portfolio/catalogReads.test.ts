import {
  PORTFOLIO_CATALOG_READS,
  PORTFOLIO_WHOLE_SPEC_FIELDS,
} from './catalogReads';
import { PORTFOLIO_ENTITY_FIELDS, PORTFOLIO_ENTITY_KINDS } from './facts';

describe('PORTFOLIO_CATALOG_READS', () => {
  it('reads every portfolio kind, each in one stream', () => {
    const kinds = PORTFOLIO_CATALOG_READS.flatMap(read => read.kinds);
    expect([...kinds].sort()).toEqual([...PORTFOLIO_ENTITY_KINDS].sort());
  });

  it('answers every field the facts read, in every stream', () => {
    for (const { kinds, fields } of PORTFOLIO_CATALOG_READS) {
      const missed = PORTFOLIO_ENTITY_FIELDS.filter(
        field =>
          !fields.some(read => field === read || field.startsWith(`${read}.`)),
      );
      expect({ kinds, missed }).toEqual({ kinds, missed: [] });
    }
  });

  it('asks the data-mesh kinds for a few paths, the whole spec among them', () => {
    // Each path costs the catalog a lookup per entity.
    expect(PORTFOLIO_WHOLE_SPEC_FIELDS).toHaveLength(7);
    expect(
      PORTFOLIO_WHOLE_SPEC_FIELDS.filter(f => f.startsWith('spec')),
    ).toEqual(['spec']);
  });
});
