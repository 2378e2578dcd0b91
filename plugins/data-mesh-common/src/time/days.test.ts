import { DAY_MS, addDays, dayOf, startOfDay } from './days';

describe('days', () => {
  it('reads the UTC day of a date and of a stored timestamp', () => {
    expect(dayOf(new Date('2026-03-01T23:30:00-02:00'))).toBe('2026-03-02');
    expect(dayOf('2026-01-31T08:00:00.000Z')).toBe('2026-01-31');
  });

  it('counts days across month, year and leap-day ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-12-06', -365)).toBe('2025-12-06');
    expect(addDays('2026-12-06', 0)).toBe('2026-12-06');
  });

  it('starts a day at UTC midnight', () => {
    expect(startOfDay('2026-01-02') - startOfDay('2026-01-01')).toBe(DAY_MS);
    expect(new Date(startOfDay('2026-01-02')).toISOString()).toBe(
      '2026-01-02T00:00:00.000Z',
    );
    expect(startOfDay('not a day')).toBeNaN();
  });
});
