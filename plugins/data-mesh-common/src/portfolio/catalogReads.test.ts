import { PORTFOLIO_CATALOG_READS } from './catalogReads';
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
});
