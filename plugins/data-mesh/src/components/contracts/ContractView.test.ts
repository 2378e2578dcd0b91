import { objectNote } from './ContractView';

describe('objectNote', () => {
  it('ends each sentence with one full stop, whether the description has one or not', () => {
    const stored = {
      physicalType: 'table',
      physicalName: 'orders.order_lines',
    };
    expect(objectNote({ description: 'One row per line.', ...stored })).toBe(
      'One row per line. Stored as table orders.order_lines.',
    );
    expect(objectNote({ description: 'One row per line', ...stored })).toBe(
      'One row per line. Stored as table orders.order_lines.',
    );
  });

  it('says what it has: only a description, or only where it is stored', () => {
    expect(objectNote({ description: 'Lines?' })).toBe('Lines?');
    expect(objectNote({ physicalName: 'orders.order_lines' })).toBe(
      'Stored as orders.order_lines.',
    );
    expect(objectNote({})).toBe('');
  });
});
