import { describe, expect, it } from 'vitest';
import { isStale, pickOfficer, type OfficerCandidate } from '../../../src/routing/assign.js';

const officer = (id: string, over: Partial<OfficerCandidate> = {}): OfficerCandidate => ({
  id,
  online: true,
  capacity: 10,
  openCount: 0,
  ...over,
});

describe('pickOfficer', () => {
  it('gives the case to the online officer with the fewest open cases', () => {
    expect(
      pickOfficer([
        officer('ani', { openCount: 4 }),
        officer('budi', { openCount: 2 }),
        officer('citra', { openCount: 3 }),
      ]),
    ).toBe('budi');
  });

  it('skips offline officers even when they are the least busy', () => {
    expect(
      pickOfficer([officer('ani', { openCount: 0, online: false }), officer('budi', { openCount: 5 })]),
    ).toBe('budi');
  });

  it('skips officers at or above their capacity', () => {
    const full = officer('ani', { openCount: 3, capacity: 3 });
    const over = officer('budi', { openCount: 6, capacity: 5 });
    const room = officer('citra', { openCount: 7, capacity: 8 });
    expect(pickOfficer([full, over, room])).toBe('citra');
  });

  it('breaks ties by the least recently assigned, never-assigned first', () => {
    const ani = officer('ani', { openCount: 2, lastAssignedAt: new Date('2026-08-31T02:00:00Z') });
    const budi = officer('budi', { openCount: 2, lastAssignedAt: new Date('2026-08-31T01:00:00Z') });
    const citra = officer('citra', { openCount: 2 });
    expect(pickOfficer([ani, budi])).toBe('budi');
    expect(pickOfficer([ani, budi, citra])).toBe('citra');
  });

  it('is repeatable when everything ties', () => {
    expect(pickOfficer([officer('dodi'), officer('ani'), officer('budi')])).toBe('ani');
  });

  it('returns null (agency queue) when nobody is online or everyone is full', () => {
    expect(pickOfficer([])).toBeNull();
    expect(pickOfficer([officer('ani', { online: false })])).toBeNull();
    expect(
      pickOfficer([officer('ani', { capacity: 2, openCount: 2 }), officer('budi', { capacity: 0 })]),
    ).toBeNull();
  });
});

describe('isStale', () => {
  const now = new Date('2026-08-31T03:00:00Z');

  it('is true once the officer has been away for the given minutes', () => {
    expect(isStale(new Date('2026-08-31T02:45:01Z'), now, 15)).toBe(false);
    expect(isStale(new Date('2026-08-31T02:45:00Z'), now, 15)).toBe(true);
    expect(isStale(new Date('2026-08-31T01:00:00Z'), now, 15)).toBe(true);
  });

  it('treats an officer never seen as away', () => {
    expect(isStale(undefined, now, 15)).toBe(true);
    expect(isStale(null, now, 15)).toBe(true);
  });
});
