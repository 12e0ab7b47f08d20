import { describe, expect, it } from 'vitest';
import {
  defaultCalendar,
  isWorkingDay,
  roundTheClockCalendar,
  type Calendar,
} from '../../../src/sla/calendar.js';
import {
  activeClockMinutesBetween,
  addClockMinutes,
  addWorkingMinutes,
  pausedClockMinutes,
  workingMinutesBetween,
} from '../../../src/sla/clock.js';
import { local, wall, WIB, WIT, WITA } from './helpers.js';

const kaltim = defaultCalendar(WITA);

describe('addWorkingMinutes on the government calendar (WITA)', () => {
  it('moves a Friday 15:30 case past the weekend and the 17 August holiday to the right minute', () => {
    // Fri 14 Aug 2026: 60 minutes left until 16:30; Sat, Sun off; Mon 17 Aug is Hari Kemerdekaan.
    const friday = local('2026-08-14 15:30');
    expect(wall(addWorkingMinutes(friday, 60, kaltim))).toBe('2026-08-14 16:30');
    expect(wall(addWorkingMinutes(friday, 61, kaltim))).toBe('2026-08-18 07:31');
    expect(wall(addWorkingMinutes(friday, 120, kaltim))).toBe('2026-08-18 08:30');
    // 8 working hours: 60 on Friday, 270 Tuesday morning, 150 after the lunch break.
    expect(wall(addWorkingMinutes(friday, 480, kaltim))).toBe('2026-08-18 15:30');
  });

  it('skips cuti bersama when the calendar includes it, and counts it when not', () => {
    // Wed 13 May 2026 15:30; Thu 14 May Kenaikan (libur nasional), Fri 15 May cuti bersama.
    const wednesday = local('2026-05-13 15:30');
    expect(wall(addWorkingMinutes(wednesday, 120, kaltim))).toBe('2026-05-18 09:00');
    const noCutiBersama = defaultCalendar(WITA, false);
    expect(wall(addWorkingMinutes(wednesday, 120, noCutiBersama))).toBe('2026-05-15 09:00');
  });

  it('starts counting at the next opening when a case arrives out of hours', () => {
    expect(wall(addWorkingMinutes(local('2026-08-22 10:00'), 30, kaltim))).toBe('2026-08-24 08:00'); // Saturday
    expect(wall(addWorkingMinutes(local('2026-08-24 05:00'), 30, kaltim))).toBe('2026-08-24 08:00'); // early Monday
    expect(wall(addWorkingMinutes(local('2026-08-31 20:00'), 30, kaltim))).toBe('2026-09-01 08:00'); // Monday night
  });

  it('does not count the lunch break nor the longer Friday-prayer break', () => {
    expect(wall(addWorkingMinutes(local('2026-08-24 11:00'), 90, kaltim))).toBe('2026-08-24 13:30');
    expect(wall(addWorkingMinutes(local('2026-08-24 12:20'), 10, kaltim))).toBe('2026-08-24 13:10');
    expect(wall(addWorkingMinutes(local('2026-08-21 11:00'), 60, kaltim))).toBe('2026-08-21 13:30');
  });

  it('counts 10 working days across Nyepi and the whole Idul Fitri 2026 leave', () => {
    // Working days from Mon 16 Mar: 16, 17, 25, 26, 27, 30, 31 Mar, 1, 2 Apr (3 Apr Wafat Yesus Kristus), 6 Apr.
    const due = addWorkingMinutes(local('2026-03-16 08:00'), 10 * 450, kaltim);
    expect(wall(due)).toBe('2026-04-07 08:00');
  });

  it('crosses the year end over Christmas leave and New Year', () => {
    // Wed 23 Dec 2026 15:00; 24 Dec cuti bersama, 25 Dec Natal, weekend; Mon 28 Dec resumes.
    expect(wall(addWorkingMinutes(local('2026-12-23 15:00'), 120, kaltim))).toBe('2026-12-28 08:30');
    // Thu 31 Dec 15:00; 1 Jan 2027 Friday holiday, weekend; Mon 4 Jan.
    expect(wall(addWorkingMinutes(local('2026-12-31 15:00'), 90, kaltim))).toBe('2027-01-04 08:00');
  });

  it('gives the same instant different deadlines in WIB, WITA and WIT', () => {
    const instant = local('2026-08-14 15:30', WITA); // 14:30 WIB, 16:30 WIT
    expect(wall(addWorkingMinutes(instant, 120, defaultCalendar(WIB)), WIB)).toBe('2026-08-14 16:30');
    expect(wall(addWorkingMinutes(instant, 120, defaultCalendar(WITA)), WITA)).toBe('2026-08-18 08:30');
    expect(wall(addWorkingMinutes(instant, 120, defaultCalendar(WIT)), WIT)).toBe('2026-08-18 09:30');
  });

  it('returns the start itself for zero or negative minutes', () => {
    const sunday = local('2026-08-23 10:00');
    expect(addWorkingMinutes(sunday, 0, kaltim).getTime()).toBe(sunday.getTime());
    expect(addWorkingMinutes(sunday, -5, kaltim).getTime()).toBe(sunday.getTime());
  });

  it('refuses a calendar that never opens instead of looping forever', () => {
    const closed: Calendar = { ...kaltim, id: 'closed', workingHours: {} };
    expect(() => addWorkingMinutes(local('2026-08-24 08:00'), 1, closed)).toThrow(/no working time/);
  });

  it('rejects malformed hours and unknown zones', () => {
    const badHours: Calendar = { ...kaltim, workingHours: { 1: [['16:00', '08:00']] } };
    expect(() => addWorkingMinutes(local('2026-08-24 08:00'), 1, badHours)).toThrow(/empty interval/);
    const overlapping: Calendar = {
      ...kaltim,
      workingHours: {
        1: [
          ['07:30', '12:00'],
          ['11:00', '16:00'],
        ],
      },
    };
    expect(() => addWorkingMinutes(local('2026-08-24 08:00'), 1, overlapping)).toThrow(/overlapping/);
    const badTime: Calendar = { ...kaltim, workingHours: { 1: [['7:30', '12:00']] } };
    expect(() => addWorkingMinutes(local('2026-08-24 08:00'), 1, badTime)).toThrow(/invalid time/);
    const badZone: Calendar = { ...kaltim, timezone: 'Asia/Samarinda' };
    expect(() => addWorkingMinutes(new Date(), 1, badZone)).toThrow(/time zone/);
  });
});

describe('workingMinutesBetween', () => {
  it('counts only working time between two instants', () => {
    expect(workingMinutesBetween(local('2026-08-14 15:30'), local('2026-08-18 08:30'), kaltim)).toBe(120);
    expect(workingMinutesBetween(local('2026-08-24 07:30'), local('2026-08-24 16:00'), kaltim)).toBe(450);
    expect(workingMinutesBetween(local('2026-08-21 07:30'), local('2026-08-21 16:30'), kaltim)).toBe(450);
    expect(workingMinutesBetween(local('2026-08-15 00:00'), local('2026-08-18 00:00'), kaltim)).toBe(0);
    expect(workingMinutesBetween(local('2026-08-18 10:00'), local('2026-08-18 09:00'), kaltim)).toBe(0);
  });

  it('counts a full week as 37.5 hours and a whole year in working days', () => {
    expect(workingMinutesBetween(local('2026-08-31 00:00'), local('2026-09-07 00:00'), kaltim)).toBe(
      37.5 * 60,
    );
    // 2026: 261 weekdays minus the 21 holidays and cuti bersama of the SKB that fall on a weekday.
    const days = workingMinutesBetween(local('2026-01-01 00:00'), local('2027-01-01 00:00'), kaltim) / 450;
    expect(days).toBe(261 - 21);
  });

  it('is the inverse of addWorkingMinutes from any start', () => {
    const starts = [
      '2026-03-17 11:59',
      '2026-05-13 15:30',
      '2026-08-14 16:29',
      '2026-08-15 09:00',
      '2026-12-31 07:00',
    ];
    for (const start of starts) {
      for (const minutes of [1, 29, 450, 451, 2250, 4500, 27000]) {
        const due = addWorkingMinutes(local(start), minutes, kaltim);
        expect(workingMinutesBetween(local(start), due, kaltim), `${start} + ${minutes}`).toBe(minutes);
      }
    }
  });

  it('agrees that holidays and cuti bersama are not working days', () => {
    expect(isWorkingDay(kaltim, local('2026-08-17 10:00'))).toBe(false);
    expect(isWorkingDay(kaltim, local('2026-05-15 10:00'))).toBe(false);
    expect(isWorkingDay(defaultCalendar(WITA, false), local('2026-05-15 10:00'))).toBe(true);
    expect(isWorkingDay(kaltim, local('2026-08-18 10:00'))).toBe(true);
  });

  it('uses the local day: 23:30 WIT on the eve of a holiday is already the holiday in UTC terms', () => {
    // 16 Aug 2026 23:30 WIT = 14:30 UTC, still 16 Aug; the 17 Aug holiday must start at local midnight.
    const eve = local('2026-08-16 23:30', WIT);
    expect(wall(addWorkingMinutes(eve, 10, defaultCalendar(WIT)), WIT)).toBe('2026-08-18 07:40');
  });
});

describe('24x7 clock and paused time', () => {
  it('counts every minute, weekends and holidays included', () => {
    const saturdayNight = local('2026-08-15 23:50');
    expect(wall(addClockMinutes(saturdayNight, 30, '24x7', kaltim))).toBe('2026-08-16 00:20');
    expect(wall(addWorkingMinutes(saturdayNight, 24 * 60, roundTheClockCalendar(WITA)))).toBe(
      '2026-08-16 23:50',
    );
  });

  it('subtracts paused working time once, even when pauses overlap', () => {
    const start = local('2026-08-31 08:00'); // Mon 08:00 -> Wed 08:00: 420 + 450 + 30 working minutes
    const end = local('2026-09-02 08:00');
    const paused = [
      { start: local('2026-08-31 10:00'), end: local('2026-08-31 14:00') }, // 120 + 60 working minutes
      { start: local('2026-08-31 13:30'), end: local('2026-08-31 15:00') }, // overlaps; adds 14:00-15:00
    ];
    expect(workingMinutesBetween(start, end, kaltim)).toBe(420 + 450 + 30);
    expect(pausedClockMinutes(paused, 'working', kaltim)).toBe(120 + 120);
    expect(activeClockMinutesBetween(start, end, paused, 'working', kaltim)).toBe(900 - 240);
    expect(activeClockMinutesBetween(start, end, paused, '24x7', kaltim)).toBe(48 * 60 - 300);
  });

  it('ignores the part of a pause outside the measured span', () => {
    const start = local('2026-08-24 08:00');
    const end = local('2026-08-24 09:00');
    const paused = [{ start: local('2026-08-24 07:00'), end: local('2026-08-24 08:30') }];
    expect(activeClockMinutesBetween(start, end, paused, 'working', kaltim)).toBe(30);
  });
});
