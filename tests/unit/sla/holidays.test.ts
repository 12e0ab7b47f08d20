import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { NATIONAL_HOLIDAYS } from '../../../src/sla/holidays.js';

const FIXED_BY_LAW = ['01-01', '05-01', '06-01', '08-17', '12-25'];

describe('national holiday data', () => {
  it('has valid, sorted, unique dates with a known kind and a name', () => {
    const dates = NATIONAL_HOLIDAYS.map((h) => h.date);
    for (const h of NATIONAL_HOLIDAYS) {
      expect(DateTime.fromISO(h.date).isValid, h.date).toBe(true);
      expect(['libur_nasional', 'cuti_bersama']).toContain(h.kind);
      expect(h.name.length).toBeGreaterThan(3);
    }
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('holds the 2026 SKB 3 Menteri list: 17 libur nasional and 8 cuti bersama, none provisional', () => {
    const y2026 = NATIONAL_HOLIDAYS.filter((h) => h.date.startsWith('2026'));
    expect(y2026.filter((h) => h.kind === 'libur_nasional')).toHaveLength(17);
    expect(y2026.filter((h) => h.kind === 'cuti_bersama').map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
    expect(y2026.some((h) => h.provisional)).toBe(false);
  });

  it('marks every 2027 date not fixed by law as provisional until its SKB is published', () => {
    const y2027 = NATIONAL_HOLIDAYS.filter((h) => h.date.startsWith('2027'));
    expect(y2027.length).toBeGreaterThan(15);
    for (const h of y2027) expect(!!h.provisional, h.date).toBe(!FIXED_BY_LAW.includes(h.date.slice(5)));
  });
});
