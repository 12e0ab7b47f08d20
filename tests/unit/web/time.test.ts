import { describe, expect, it } from 'vitest';
import { dayInZone, formatDateTime, formatTime } from '../../../web/src/lib/time.js';

const NOW = Date.parse('2026-11-27T06:00:00Z'); // 14:00 WITA

describe('inbox times in the officer zone', () => {
  it('counts the day in WITA, not UTC', () => {
    expect(dayInZone(Date.parse('2026-11-26T17:30:00Z'), 'Asia/Makassar')).toBe('2026-11-27');
  });
  it('shows only the clock for today', () => {
    expect(formatTime('2026-11-27T01:05:00Z', 'Asia/Makassar', 'id', NOW)).toMatch(/^09[.:]05$/);
  });
  it('adds the date for earlier days and the year for earlier years', () => {
    expect(formatTime('2026-11-03T01:05:00Z', 'Asia/Makassar', 'id', NOW)).toMatch(/^3 Nov 09[.:]05$/);
    expect(formatTime('2025-11-03T01:05:00Z', 'Asia/Makassar', 'en', NOW)).toBe('3 Nov 2025');
  });
  it('names the zone in full timestamps', () => {
    expect(formatDateTime('2026-11-27T01:05:00Z', 'Asia/Makassar', 'id')).toMatch(
      /^27 Nov 2026 09[.:]05 WITA$/,
    );
  });
});
