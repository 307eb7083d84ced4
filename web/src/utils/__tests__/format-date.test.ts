import { describe, expect, it } from 'vitest';
import { formatDate } from '@/utils/format-date';

describe('formatDate', () => {
  it('writes an ISO date as "November 1, 2026", in UTC so no time zone moves it a day', () => {
    expect(formatDate('2026-11-01')).toBe('November 1, 2026');
    expect(formatDate('2026-11-01T23:30:00.000Z')).toBe('November 1, 2026');
  });

  it('returns the input unchanged when it is not a date', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
