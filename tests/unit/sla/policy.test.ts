import { describe, expect, it } from 'vitest';
import { URGENCIES } from '../../../src/domain/labels.js';
import { defaultCalendar } from '../../../src/sla/calendar.js';
import { pausedClockMinutes } from '../../../src/sla/clock.js';
import { computeSlaSchedule, DEFAULT_SLA_POLICIES, policyProblem } from '../../../src/sla/policy.js';
import { local, wall, WITA } from './helpers.js';

const kaltim = defaultCalendar(WITA);

describe('default SLA policies', () => {
  it('exist for every urgency, are valid, and only kritis runs around the clock', () => {
    for (const urgency of URGENCIES) {
      const policy = DEFAULT_SLA_POLICIES[urgency];
      expect(policy.urgency).toBe(urgency);
      expect(policyProblem(policy)).toBeNull();
      expect(policy.clock).toBe(urgency === 'kritis' ? '24x7' : 'working');
    }
  });

  it('explains a broken policy in Indonesian and refuses to schedule with it', () => {
    const broken = { ...DEFAULT_SLA_POLICIES.normal, warnAtFraction: 1.5 };
    expect(policyProblem(broken)).toMatch(/warnAtFraction/);
    expect(policyProblem({ ...broken, warnAtFraction: 0.5, firstResponseMinutes: 0 })).toMatch(
      /lebih dari 0/,
    );
    expect(() =>
      computeSlaSchedule({ startedAt: new Date(), urgency: 'normal', policy: broken, calendar: kaltim }),
    ).toThrow(/warnAtFraction/);
  });
});

describe('computeSlaSchedule', () => {
  it('runs kritis around the clock through a Saturday night and the 17 August holiday', () => {
    const s = computeSlaSchedule({
      startedAt: local('2026-08-15 23:50'),
      urgency: 'kritis',
      calendar: kaltim,
    });
    expect(wall(s.firstResponseDueAt)).toBe('2026-08-16 00:20');
    expect(wall(s.firstResponse.warnAt)).toBe('2026-08-16 00:12:30');
    expect(wall(s.firstResponse.escalateAt)).toBe('2026-08-16 00:50');
    expect(wall(s.resolutionDueAt)).toBe('2026-08-16 23:50');
    expect(wall(s.escalateAt)).toBe('2026-08-17 23:50');
  });

  it('counts a normal case in working time: 8 working hours to reply, 5 working days to resolve', () => {
    const s = computeSlaSchedule({
      startedAt: local('2026-08-31 08:00'),
      urgency: 'normal',
      calendar: kaltim,
    });
    expect(wall(s.firstResponse.warnAt)).toBe('2026-08-31 15:00');
    expect(wall(s.firstResponseDueAt)).toBe('2026-09-01 08:30');
    expect(wall(s.warnAt)).toBe('2026-09-03 14:37:30');
    expect(wall(s.resolutionDueAt)).toBe('2026-09-07 08:00');
    expect(s.breachAt).toEqual(s.resolutionDueAt);
    expect(wall(s.escalateAt)).toBe('2026-09-14 08:00');
  });

  it('moves a tinggi deadline over the Friday evening and holiday Monday (WITA)', () => {
    const s = computeSlaSchedule({
      startedAt: local('2026-08-14 15:30'),
      urgency: 'tinggi',
      calendar: kaltim,
    });
    expect(wall(s.firstResponseDueAt)).toBe('2026-08-18 08:30');
  });

  it('extends only the resolution deadline by the time spent waiting on the citizen', () => {
    const waiting = [{ start: local('2026-09-01 10:00'), end: local('2026-09-02 10:00') }];
    const pausedMs = pausedClockMinutes(waiting, 'working', kaltim) * 60_000;
    expect(pausedMs).toBe(450 * 60_000);
    const s = computeSlaSchedule({
      startedAt: local('2026-08-31 08:00'),
      urgency: 'normal',
      calendar: kaltim,
      pausedMs,
    });
    expect(wall(s.firstResponseDueAt)).toBe('2026-09-01 08:30');
    expect(wall(s.resolutionDueAt)).toBe('2026-09-08 08:00');
  });

  it('uses a custom policy when given one', () => {
    const policy = { ...DEFAULT_SLA_POLICIES.normal, firstResponseMinutes: 60, resolutionMinutes: 120 };
    const s = computeSlaSchedule({
      startedAt: local('2026-08-31 08:00'),
      urgency: 'normal',
      policy,
      calendar: kaltim,
    });
    expect(wall(s.firstResponseDueAt)).toBe('2026-08-31 09:00');
    expect(wall(s.resolutionDueAt)).toBe('2026-08-31 10:00');
  });
});
